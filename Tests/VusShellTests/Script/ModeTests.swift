import Foundation
import Testing
import VultrSandbox
import VusTestSupport

/// The `vus` executable's modes, flags and exit codes.
@Suite struct ModeTests {
    func withSandbox(_ configure: (inout SandboxConfiguration) -> Void = { _ in },
                     _ body: (RunningSandbox) async throws -> Void) async throws {
        try await withTestSandbox(configure, body)
    }

    @Test func dashCRunsEachCommandInOrder() async throws {
        try await withSandbox { sandbox in
            let result = try await VusProcess.run(["-c", "use bob.hughes@example.com; acl set dns", "-c", "show"], sandbox: sandbox)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("acls:   dns"))
        }
    }

    @Test func aParseErrorInDashCRunsNothingAndExits2() async throws {
        try await withSandbox { sandbox in
            let result = try await VusProcess.run(["-c", "use bob.hughes@example.com; acl set dns", "-c", "shwo"], sandbox: sandbox)
            #expect(result.status == 2)
            #expect(result.stderr.contains("-c:2:1: error: unknown command 'shwo'; did you mean 'show'?"))
            #expect(result.stderr.contains("nothing was run"))
            let bob = try await snapshot(sandbox).first { $0.email == "bob.hughes@example.com" }
            #expect(bob?.acls != ["dns"])
        }
    }

    /// What `scripts/try` runs: a sandbox of vus's own, no account; with --sandbox-state a change
    /// outlives the run.
    @Test func dashDashSandboxNeedsNoAccountAndKeepsItsStateWhenAsked() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let state = directory.appendingPathComponent("sandbox.json").path
        let noAccount = ["XDG_CONFIG_HOME": directory.appendingPathComponent("none").path]
        let change = try await VusProcess.run(["--sandbox", "--sandbox-state", state, "-c", "use bob.hughes@example.com; acl set dns"],
                                              sandbox: nil, extra: noAccount)
        #expect(change.status == 0, "\(change.stderr)")
        let later = try await VusProcess.run(["--sandbox", "--sandbox-state", state, "--format", "json", "-c", "show bob.hughes@example.com"],
                                             sandbox: nil, extra: noAccount)
        #expect(later.status == 0, "\(later.stderr)")
        let shown = try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [String: Any]
        #expect(shown?["acls"] as? [String] == ["dns"])
    }

    /// A sandbox kept in a file is the same account at the next run, on whatever port: `undo`
    /// there undoes the last run's changes.
    @Test func aKeptSandboxsChangesAreUndoneByALaterRun() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let state = directory.appendingPathComponent("sandbox.json").path
        let extra = ["XDG_CONFIG_HOME": directory.appendingPathComponent("none").path,
                     "VUS_JOURNAL": directory.appendingPathComponent("journal.jsonl").path]
        let change = try await VusProcess.run(["--sandbox", "--sandbox-state", state, "-c", "create group night-shift"], sandbox: nil, extra: extra)
        #expect(change.status == 0, "\(change.stderr)")
        let undo = try await VusProcess.run(["--sandbox", "--sandbox-state", state, "-y", "-c", "undo"], sandbox: nil, extra: extra)
        #expect(undo.status == 0 && undo.stdout.contains("undo create group night-shift — changed"), "\(undo.stdout)\(undo.stderr)")
        let groups = try await VusProcess.run(["--sandbox", "--sandbox-state", state, "-q", "-c", "ls groups"], sandbox: nil, extra: extra)
        #expect(groups.status == 0 && !groups.stdout.contains("night-shift"), "\(groups.stdout)")
    }

    /// `vus --sandbox` runs vus-sandbox beside it as a process of its own: it ends with its vus,
    /// and with a vus that is killed (the pipe it reads closes however vus ends).
    @Test func theSandboxOfDashDashSandboxEndsWithItsVusEvenAKilledOne() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let state = directory.appendingPathComponent("sandbox.json").path
        let noAccount = ["XDG_CONFIG_HOME": directory.appendingPathComponent("none").path]
        let done = try await VusProcess.run(["--sandbox", "--sandbox-state", state, "-c", "whoami"], sandbox: nil, extra: noAccount)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(ProcessTable.processes(naming: state).isEmpty, "no sandbox outlives a vus that finished")

        // A vus waiting for commands on a pipe, its sandbox started, then killed.
        let vus = try Spawned.start(VusProcess.executable.path, ["--sandbox", "--sandbox-state", state],
                                    environment: VusProcess.environment(for: nil, extra: noAccount))
        defer { try? vus.input.close() }
        let started = try await waitUntil { ProcessTable.processes(naming: state).count == 2 }
        #expect(started, "vus and its sandbox are running")
        kill(vus.pid, SIGKILL)
        _ = vus.wait()
        let ended = try await waitUntil { ProcessTable.processes(naming: state).isEmpty }
        #expect(ended, "the sandbox of a killed vus stops; still there: \(ProcessTable.processes(naming: state).map(ProcessTable.describe))")
    }

    @Test func usageErrorsExit2() async throws {
        let result = try await VusProcess.run(["--format", "xml", "-c", "whoami"], sandbox: nil)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown format 'xml'"))
    }

    /// vus lets ArgumentParser skip its look for `--generate-completion-script` when no argument
    /// spells it (`CompletionScriptCheck`): the scripts still come, and help and usage name vus once.
    @Test func completionScriptsHelpAndUsageAreArgumentParsers() async throws {
        for arguments in [["--generate-completion-script", "bash"], ["--generate-completion-script=zsh"],
                          ["--generate-completion-script", "fish"]] {
            let script = try await VusProcess.run(arguments, sandbox: nil)
            #expect(script.status == 0, "\(arguments): \(script.stderr)")
            #expect(script.stdout.contains("sandbox-state"), "\(arguments): \(script.stdout.prefix(300))")
        }
        let help = try await VusProcess.run(["--help"], sandbox: nil)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: vus [<options>] [<script>]"), "\(help.stdout.prefix(300))")
        let mistake = try await VusProcess.run(["--formatt", "json", "-c", "whoami"], sandbox: nil)
        #expect(mistake.status == 2)
        #expect(mistake.stderr.contains("Unknown option '--formatt'"), "\(mistake.stderr)")
        #expect(mistake.stderr.contains("Usage: vus [<options>] [<script>]"), "\(mistake.stderr)")
        for output in [help.stdout, mistake.stderr] { #expect(!output.contains("vus vus")) }
    }

    @Test func noKeyIsExplainedAndExits2() async throws {
        let result = try await VusProcess.run(["-c", "whoami"], sandbox: nil,
                                        extra: ["XDG_CONFIG_HOME": TestScratch.root.appendingPathComponent("none").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no API key: set VULTR_API_KEY"))
    }

    @Test func pipedStandardInputRunsLineByLineAsItArrives() async throws {
        try await withSandbox { sandbox in
            let process = try Spawned.start(VusProcess.executable.path, [], environment: VusProcess.environment(for: sandbox))
            let reader = process.output
            let writer = process.input
            let (first, stillRunning, ending) = try await blocking { () throws -> (String, Bool, Spawned.Ending) in
                func readUntil(_ text: String) throws -> String {
                    var seen = ""
                    while !seen.contains(text) {
                        let chunk = reader.availableData
                        if chunk.isEmpty { throw CancellationError() }
                        seen += String(decoding: chunk, as: UTF8.self)
                    }
                    return seen
                }
                writer.write(Data("use bob.hughes@example.com\n".utf8))
                // The answer to the first line arrives while vus still waits for the second.
                let first = try readUntil("using bob.hughes@example.com")
                let running = kill(process.pid, 0) == 0
                writer.write(Data("acl set dns\n".utf8))
                _ = try readUntil("acl set dns")
                try writer.close()
                return (first, running, process.finish().ending)
            }
            #expect(first.contains("Bob Hughes"))
            #expect(stillRunning)
            #expect(ending == .exited(0))
        }
    }

    @Test func stdinStopsAtTheFirstFailureWithExit1() async throws {
        try await withSandbox { sandbox in
            let result = try await VusProcess.run(["-"], sandbox: sandbox, input: "use nobody@example.com\necho after\n")
            #expect(result.status == 1)
            #expect(result.stderr.contains("<stdin>:1:1: error: no user matches 'nobody@example.com'"))
            #expect(!result.stdout.contains("after"))
        }
    }

    @Test func echoTraceAndQuiet() async throws {
        try await withSandbox { sandbox in
            let result = try await VusProcess.run(["-x", "--trace", "-q", "-c", "ls users service=yes"], sandbox: sandbox)
            #expect(result.status == 0)
            #expect(result.stderr.contains("+ ls users service=yes"))
            #expect(result.stderr.contains("trace: GET /v2/users?per_page=500 → 200"))
            #expect(!result.stderr.contains(shellKey) && !result.stdout.contains(shellKey))
            let ids = result.stdout.split(separator: "\n")
            #expect(!ids.isEmpty && ids.allSatisfy { UUID(uuidString: String($0)) != nil })
        }
    }

    @Test func echoHidesPasswords() async throws {
        try await withSandbox { sandbox in
            let result = try await VusProcess.run(["-x", "--dry-run", "-c", "create user p@example.com first=P last=Q password=hunter2hunter2"],
                                            sandbox: sandbox)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("password=***"))
            #expect(!(result.stdout + result.stderr).contains("hunter2"))
        }
    }

    @Test func interruptedBatchExits130() async throws {
        try await withSandbox({ $0.faults = FaultPlan(latencyMilliseconds: 5000) }) { sandbox in
            let process = try Spawned.start(VusProcess.executable.path, ["-c", "whoami", "-c", "echo after"],
                                            environment: VusProcess.environment(for: sandbox))
            try process.input.close()
            try await Task.sleep(for: .milliseconds(800))
            kill(process.pid, SIGINT)
            let (output, errors, ending) = try await blocking { process.finish() }
            let text = String(decoding: output + errors, as: UTF8.self)
            #expect(ending == .exited(130))
            #expect(text.contains("-c:1:1: interrupted"))
            #expect(!text.contains("after"))
        }
    }

    @Test func scriptArgumentsBecomeVariables() async throws {
        try await withSandbox { sandbox in
            let directory = try temporaryDirectory("vus-args")
            defer { try? FileManager.default.removeItem(at: directory) }
            try "echo $argc: $arg1 and ${arg2}\n".write(to: directory.appendingPathComponent("a.vus"), atomically: true, encoding: .utf8)
            let result = try await VusProcess.run(["a.vus", "one", "two"], sandbox: sandbox, directory: directory)
            #expect(result.stdout == "2: one and two\n")
        }
    }
}
