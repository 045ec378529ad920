import Foundation
import Testing
import VultrSandbox
import VusTestSupport

/// The interactive shell in a real pseudo-terminal, against the sandbox: what a person at a
/// keyboard does.
@Suite(.serialized) struct TerminalTests {
    static func start(_ sandbox: RunningSandbox?, home: URL, locale: String = "C.UTF-8", arguments: [String] = []) throws -> PseudoTerminal {
        var environment = VusProcess.environment(for: sandbox, extra: ["LANG": locale, "LC_ALL": locale])
        environment["TERM"] = "xterm"
        environment["HOME"] = home.path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment.removeValue(forKey: "NO_COLOR")
        return try PseudoTerminal(executable: VusProcess.executable, arguments: arguments, environment: environment)
    }

    /// The terminal sends Ctrl-C to vus and to the sandbox `vus --sandbox` runs; it is vus's to
    /// handle, so the sandbox keeps answering.
    @Test func ctrlCLeavesTheSandboxOfDashDashSandboxRunning() async throws {
        let home = try temporaryDirectory("vus-tty")
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try Self.start(nil, home: home, arguments: ["--sandbox"])
        defer { terminal.close() }
        try await terminal.waitFor("vus(sandbox)> ")
        try await terminal.send("echo dropped\u{03}", thenWaitFor: "^C")
        try await Task.sleep(for: .milliseconds(200))
        try await terminal.send("whoami\r", thenWaitFor: "owner@example.com")
        try terminal.send("\u{04}")
        #expect(try await terminal.waitForExit() == 0)
    }

    func withTerminal(latency: Int = 0, _ body: (RunningSandbox, URL) async throws -> Void) async throws {
        var configuration = SandboxConfiguration(apiKeys: [shellKey])
        configuration.rateLimit = 0
        configuration.faults = FaultPlan(latencyMilliseconds: latency)
        let sandbox = try await Sandbox.start(configuration)
        let home = try temporaryDirectory("vus-tty")
        do { try await body(sandbox, home) } catch {
            await sandbox.stop()
            try? FileManager.default.removeItem(at: home)
            throw error
        }
        await sandbox.stop()
        try? FileManager.default.removeItem(at: home)
    }

    @Test func typingEditingAndCtrlDExit() async throws {
        try await withTerminal { sandbox, home in
            let terminal = try Self.start(sandbox, home: home)
            defer { terminal.close() }
            try await terminal.waitFor("vus> ")
            // Type the end first, go to the start of the line with Ctrl-A, and type the rest.
            let mark = terminal.mark
            try terminal.send("acls")
            try terminal.send("\u{01}ls ")
            try terminal.send("\r")
            try await terminal.waitFor("subscriptions_view", after: mark)
            // Ctrl-W deletes a word; the edited line runs.
            try await terminal.send("echo wrong\u{17}right\r", thenWaitFor: "right")
            try terminal.send("\u{04}")
            #expect(try await terminal.waitForExit() == 0)
        }
    }

    @Test func tabCompletesACommandAndAnEmail() async throws {
        try await withTerminal { sandbox, home in
            let terminal = try Self.start(sandbox, home: home)
            defer { terminal.close() }
            try await terminal.waitFor("vus> ")
            var mark = terminal.mark
            try terminal.send("whoa\t")
            try await terminal.waitFor("whoami", after: mark)
            try terminal.send("\r")
            try await terminal.waitFor("owner@example.com", after: mark)

            mark = terminal.mark
            try terminal.send("use ali\t")
            try await terminal.waitFor("alice.anderson@example.com", after: mark)
            try terminal.send("\r")
            try await terminal.waitFor("using alice.anderson@example.com", after: mark)
            try await terminal.waitFor("vus alice.anderson@example.com> ", after: mark)

            // Disable her API access, as a new user would.
            try await terminal.send("api off\r", thenWaitFor: "vus alice.anderson@example.com> ")
            let alice = try await snapshot(sandbox).first { $0.email == "alice.anderson@example.com" }
            #expect(alice?.apiEnabled == false)

            // Several matches: a second Tab lists them.
            try await terminal.send("acl add sub\t\t", thenWaitFor: "subscriptions_view")
            try terminal.send("\u{15}\u{04}")  // Ctrl-U clears the line, Ctrl-D leaves
            #expect(try await terminal.waitForExit() == 0)
        }
    }

    @Test func aPlantedHistoryLinkIsRefused() async throws {
        try await withTerminal { sandbox, home in
            let folder = home.appendingPathComponent("state/vus")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let victim = home.appendingPathComponent("victim")
            try "precious\n".write(to: victim, atomically: false, encoding: .utf8)
            let history = folder.appendingPathComponent("history")
            try FileManager.default.createSymbolicLink(at: history, withDestinationURL: victim)
            let terminal = try Self.start(sandbox, home: home)
            defer { terminal.close() }
            try await terminal.waitFor("history is not kept this session")
            try await terminal.waitFor("vus> ")
            #expect(terminal.output.contains("\(history.path) is a symbolic link"), "\(terminal.output)")
            try await terminal.send("ls acls\r", thenWaitFor: "upgrade")
            try terminal.send("\u{04}")
            #expect(try await terminal.waitForExit() == 0)
            #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n", "the link's target is untouched")
        }
    }

    @Test func sigtermAtThePromptLeavesInOrder() async throws {
        try await withTerminal { sandbox, home in
            let terminal = try Self.start(sandbox, home: home)
            defer { terminal.close() }
            try await terminal.waitFor("vus> ")
            try await terminal.send("ls acls\r", thenWaitFor: "upgrade")
            kill(terminal.pid, SIGTERM)
            #expect(try await terminal.waitForExit() == 143)
            // Only a shell that left in order (not one the signal killed) saves its history.
            let saved = try String(contentsOf: home.appendingPathComponent("state/vus/history"), encoding: .utf8)
            #expect(saved.contains("ls\\040acls"), "\(saved)")
        }
    }

    @Test func historyIsKeptAcrossRunsWithoutSecrets() async throws {
        try await withTerminal { sandbox, home in
            let first = try Self.start(sandbox, home: home)
            try await first.waitFor("vus> ")
            try await first.send("ls acls\r", thenWaitFor: "upgrade")
            try await first.send("create user h@example.com first=H last=I password=never-in-history-42\r", thenWaitFor: "h@example.com")
            // A variable used as a password takes its 'let' out of history, whatever its name.
            try await first.send("let x = Sekret-Value-9931\r", thenWaitFor: "vus> ")
            try await first.send("create user n@example.com first=N last=O password=$x\r", thenWaitFor: "n@example.com")
            // The answer to a later command shows the creates have finished before Ctrl-D is typed.
            try await first.send(" whoami\r", thenWaitFor: "owner@example.com")
            try first.send("\u{04}")
            #expect(try await first.waitForExit() == 0)
            first.close()

            let history = home.appendingPathComponent("state/vus/history")
            let saved = try String(contentsOf: history, encoding: .utf8)
            #expect(saved.contains("ls\\040acls"))
            #expect(!saved.contains("never-in-history"))
            #expect(!saved.contains("Sekret"), "\(saved)")
            #expect(!saved.contains("whoami"), "a line typed with a leading space is not kept")
            let mode = try FileManager.default.attributesOfItem(atPath: history.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)

            // A new run recalls the previous run's command with Up.
            let second = try Self.start(sandbox, home: home)
            defer { second.close() }
            try await second.waitFor("vus> ")
            let mark = second.mark
            try second.send("\u{1B}[A")
            try await second.waitFor("ls acls", after: mark)
            try second.send("\r")
            try await second.waitFor("subscriptions_view", after: mark)
            try second.send("\u{04}")
            #expect(try await second.waitForExit() == 0)
        }
    }

    @Test func ctrlCCancelsASlowRequestAndTheShellGoesOn() async throws {
        try await withTerminal(latency: 4000) { sandbox, home in
            let terminal = try Self.start(sandbox, home: home)
            defer { terminal.close() }
            try await terminal.waitFor("vus> ")
            let clock = ContinuousClock()
            let mark = terminal.mark
            try terminal.send("whoami\r")
            try await Task.sleep(for: .milliseconds(500))
            let interrupted = clock.now
            try terminal.send("\u{03}")
            try await terminal.waitFor("interrupted", after: mark)
            #expect(interrupted.duration(to: clock.now) < .seconds(3), "did not wait for the slow answer")
            try await terminal.waitFor("vus> ", after: mark)

            // Ctrl-C at the prompt drops the typed line.
            try await terminal.send("echo dropped\u{03}", thenWaitFor: "^C")
            let after = try await terminal.send("echo kept\r", thenWaitFor: "kept")
            #expect(!after.contains("dropped"))
            try terminal.send("\u{04}")
            #expect(try await terminal.waitForExit() == 0)
        }
    }

    /// Under any locale, even plain C.
    @Test(arguments: ["C.UTF-8", "C"])
    func utf8InputAndResizeKeepWorking(locale: String) async throws {
        try await withTerminal { sandbox, home in
            let terminal = try Self.start(sandbox, home: home, locale: locale)
            defer { terminal.close() }
            try await terminal.waitFor("vus> ")
            let mark = terminal.mark
            try terminal.resize(columns: 60, rows: 20)
            try terminal.send("echo zoë 日本語 ✓\r")
            try await terminal.waitFor("zoë 日本語 ✓", after: mark)
            try terminal.send("\u{04}")
            #expect(try await terminal.waitForExit() == 0)
        }
    }
}
