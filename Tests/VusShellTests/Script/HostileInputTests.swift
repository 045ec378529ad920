import Foundation
import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// Hostile scripts end in a clear error, never a hang: nesting is bounded, lexing is linear,
/// diagnostics are capped, unreadable files are named, and secrets stay out of traces and history.
@Suite struct HostileInputTests {
    @Test(.timeLimit(.minutes(1)))
    func lexingIsLinearInDollarBraces() {
        let source = "echo " + String(repeating: "${", count: 200_000)
        guard case .failure(let list) = Parser.parse(source, context: ParserContext(sourceName: "t")) else {
            Issue.record("an unterminated ${ parsed")
            return
        }
        #expect(list.diagnostics.first?.message == "unterminated '${'")
        let printed = list.limitedDescription.split(separator: "\n")
        #expect(printed.count == DiagnosticList.printedLimit + 1)
        #expect(printed.last?.hasPrefix("... and ") == true)
    }

    @Test func sourceNestingIsBounded() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("loop.vus")
        try "source \(file.path)\n".write(to: file, atomically: true, encoding: .utf8)
        let session = try Session(connection: nil, settings: Settings())
        let output = CapturedOutput()
        let script = try Parser.parse("source \(file.path)", context: ParserContext(sourceName: "-c")).get()
        var status = ScriptRunner.Status()
        await ScriptRunner(context: CommandContext(session: session, prompter: nil), sink: output).run(script.statements, status: &status)
        #expect(status.exitCode == 1)
        #expect(output.stderr.contains("nested more than 16 deep"), "\(output.stderr)")
    }

    @Test func unreadableScriptsAreNamedPlainly() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(ScriptFile.read(directory.path).failureText == "cannot read \(directory.path): it is a directory")
        #expect(ScriptFile.read("/dev/zero").failureText == "cannot read /dev/zero: not a regular file")
        #expect(ScriptFile.read(directory.path + "/none.vus").failureText == "cannot read \(directory.path)/none.vus: no such file")
        // A pipe is refused before it is opened (opening one with no writer would wait forever).
        let fifo = directory.appendingPathComponent("script.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(ScriptFile.read(fifo).failureText == "cannot read \(fifo): not a regular file")
        let bad = directory.appendingPathComponent("bad.vus")
        try Data([0x6C, 0x73, 0x0A, 0x65, 0x63, 0x68, 0x6F, 0x20, 0xFF, 0x0A]).write(to: bad)
        #expect(ScriptFile.read(bad.path).failureText == "\(bad.path):2:6: error: invalid UTF-8 (byte 0xFF); save the script as UTF-8")
    }

    @Test func aVariableCanBeReadFromAFileSoNoSecretIsOnTheCommandLine() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pw.txt")
        try "Pw-Zebra-7741-Quux\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try await VusProcess.run(["-x", "-v", "PW=@\(file.path)", "-c", "let pw = $PW; echo \"[$PW]\""], sandbox: nil)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[Pw-Zebra-7741-Quux]\n")
        #expect(!result.stderr.contains("Pw-Zebra"), "-x never shows it: \(result.stderr)")

        // A pipe (here standard input, as with `-v PW=@<(pass show vultr)`) is read once, whole.
        let piped = try await VusProcess.run(["-v", "PW=@/dev/stdin", "-c", "echo \"[$PW]\""], sandbox: nil,
                                             input: "Pw-Piped-5512\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == "[Pw-Piped-5512]\n")
    }

    @Test func aVariableUsedAsAPasswordIsMaskedInEchoWhateverItsName() async throws {
        try await withTestSandbox { sandbox in
            let run = try await VusProcess.run(["-x", "-c", "let x = Sekret-Value-9931", "-c",
                                                "create user n@example.com first=N last=O password=$x"], sandbox: sandbox)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("+ let x = ***"), "\(run.stderr)")
            #expect(!run.stderr.contains("Sekret-Value-9931") && !run.stdout.contains("Sekret-Value-9931"))
        }
    }

    @Test func secretsAreMaskedInEchoAndKeptOutOfHistory() {
        #expect(EchoText.masked("let pw = Pw-Zebra-7741-Quux") == "let pw = ***")
        #expect(EchoText.masked("create user a@b.c first=A last=B password='x y'")
            == "create user a@b.c first=A last=B password=***")
        #expect(EchoText.masked("let domain = example.com") == "let domain = example.com")
        #expect(!History.shouldKeep("let api_token = abc"))
        #expect(!History.shouldKeep("echo hi; let NEW_PW = x"))
        #expect(History.shouldKeep("let domain = example.com"))
    }
}

extension Result where Failure == ShellError {
    var failureText: String? { if case .failure(let error) = self { error.description } else { nil } }
}
