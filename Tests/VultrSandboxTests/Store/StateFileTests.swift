import AsyncHTTPClient
import Foundation
import VusTestSupport
import Testing
@testable import VultrSandbox

@Suite struct StateFileTests {
    @Test func stateSurvivesARestart() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sandbox.json")
        var createdID = ""
        try await withSandbox(users: 40, configure: { $0.stateFile = file }) { http in
            #expect(FileManager.default.fileExists(atPath: file.path), "seeded state is saved at once")
            let reply = try await http.send(.POST, "/v2/users", body: http.json(UserTests.newUser))
            createdID = (reply.json["user"] as? [String: Any])?["id"] as? String ?? ""
            let bob = try await http.userID(email: "bob.hughes@example.com")
            _ = try await http.send(.PATCH, "/v2/users/\(bob)", body: #"{"api_enabled":false}"#)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        try await withSandbox(users: 5, configure: { $0.stateFile = file }) { http in
            #expect(await http.sandbox.store.userCount == 41, "the file wins over --users")
            #expect(try await http.get("/v2/users/\(createdID)").status == 200)
            let bob = try await http.userID(email: "bob.hughes@example.com")
            #expect((try await http.get("/v2/users/\(bob)").json["user"] as? [String: Any])?["api_enabled"] as? Bool == false)
        }
    }

    @Test func aDamagedFileIsReportedAndLeftAlone() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sandbox.json")
        try Data("{\"users\": [".utf8).write(to: file)
        var configuration = SandboxConfiguration(apiKeys: ["k"])
        configuration.stateFile = file
        #expect(throws: StateFileError.self) { _ = try Sandbox.openStore(configuration) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "{\"users\": [")
    }

    @Test func aChangeThatCannotBeSavedIsNotApplied() async throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("sandbox.json")
        try await withSandbox(configure: { $0.stateFile = file }) { http in
            try FileManager.default.removeItem(at: directory)  // saving now fails
            let reply = try await http.send(.POST, "/v2/users", body: http.json(UserTests.newUser))
            #expect(reply.status == 500)
            #expect(reply.error?.contains("Could not save sandbox state") == true)
            #expect(await http.sandbox.store.userCount == 25)
        }
    }

    /// Kills the real executable with SIGKILL while it is saving changes as fast as it can:
    /// the file must always parse and hold every change that was acknowledged.
    @Test(arguments: [30, 120, 250, 400])
    func aKillAtAnyMomentLeavesAWholeFile(killAfterMilliseconds: Int) async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("state.json")
        let sandbox = try SandboxProcess(["--port", "0", "--key", "k", "--users", "300", "--rate-limit", "0",
                                          "--state", file.path])
        let url = try sandbox.waitForURL()
        let acknowledged = ManagedEmails()
        let writer = Task {
            for index in 0..<10_000 {
                var request = HTTPClientRequest(url: url.absoluteString + "/v2/users")
                request.method = .POST
                request.headers.add(name: "Authorization", value: "Bearer k")
                let email = "kill\(index)@example.com"
                request.body = .bytes(.init(string: #"{"email":"\#(email)","first_name":"K","last_name":"L","password":"p"}"#))
                guard let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(5)) else { return }
                if response.status.code == 201 { await acknowledged.add(email) }
            }
        }
        try await Task.sleep(for: .milliseconds(killAfterMilliseconds))
        kill(sandbox.process.pid, SIGKILL)
        _ = sandbox.wait()
        _ = await writer.result

        let data = try Data(contentsOf: file)
        let state = try JSONDecoder().decode(SandboxState.self, from: data)
        let saved = Set(state.users.map(\.email))
        let acked = await acknowledged.emails
        #expect(acked.isSubset(of: saved), "every acknowledged create is in the file")
        #expect(state.users.count >= 300)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.count <= 1, "at most the one interrupted temporary file")
    }
}

actor ManagedEmails {
    var emails = Set<String>()
    func add(_ email: String) { emails.insert(email) }
}
