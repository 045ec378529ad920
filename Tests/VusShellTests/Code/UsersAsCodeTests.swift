import Foundation
import Synchronization
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// Users as code: export, drift, plan, apply, a second apply that sends nothing, prune, and a
/// sandbox started from the export.
@Suite struct UsersAsCodeTests {
    /// Runs `source` on a session whose client records every request's method.
    final class Methods: Sendable {
        let all = Mutex<[String]>([])
        var mutations: [String] { all.withLock { $0.filter { $0 != "GET" } } }
    }

    func run(_ source: String, on sandbox: RunningSandbox, methods: Methods? = nil, format: OutputFormat = .table,
             variables: [String: String] = [:]) async throws -> (status: Int32, out: String, err: String) {
        var configuration = VultrClient.Configuration(apiKey: sandbox.apiKey, baseURL: sandbox.url)
        configuration.requestsPerSecond = 0
        configuration.trace = { event in methods?.all.withLock { $0.append(event.method) } }
        var settings = Settings()
        settings.format = format
        settings.assumeYes = true
        let session = try Session(connection: configuration, settings: settings, variables: variables)
        let output = CapturedOutput()
        let script = try Parser.parse(source, context: ParserContext(sourceName: "t", variables: variables)).get()
        var status = ScriptRunner.Status()
        await ScriptRunner(context: CommandContext(session: session, prompter: nil), sink: output).run(script.statements, status: &status)
        return (status.exitCode, output.stdout, output.stderr)
    }

    @Test func exportDriftPlanApplyPrune() async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("users.yaml")
            let export = try await run("export users allowlists", on: sandbox)
            #expect(export.status == 0, "\(export.err)")
            try export.out.write(to: file, atomically: true, encoding: .utf8)
            let again = try await run("export users allowlists", on: sandbox)
            func body(_ text: String) -> String { text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n") }
            #expect(body(again.out) == body(export.out), "an unchanged account exports the same")
            #expect(export.out.hasPrefix("# vus export of the users of owner@example.com"))
            #expect(!export.out.contains("# Only the "), "a whole export says nothing of a part")
            let part = try await run("export users email=*@contractor.com", on: sandbox)
            #expect(part.out.contains("\n# Only the 4 of 25 users matching email=*@contractor.com: with 'prune', plan and apply delete every other user.\n"),
                    "\(part.out.prefix(400))")
            #expect(!export.out.contains("api_key") && !export.out.contains("password"))

            // Drift: another client flips API access, edits ACLs and adds a user.
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let users = try await client.users().collect()
            let bob = try #require(users.first { $0.email == "bob.hughes@example.com" })
            let alice = try #require(users.first { $0.email == "alice.anderson@example.com" })
            try await client.updateUser(id: bob.id, UserUpdate(apiEnabled: !(bob.apiEnabled ?? false)))
            try await client.updateUser(id: alice.id, UserUpdate(acls: ["dns"]))
            _ = try await client.createUser(NewUser(email: "extra@example.com", firstName: "Ex", lastName: "Tra", password: "Long-Enough-Pw-1"))

            let plan = try await run("plan \(file.path)", on: sandbox)
            #expect(plan.status == 3, "differs: \(plan.err)")
            #expect(plan.out.contains("bob.hughes@example.com") && plan.out.contains("api_enabled"))
            #expect(plan.out.contains("alice.anderson@example.com") && plan.out.contains("acls"))
            #expect(!plan.out.contains("extra@example.com"), "without prune the extra user stays out of the plan")

            let apply = try await run("apply \(file.path)", on: sandbox)
            #expect(apply.status == 0, "\(apply.err)")
            let restored = try await client.users().collect()
            #expect(restored.first { $0.id == bob.id }?.apiEnabled == bob.apiEnabled)
            #expect(Set(restored.first { $0.id == alice.id }?.acls ?? []) == Set(alice.acls))
            #expect(restored.contains { $0.email == "extra@example.com" }, "apply without prune keeps the extra user")

            let methods = Methods()
            let second = try await run("apply \(file.path)", on: sandbox, methods: methods)
            #expect(second.status == 0)
            #expect(methods.mutations.isEmpty, "a second apply sends no PATCH, POST or DELETE: \(methods.mutations)")
            #expect(try await run("plan \(file.path)", on: sandbox).status == 0, "in sync")

            let prune = try await run("apply \(file.path) prune", on: sandbox)
            #expect(prune.status == 0, "\(prune.err)")
            #expect(try await client.users().collect().allSatisfy { $0.email != "extra@example.com" })

            var copy = SandboxConfiguration(apiKeys: [testAPIKey])
            copy.seedFile = file
            let rehearsal = try await Sandbox.start(copy)
            let copied = try await run("export users allowlists", on: rehearsal)
            await rehearsal.stop()
            #expect(body(copied.out) == body(export.out), "a sandbox from the file holds exactly its users")
        }
    }

    @Test func exportWritesTheDocumentToAFile() async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("users.yaml")
            try "old contents\n".write(to: file, atomically: true, encoding: .utf8)
            let written = try await run("export users file=\(file.path)", on: sandbox)
            #expect(written.status == 0, "\(written.err)")
            #expect(written.out == "wrote 25 users to \(file.path) (YAML)\n", "a note, on stdout for people")
            let printed = try await run("export users", on: sandbox)
            func body(_ text: String) -> String { text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n") }
            #expect(body(try String(contentsOf: file, encoding: .utf8)) == body(printed.out))

            let json = directory.appendingPathComponent("users.json")
            let asJSON = try await run("export users api=on file=\(json.path)", on: sandbox, format: .json)
            #expect(asJSON.status == 0 && asJSON.out.isEmpty, "\(asJSON.err)")
            #expect(asJSON.err.contains("(JSON)"))
            let decoded = try JSONDecoder().decode(UsersDocument.self, from: Data(contentsOf: json))
            #expect(!decoded.users.isEmpty && decoded.users.allSatisfy { $0.apiEnabled == true })

            // A link is followed and the file keeps its permissions.
            let target = directory.appendingPathComponent("private.yaml")
            try "old\n".write(to: target, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
            let link = directory.appendingPathComponent("link.yaml")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            let linked = try await run("export users file=\(link.path)", on: sandbox)
            #expect(linked.status == 0, "\(linked.err)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
            #expect(body(try String(contentsOf: target, encoding: .utf8)) == body(printed.out))
            let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)

            let nowhere = directory.appendingPathComponent("missing/users.yaml").path
            let failed = try await run("export users file=\(nowhere)", on: sandbox)
            #expect(failed.status == 1)
            #expect(failed.err.contains("cannot write \(nowhere): there is no folder \(directory.path)/missing"), "\(failed.err)")
            let folder = try await run("export users file=\(directory.path)", on: sandbox)
            #expect(folder.status == 1 && folder.err.contains("cannot write \(directory.path): it is a directory"), "\(folder.err)")
        }
    }

    @Test func createsTakeTheirPasswordFromTheVariableTheFileNames() async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("new.yaml")
            try """
                users:
                - email: newcomer@example.com
                  first_name: New
                  last_name: Comer
                  api_enabled: false
                  acls: [billing]
                  password: ${NEW_USER_PASSWORD}
                """.write(to: file, atomically: true, encoding: .utf8)
            let missing = try await run("plan \(file.path)", on: sandbox)
            #expect(missing.status == 3 && missing.out.contains("needs the password variable NEW_USER_PASSWORD"))
            let apply = try await run("apply \(file.path)", on: sandbox, variables: ["NEW_USER_PASSWORD": "Long-Enough-Pw-1"])
            #expect(apply.status == 0, "\(apply.err)")
            let made = try #require(try await snapshot(sandbox).first { $0.email == "newcomer@example.com" })
            #expect(made.apiEnabled == false && made.acls == ["billing"])
        }
    }

    @Test func accessReviewFilters() async throws {
        try await withTestSandbox(users: 40) { sandbox in
            let users = try await snapshot(sandbox)
            func listed(_ filters: String) async throws -> [String] {
                let result = try await run("ls users \(filters)", on: sandbox, format: .json)
                #expect(result.status == 0, "\(filters): \(result.err)")
                let rows = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]] ?? []
                return rows.compactMap { $0["id"] as? String }
            }
            let cutoff = try #require(ExpiryDate.parse("2026-01-10"))
            #expect(try await listed("invited_on<2026-01-10") == users.filter { ($0.invitedOnDate ?? .distantFuture) < cutoff }.map(\.id))
            let never = users.filter { $0.lastActivityDate == nil }.map(\.id)
            #expect(!never.isEmpty)
            #expect(try await listed("last_activity<2000-01-01") == never, "pending users count as never active")
            #expect(try await listed("last_activity>1d").isEmpty, "nobody was active in the last day")
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            var keyless: [String] = []
            for user in users where try await client.apiKeys(userID: user.id).isEmpty { keyless.append(user.id) }
            #expect(try await listed("keys=0") == keyless)
            let newest = users.sorted { ($0.invitedOnDate ?? .distantPast) > ($1.invitedOnDate ?? .distantPast) }.map(\.id)
            #expect(try await listed("sort=-invited_on") == newest)
            #expect(errors("ls users last_activity<yesterday") == [
                "1:10: last_activity takes a date like 2026-08-15 or an age like 90d (days) or 12w (weeks), got 'yesterday'"])
            #expect(errors("ls users email<x") == ["1:10: filter 'email' takes '=', not '<'; e.g. email=*@example.com"])
            #expect(errors("ls users sort=emial") == ["1:10: unknown sort field 'emial'; did you mean 'email'? Fields: email, name, status, api, last_activity, invited_on"])
        }
    }
}
