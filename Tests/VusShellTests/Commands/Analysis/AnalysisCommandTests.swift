import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport

/// `can`, `who can`, `ls access` and `review` through the real binary against the sandbox's
/// seeded organization, each run with its own cache folder.
@Suite struct AnalysisCommandTests {
    static func json(_ text: String) -> Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }

    func run(_ script: String, on sandbox: RunningSandbox, cache: URL, format: String = "json") async throws
        -> (status: Int32, stdout: String, stderr: String) {
        try await VusProcess.run(["--format", format, "-c", script], sandbox: sandbox, extra: ["XDG_CACHE_HOME": cache.path])
    }

    @Test func whoCanAgreesWithCanForEveryMember() async throws {
        try await withTestSandbox { sandbox in
            let cache = try temporaryDirectory("vus-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let who = try await run("who can compute.instance.Read", on: sandbox, cache: cache)
            #expect(who.status == 0, "\(who.stderr)")
            let allowed = try #require(Self.json(who.stdout) as? [[String: Any]])
            #expect(allowed.first?["email"] as? String == "owner@example.com" && allowed.first?["via"] as? [String] == ["account owner"])
            #expect(who.stderr.contains("read the organization"))
            let allowedEmails = Set(allowed.compactMap { $0["email"] as? String })

            let emails = await sandbox.store.emails
            var canEmails: Set<String> = ["owner@example.com"]
            for email in emails {
                let can = try await run("can \(email) compute.instance.Read", on: sandbox, cache: cache)
                #expect(can.status == 0, "\(email): \(can.stderr)")
                #expect(can.stderr.contains("(cached)"), "later runs use the cached organization")
                let record = try #require(Self.json(can.stdout) as? [String: Any])
                #expect(Set(record.keys).isSuperset(of: ["email", "action", "decision", "via", "api_enabled"]))
                if ["allow", "partial"].contains(record["decision"] as? String) { canEmails.insert(email) }
            }
            #expect(allowedEmails == canEmails)
        }
    }

    /// An allow everywhere but where a Deny names an id says so in the table and the data.
    @Test func anAllowWithADeniedResourceNamesTheException() async throws {
        try await withTestSandbox { sandbox in
            let cache = try temporaryDirectory("vus-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let document = cache.appendingPathComponent("keep-one.json")
            try #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["compute.instance.Delete"],"Resource":["i-keep"]}]}"#
                .write(to: document, atomically: false, encoding: .utf8)
            let setUp = try await VusProcess.run(["-y", "-c", "create policy keep-one file=\(document.path)", "-c", "use bob.hughes@example.com",
                                                  "-c", "policy add keep-one", "-c", "policy add ComputeFullAccess"], sandbox: sandbox)
            #expect(setUp.status == 0, "\(setUp.stderr)")
            let table = try await run("can bob.hughes@example.com compute.instance.Delete", on: sandbox, cache: cache, format: "table")
            #expect(table.stdout.contains("decision: allow (except i-keep)\n"), "\(table.stdout)")
            let who = try await run("who can compute.instance.Delete", on: sandbox, cache: cache)
            let bob = try #require((Self.json(who.stdout) as? [[String: Any]])?.first { $0["email"] as? String == "bob.hughes@example.com" })
            #expect(bob["decision"] as? String == "allow" && bob["except"] as? [String] == ["i-keep"], "\(bob)")
        }
    }

    @Test func aDenyNamesItsStatementAndFreshReadsAgain() async throws {
        try await withTestSandbox { sandbox in
            let cache = try temporaryDirectory("vus-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let denied = try await run("can emeka.muller@example.com compute.instance.Delete", on: sandbox, cache: cache)
            let record = try #require(Self.json(denied.stdout) as? [String: Any], "\(denied.stderr)")
            #expect(record["decision"] as? String == "deny")
            #expect((record["via"] as? [String])?.first?.contains("policy no-instance-delete, statement 1 (Deny compute.instance.Delete)") == true)
            let nothing = try await run("can alice.anderson@example.com iam.group.Delete fresh", on: sandbox, cache: cache)
            let none = try #require(Self.json(nothing.stdout) as? [String: Any])
            #expect(none["decision"] as? String == "deny" && none["reason"] as? String == "no statement allows it")
            #expect(nothing.stderr.contains("read the organization"), "fresh reads it again")
            let typo = try await run("can alice.anderson@example.com compute.instance.Delet", on: sandbox, cache: cache)
            #expect(typo.status == 2 && typo.stderr.contains("did you mean 'compute.instance.Delete'"))
            let resource = try await run("can alice.anderson@example.com compute.instanse.Read", on: sandbox, cache: cache)
            #expect(resource.status == 2 && resource.stderr.contains("unknown resource 'instanse' in 'compute.instanse.Read'; did you mean 'compute.instance.Read'?"))
            let service = try await run("who can comptue.instance.Read", on: sandbox, cache: cache)
            #expect(service.status == 2 && service.stderr.contains("did you mean 'compute.instance.Read'?"))
            // Vultr's published list is partial: an action of a resource it does not cover is asked as written.
            let uncovered = try await run("can alice.anderson@example.com iam.policy.Create", on: sandbox, cache: cache)
            #expect(uncovered.status == 0 && (Self.json(uncovered.stdout) as? [String: Any])?["action"] as? String == "iam.policy.Create")
        }
    }

    @Test func aChangeThroughVusForgetsTheCachedOrganization() async throws {
        try await withTestSandbox { sandbox in
            let cache = try temporaryDirectory("vus-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let before = try await run("can bob.hughes@example.com user.acl.DNS", on: sandbox, cache: cache)
            #expect((Self.json(before.stdout) as? [String: Any])?["decision"] as? String == "deny")
            let files = try FileManager.default.contentsOfDirectory(atPath: cache.path + "/vus")
            #expect(files.count == 1 && files[0].hasPrefix("organization-owner@example.com-"))
            let attributes = try FileManager.default.attributesOfItem(atPath: cache.path + "/vus/" + files[0])
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let after = try await run("use bob.hughes@example.com\nacl add dns\ncan bob.hughes@example.com user.acl.DNS", on: sandbox, cache: cache, format: "json")
            #expect(after.status == 0, "\(after.stderr)")
            #expect(after.stdout.contains(#""decision":"allow""#), "read again after the change: \(after.stdout)")
        }
    }

    @Test func lsAccessAndReviewDescribeTheOrganization() async throws {
        try await withTestSandbox { sandbox in
            let cache = try temporaryDirectory("vus-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let access = try await run("ls access frank.jensen@contractor.com", on: sandbox, cache: cache)
            let statements = try #require(Self.json(access.stdout) as? [[String: Any]], "\(access.stderr)")
            #expect(statements.contains { $0["effect"] as? String == "Deny" && ($0["covers"] as? [String])?.contains("iam.group.Delete") == true })
            let review = try await run("review", on: sandbox, cache: cache)
            #expect(review.status == 3, "findings make exit status 3: \(review.stderr)")
            let document = try #require(Self.json(review.stdout) as? [String: Any])
            let findings = try #require(document["findings"] as? [[String: Any]])
            let kinds = Set(findings.compactMap { $0["kind"] as? String })
            #expect(kinds.isSuperset(of: ["inactive-api-user", "key-never-expires", "admin-grade", "unattached-policy"]))
            #expect((document["members"] as? [Any])?.count == 26)
            let markdown = try await run("review", on: sandbox, cache: cache, format: "table")
            #expect(markdown.stdout.hasPrefix("# Access review of owner@example.com") && markdown.stdout.contains("| Member | API |"))
            let csv = try await run("review", on: sandbox, cache: cache, format: "csv")
            #expect(csv.stdout.hasPrefix("kind,subject,detail,via"))
        }
    }

    /// A role a trust lets someone assume is part of what they may do, in every analysis, until
    /// the trust is deleted; a Deny the trustee holds still wins.
    @Test func aTrustedRoleCountsUntilTheTrustGoes() async throws {
        try await withTestSandbox { sandbox in
            let cache = try temporaryDirectory("vus-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let before = try await run("can bob.hughes@example.com iam.group.Delete", on: sandbox, cache: cache)
            #expect((Self.json(before.stdout) as? [String: Any])?["decision"] as? String == "deny", "\(before.stdout)")

            let trusted = try await VusProcess.run(["-y", "-c", "trust break-glass user=bob.hughes@example.com hours=8-18",
                                                    "-c", "trust break-glass user=frank.jensen@contractor.com"],
                                                   sandbox: sandbox, extra: ["XDG_CACHE_HOME": cache.path])
            #expect(trusted.status == 0, "\(trusted.stderr)")
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let trustID = try #require(try await client.roleTrusts().first { $0.hours == 8...18 }?.id)
            let can = try await run("can bob.hughes@example.com iam.group.Delete", on: sandbox, cache: cache)
            let record = try #require(Self.json(can.stdout) as? [String: Any], "\(can.stderr)")
            #expect(record["decision"] as? String == "allow")
            #expect(record["via"] as? [String] == [
                "trust \(trustID) (hours 8-18 UTC) → role break-glass → policy IAMFullAccess, statement 1 (Allow iam.*)",
            ])
            #expect(can.stderr.contains("3 trusts in"), "\(can.stderr)")
            let who = try await run("who can iam.group.Delete", on: sandbox, cache: cache)
            let emails = Set(((Self.json(who.stdout) as? [[String: Any]]) ?? []).compactMap { $0["email"] as? String })
            #expect(emails.contains("bob.hughes@example.com") && emails.contains("emeka.muller@example.com"), "\(who.stdout)")
            #expect(!emails.contains("frank.jensen@contractor.com"), "contractor-boundary denies iam.* to contractors")
            let access = try await run("ls access bob.hughes@example.com", on: sandbox, cache: cache)
            #expect(access.stdout.contains("trust \(trustID) (hours 8-18 UTC) → role break-glass"), "\(access.stdout)")

            let review = try await run("review", on: sandbox, cache: cache)
            let members = try #require((Self.json(review.stdout) as? [String: Any])?["members"] as? [[String: Any]])
            let bob = members.first { $0["email"] as? String == "bob.hughes@example.com" }
            #expect(bob?["trusted_roles"] as? [String] == ["break-glass"], "\(String(describing: bob))")
            let markdown = try await run("review", on: sandbox, cache: cache, format: "table")
            #expect(markdown.stdout.contains("break-glass (by trust)"))

            let removed = try await VusProcess.run(["-y", "-c", "rm trust \(trustID)"], sandbox: sandbox, extra: ["XDG_CACHE_HOME": cache.path])
            #expect(removed.status == 0, "\(removed.stderr)")
            let after = try await run("can bob.hughes@example.com iam.group.Delete", on: sandbox, cache: cache)
            #expect((Self.json(after.stdout) as? [String: Any])?["decision"] as? String == "deny", "\(after.stdout)")
        }
    }

    /// `who can ACTION api=on` filters: a filter never fills the optional resource id, unless quoted.
    @Test func aFilterAfterTheActionFiltersRatherThanNamingAResource() async throws {
        try await withTestSandbox { sandbox in
            let cache = try temporaryDirectory("vus-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let all = try #require(Self.json(try await run("who can user.acl.Billing", on: sandbox, cache: cache).stdout) as? [[String: Any]])
            let filtered = try await run("who can user.acl.Billing api=on", on: sandbox, cache: cache)
            let onlyOn = try #require(Self.json(filtered.stdout) as? [[String: Any]], "\(filtered.stderr)")
            #expect(all.contains { $0["api_enabled"] as? Bool == false }, "the seed has someone to filter out")
            #expect(!onlyOn.isEmpty && onlyOn.allSatisfy { $0["api_enabled"] as? Bool == true && $0["resource"] == nil }, "\(onlyOn)")
            let quoted = try #require(Self.json(try await run("who can user.acl.Billing 'api=on'", on: sandbox, cache: cache).stdout) as? [[String: Any]])
            #expect(quoted.first?["resource"] as? String == "api=on", "quoted, it is a resource id")
            let typo = try await run("who can user.acl.Billing group=contractorz", on: sandbox, cache: cache)
            #expect(typo.status == 1 && typo.stderr.contains("no group named 'contractorz'; did you mean 'contractors'?"), "\(typo.stderr)")
        }
    }

    @Test func anAccountWithoutIAMSaysSoInOneSentence() async throws {
        try await withTestSandbox({ $0.iam = false }) { sandbox in
            let cache = try temporaryDirectory("vus-cache")
            defer { try? FileManager.default.removeItem(at: cache) }
            let result = try await run("who can compute.instance.Read", on: sandbox, cache: cache)
            #expect(result.status == 1 && result.stderr.contains("IAM is not enabled on this account: it has no organization."), "\(result.stderr)")
            let users = try await run("ls users", on: sandbox, cache: cache)
            #expect(users.status == 0)
        }
    }
}
