import Foundation
import LineEditing
import Synchronization
import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// A line reader that types what the test says and records what the REPL asked.
final class ScriptedLineReader: LineReader {
    private let lines: Mutex<[LineReadResult]>
    private let prompts = Mutex<[String]>([])
    private let kept = Mutex<[String]>([])
    let secret: String?

    init(_ lines: [LineReadResult], secret: String? = nil) {
        self.lines = Mutex(lines)
        self.secret = secret
    }

    var promptsShown: [String] { prompts.withLock { $0 } }
    var history: [String] { kept.withLock { $0 } }

    func readLine(prompt: String) -> LineReadResult {
        prompts.withLock { $0.append(prompt) }
        return lines.withLock { $0.isEmpty ? .endOfInput : $0.removeFirst() }
    }
    func readSecret(prompt: String) -> String? { secret }
    func addHistory(_ line: String) { kept.withLock { $0.append(line) } }
    func close() {}
}

@Suite struct REPLTests {
    func run(_ lines: [LineReadResult], secret: String? = nil, shell: ShellFixture) async -> ScriptedLineReader {
        let reader = ScriptedLineReader(lines, secret: secret)
        var settings = shell.session.state.settings
        settings.interactive = true
        shell.session.state.settings = settings
        _ = await REPL(session: shell.session, sink: shell.output, reader: reader, endpoint: shell.sandbox.url).run()
        return reader
    }

    @Test func thePromptShowsTheContext() async throws {
        try await withShell { shell in
            let reader = await run([.line("use bob.hughes@example.com"), .line("use users api=off"), .line("use -")],
                                   shell: shell)
            #expect(reader.promptsShown == ["vus> ", "vus bob.hughes@example.com> ", "vus [11 users]> ", "vus> "])
        }
    }

    @Test func errorsNeverEndTheShellAndCtrlCDropsTheLine() async throws {
        try await withShell { shell in
            _ = await run([.line("shwo"), .interrupted, .line("use nobody@example.com"), .line("echo still here")],
                          shell: shell)
            #expect(shell.output.stderr.contains("error: unknown command 'shwo'; did you mean 'show'?"))
            #expect(shell.output.stderr.contains("error: no user matches 'nobody@example.com'"))
            #expect(shell.output.stdout.hasSuffix("still here\n"))
        }
    }

    @Test func historyKeepsNeitherSpaceLedNorPasswordLines() async throws {
        try await withShell { shell in
            let reader = await run([
                .line("ls acls"), .line(" whoami"),
                .line("create user p@example.com first=P last=Q password=s3cret-s3cret"), .line(""), .line("use -"),
            ], shell: shell)
            #expect(reader.history == ["ls acls", "use -"])
        }
    }

    @Test func aMissingPasswordIsAskedForWithoutEcho() async throws {
        try await withShell { shell in
            _ = await run([.line("create user typed@example.com first=T last=Yped")], secret: "typed-in-secret", shell: shell)
            let users = try await snapshot(shell.sandbox)
            #expect(users.contains { $0.email == "typed@example.com" })
            #expect(!(shell.output.stdout + shell.output.stderr).contains("typed-in-secret"))
        }
    }

    @Test func aChangeToSeveralUsersAsksFirst() async throws {
        try await withShell { shell in
            let before = try await snapshot(shell.sandbox)
            _ = await run([.line("use users email=*@contractor.com"), .line("acl set dns"), .line("n")], shell: shell)
            #expect(shell.output.stdout.contains("not confirmed; nothing changed"))
            #expect(try await snapshot(shell.sandbox) == before)

            _ = await run([.line("acl set dns"), .line("y")], shell: shell)
            let contractors = try await snapshot(shell.sandbox).filter { $0.email?.hasSuffix("@contractor.com") == true }
            #expect(contractors.allSatisfy { $0.acls == ["dns"] })
        }
    }

    @Test func undoSaysWhatCannotComeBackBeforeAsking() async throws {
        try await withShell { shell in
            let journal = FileManager.default.temporaryDirectory.appendingPathComponent("undo-\(UUID()).jsonl").path
            defer { try? FileManager.default.removeItem(atPath: journal) }
            let reader = ScriptedLineReader([.line("invite late.joiner@example.com"), .line("create group night-shift"),
                                             .line("undo"), .line("n")])
            var settings = shell.session.state.settings
            settings.interactive = true
            shell.session.state.settings = settings
            _ = await REPL(session: shell.session, sink: shell.output, reader: reader, endpoint: shell.sandbox.url,
                           changes: ChangeLog(journal: Journal(path: journal))).run()
            let caveat = "the invitation to late.joiner@example.com cannot be withdrawn through the API"
            let output = shell.output.stdout + shell.output.stderr
            // Once under the change it would undo, before the question; once more with the outcome.
            #expect(output.components(separatedBy: caveat).count == 3, "\(output)")
            #expect(reader.promptsShown.contains { $0.hasPrefix("Undo 1 change of run ") }, "\(reader.promptsShown)")
        }
    }

    @Test func exitLeavesWithSuccess() async throws {
        try await withShell { shell in
            let reader = await run([.line("exit"), .line("echo never")], shell: shell)
            #expect(reader.promptsShown.count == 1)
            #expect(!shell.output.stdout.contains("never"))
        }
    }
}
