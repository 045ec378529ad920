import AsyncHTTPClient
import Foundation
import VusTestSupport
import Testing
@testable import VultrSandbox

/// The `vus-sandbox` executable as a user runs it.
@Suite struct ExecutableTests {
    @Test func helpDocumentsEveryFlag() async throws {
        let (status, output, _) = try await SandboxProcess.run(["--help"])
        #expect(status == 0)
        for flag in ["--host", "--port", "--key", "--users", "--state", "--rate-limit", "--update-status",
                     "--status-as-bool", "--latency", "--fault-rate", "--faults", "--seed", "--verbose", "--attached"] {
            #expect(output.contains(flag), "--help mentions \(flag)")
        }
    }

    @Test(arguments: [
        (["--fault-rate", "2"], "--fault-rate must be between 0 and 1"),
        (["--faults", "500,boom"], "unknown fault 'boom'"),
        (["--update-status", "200"], "--update-status must be 202 or 204"),
        (["--port", "70000"], "--port must be 0 to 65535"),
    ])
    func badFlagsAreUsageErrors(arguments: [String], message: String) async throws {
        let (status, _, errors) = try await SandboxProcess.run(arguments)
        #expect(status == 64)
        #expect(errors.contains(message))
    }

    /// `--attached` (what `vus --sandbox` runs): the URL and the key, a line each, and a stop as
    /// soon as standard input closes.
    @Test func attachedAnswersURLAndKeyAndStopsWhenItsInputCloses() async throws {
        let sandbox = try SandboxProcess(["--attached", "--port", "0"], keepingInput: true)
        let lines = try await blocking { sandbox.readLines(2) }
        #expect(lines.count == 2 && lines[0].hasPrefix("http://127.0.0.1:") && !lines[1].isEmpty, "\(lines)")
        try sandbox.process.input.close()
        let ending = try await blocking { sandbox.end() }
        #expect(ending == .exited(0))
    }

    /// A parent gone before the sandbox listens: writing the URL fails, and the sandbox ends with
    /// status 0 rather than crashing (a crash's backtrace took seconds).
    @Test func attachedWithItsParentGoneEndsWithoutCrashing() async throws {
        let sandbox = try SandboxProcess(["--attached", "--port", "0"])
        try sandbox.process.output.close()
        let ending = try await blocking { sandbox.end() }
        #expect(ending == .exited(0), "ended by \(ending)")
    }

    @Test func printsURLAndKeyThenServesThem() async throws {
        let sandbox = try SandboxProcess(["--port", "0", "--key", "exe-key", "--users", "1000"])
        defer { kill(sandbox.process.pid, SIGKILL) }
        let url = try sandbox.waitForURL()
        #expect(url.host == "127.0.0.1", "binds loopback by default")
        var request = HTTPClientRequest(url: url.absoluteString + "/v2/users?per_page=1")
        request.headers.add(name: "Authorization", value: "Bearer exe-key")
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        #expect(response.status.code == 200)
        let body = try await response.body.collect(upTo: 1 << 20)
        #expect(String(buffer: body).contains(#""total":1000"#))
    }

    /// The URL the banner names first is the one to give vus: it serves `/v2/...` beneath it.
    @Test func theBannerURLIsTheOneToUseAsVULTR_API_URL() async throws {
        let sandbox = try SandboxProcess(["--port", "0", "--key", "exe-key"])
        defer { kill(sandbox.process.pid, SIGKILL) }
        let banner = try sandbox.readOutput(until: "Ctrl-C")
        let first = try #require(banner.range(of: #"http://[0-9.]+:[0-9]+\S*"#, options: .regularExpression))
        let url = try #require(URL(string: String(banner[first])))
        #expect(url.path.isEmpty, "the first URL printed is the base, without /v2")
        #expect(banner.contains("listening on \(url.absoluteString) "), "\(banner)")
        #expect(banner.contains("VULTR_API_URL=\(url.absoluteString) "))
        #expect(!banner.contains("\(url.absoluteString)/v2 "), "no URL that would double the version path")
    }

    @Test func verboseLogsOneLinePerRequestToStandardError() async throws {
        let sandbox = try SandboxProcess(["--port", "0", "--key", "exe-key", "-v"])
        defer { kill(sandbox.process.pid, SIGKILL) }
        let url = try sandbox.waitForURL()
        for (path, key) in [("/v2/users?per_page=1", "exe-key"), ("/v2/account", "bad-key")] {
            var request = HTTPClientRequest(url: url.absoluteString + path)
            request.headers.add(name: "Authorization", value: "Bearer \(key)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
            _ = try await response.body.collect(upTo: 1 << 20)
        }
        kill(sandbox.process.pid, SIGINT)
        let errors = String(decoding: sandbox.process.errors.readDataToEndOfFile(), as: UTF8.self)
        let lines = errors.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(errors)")
        #expect(lines.first?.hasPrefix("GET /v2/users?per_page=1 200 ") == true)
        #expect(lines.last?.hasPrefix("GET /v2/account 401 ") == true)
        #expect(!errors.contains("exe-key") && !errors.contains("bad-key"), "never the key")
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func stopsCleanlyOnSignal(signal: Int32) async throws {
        let sandbox = try SandboxProcess(["--port", "0", "--key", "k"])
        let status = try await blocking {
            _ = try sandbox.waitForURL()
            kill(sandbox.process.pid, signal)
            return sandbox.wait()
        }
        #expect(status == 0)
    }

    @Test func aDamagedStateFileStopsStartupWithAMessage() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("s.json")
        try Data("garbage".utf8).write(to: file)
        let (status, _, errors) = try await SandboxProcess.run(["--port", "0", "--state", file.path])
        #expect(status != 0)
        #expect(errors.contains("is not a vus sandbox state file"))
    }

    @Test func aStateFilePlantedAsALinkIsRefusedByName() async throws {
        let directory = try temporaryDirectory()
        let victim = directory.appendingPathComponent("victim")
        try Data("precious".utf8).write(to: victim)
        let link = directory.appendingPathComponent("s.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        let (status, _, errors) = try await SandboxProcess.run(["--port", "0", "--state", link.path])
        #expect(status != 0)
        #expect(errors.contains("\(link.path) is a symbolic link"), "\(errors)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
    }

    @Test func aFlawedFromFileIsRefusedWithEveryProblemAtItsPosition() async throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("users.yaml")
        try """
            users:
            - email: "ann\\u0007@example.com"
              first_name: Ann
              last_name: Lee
            - email: bob.example.com
              first_name: Bob
              last_name: Ray
              acls: [biling]
            """.write(to: file, atomically: false, encoding: .utf8)
        let (status, _, errors) = try await SandboxProcess.run(["--port", "0", "--from", file.path])
        #expect(status == 2, "\(errors)")
        #expect(errors.contains("\(file.path):2:10: email contains a control character"), "\(errors)")
        #expect(errors.contains("\(file.path):5:10: 'bob.example.com' is not an email address"), "\(errors)")
        #expect(errors.contains("\(file.path):8:10: unknown ACL 'biling'; did you mean 'billing'?"), "\(errors)")

        let huge = directory.appendingPathComponent("huge.yaml")
        try Data(("users: []\n" + String(repeating: "#", count: 50 << 20)).utf8).write(to: huge)
        let refused = try await SandboxProcess.run(["--port", "0", "--from", huge.path])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("\(huge.path):1:1: cannot be read: larger than 16 MB"), "\(refused.errors)")
    }
}
