import Foundation
import Testing
import VusTestSupport
import VultrAPI
import VultrSandbox

@Suite struct OperationTests {
    static let dana = NewUser(email: "dana@example.org", firstName: "Dana", lastName: "Scully",
                              password: "trust-no-one-1013", acls: ["billing", "dns"], apiEnabled: false)

    @Test func createGetAndDelete() async throws {
        try await withClient { client, sandbox, _ in
            let created = try await client.createUser(Self.dana)
            #expect(UUID(uuidString: created.id) != nil)
            #expect(created.acls == ["billing", "dns"])
            #expect(created.apiEnabled == false)
            #expect(created.status == .pending)
            let fetched = try await client.user(id: created.id)
            #expect(fetched.email == "dana@example.org")
            #expect(fetched.displayName == "Dana Scully")
            try await client.deleteUser(id: created.id)
            #expect(await sandbox.store.userCount == 25)
        }
    }

    @Test func serviceUserKeyComesBackOnce() async throws {
        try await withClient { client, _, _ in
            var new = Self.dana
            new.serviceUser = true
            new.apiEnabled = true
            let created = try await client.createUser(new)
            let key = try #require(created.apiKey)
            let listed = try await client.apiKeys(userID: created.id)
            #expect(listed.count == 1)
            #expect(listed[0].key != key)
            #expect(listed[0].key?.hasSuffix(String(key.suffix(5))) == true)
        }
    }

    @Test func updateSendsOnlyWhatIsSetAndSendsFalseExplicitly() async throws {
        try await withClient { client, _, log in
            let bob = try await client.user(email: "bob.hughes@example.com")
            try await client.updateUser(id: bob.id, UserUpdate(acls: ["support"]))
            var after = try await client.user(id: bob.id)
            #expect(after.acls == ["support"])
            #expect(after.email == bob.email)
            #expect(after.apiEnabled == bob.apiEnabled)

            try await client.updateUser(id: bob.id, UserUpdate(apiEnabled: true))
            try await client.updateUser(id: bob.id, UserUpdate(apiEnabled: false))
            after = try await client.user(id: bob.id)
            #expect(after.apiEnabled == false, "false was sent, not dropped")

            let before = log.all.count
            try await client.updateUser(id: bob.id, UserUpdate())
            #expect(log.all.count == before, "an empty update sends nothing")
        }
    }

    @Test func updatingToWhatIsAlreadyTrueSendsNothing() async throws {
        try await withClient { client, _, log in
            let bob = try await client.user(email: "bob.hughes@example.com")
            let before = log.all.count
            let sent = UserUpdate(email: bob.email, apiEnabled: bob.apiEnabled, acls: bob.acls.reversed())
                .removingWhatIsAlreadyTrue(of: bob)
            #expect(sent.isEmpty)
            try await client.updateUser(id: bob.id, sent)
            #expect(log.all.count == before)
            let changed = UserUpdate(apiEnabled: !(bob.apiEnabled ?? false), acls: bob.acls).removingWhatIsAlreadyTrue(of: bob)
            #expect(changed == UserUpdate(apiEnabled: !(bob.apiEnabled ?? false)))
            try await client.updateUser(id: bob.id, changed)
            #expect(log.all.count == before + 1)
        }
    }

    @Test func keysAndAllowlist() async throws {
        try await withClient { client, _, _ in
            let bot = try await client.user(email: "ci-bot@example.com")
            let expiry = Date().addingTimeInterval(86_400 * 30)
            let key = try await client.createAPIKey(userID: bot.id, name: "Deploy", expiresOn: expiry)
            #expect(key.key?.contains("*") == false)
            #expect(key.expires == true)
            #expect(try await client.apiKeys(userID: bot.id).contains { $0.id == key.id })
            try await client.deleteAPIKey(userID: bot.id, keyID: key.id)
            #expect(!(try await client.apiKeys(userID: bot.id).contains { $0.id == key.id }))

            let subnet = try #require(CIDRBlock("198.51.100.0/24"))
            try await client.addAllowlistEntry(userID: bot.id, subnet)
            try await client.addAllowlistEntry(userID: bot.id, subnet)
            let entries = try await client.allowlist(userID: bot.id)
            #expect(entries.filter { $0.subnet == subnet }.count == 1)
            try await client.removeAllowlistEntry(userID: bot.id, subnet)
            #expect(!(try await client.allowlist(userID: bot.id).contains { $0.subnet == subnet }))
        }
    }

    @Test func account() async throws {
        try await withClient { client, _, _ in
            let account = try await client.account()
            #expect(account.email == "owner@example.com")
            #expect(account.acls.count == 14)
            #expect(account.balance == -100.55)
        }
    }

    @Test func errorsNameTheOperationTheUserAndTheServersMessage() async throws {
        try await withClient { client, _, _ in
            let missing = "00000000-0000-4000-8000-000000000000"
            let error = await #expect(throws: VultrError.self) { _ = try await client.user(id: missing) }
            #expect(error?.status == 404)
            #expect(error?.message == "User not found.")
            #expect(error?.userID == missing)
            #expect(error?.description == "get user \(missing): 404 User not found. — no such user; it may have been deleted")

            var duplicate = Self.dana
            duplicate.email = "alice.anderson@example.com"
            let conflict = await #expect(throws: VultrError.self) { _ = try await client.createUser(duplicate) }
            #expect(conflict?.status == 400)
            #expect(conflict?.description == "create user alice.anderson@example.com: 400 A user with the email address alice.anderson@example.com already exists.")
            #expect(conflict?.attempts == 1, "a 400 is not retried")

            let badACL = await #expect(throws: VultrError.self) {
                try await client.updateUser(id: missing, UserUpdate(acls: ["nope"]))
            }
            #expect(badACL?.status == 404)
        }
    }

    @Test func wrongKeyGetsTheHumanSentence() async throws {
        try await withClient(client: { $0.apiKey = "WRONG-KEY-THAT-MUST-NOT-LEAK-123" }) { client, _, log in
            let error = await #expect(throws: VultrError.self) { _ = try await client.account() }
            #expect(error?.summary == "401 Invalid API token. — check VULTR_API_KEY or the api-key in your config")
            #expect(error?.description.contains("WRONG-KEY") == false)
            #expect(log.all.allSatisfy { !$0.description.contains("WRONG-KEY") })
        }
    }
}
