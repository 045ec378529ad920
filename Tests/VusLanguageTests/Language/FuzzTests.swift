import Foundation
import Synchronization
import Testing
import VusTestSupport
import VusShell

@Suite("Robustness on random input")
struct FuzzTests {
    /// Inputs per test: 3,000 in the default run; `scripts/fuzz` sets VUS_FUZZ_ITERATIONS for a
    /// long run and reads the slowest input it prints.
    static let iterations = ProcessInfo.processInfo.environment["VUS_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3_000
    /// The slowest input seen, in milliseconds per KB (at least one KB counted), for `scripts/fuzz`.
    static let slowest = Mutex<Double>(0)

    /// Characters weighted towards the ones the lexer treats specially.
    static let alphabet: [String] = (32...126).map { String(UnicodeScalar(UInt8($0))) }
        + ["'", "\"", "$", "$", "{", "}", "#", "#", "\\", "\\", ";", "\n", "\n", "\r\n", "\r", "\t", "=", "@", "/",
           "é", "ë", "e\u{301}", "\u{301}", "👩‍👩‍👧", "日本", "\u{FEFF}", "\0"]

    /// Words that steer random commands deep into the command parser.
    static let vocabulary = ShellRegistry.standard.syntaxes.names + [
        "users", "acls", "keys", "allow", "add", "rm", "set", "new", "user", "on", "off", "maybe", "-", "#1", "#0",
        "'#2'", "\"\"", "api=on", "api=", "acl=sub*", "acl=zz*", "acl=billing,dns", "email=*@x", "status=x", "x=1",
        "first=A", "last=B", "service", "password=", "let", "=", "settings", "all", "7f3c2a10", "expires=2025-02-29", "expires=2024-02-29T00:00:00Z",
        "10.0.0.0/8", "::1/200", "1.2.3.4/", "a@b.c", "format", "json", "dry-run", "on-error", "stop", "$v",
        "${v}", "${", "\\", ";", "#", "billing", "dns,",
    ]

    // Each soup is parsed on a thread of its own (`blocking`), which hands back what it found:
    // seconds of parsing on Swift's cooperative threads would stall the in-process sandboxes of
    // the tests running beside it.

    @Test("random character soup never crashes and always terminates")
    func characterSoup() async throws {
        let problems = try await blocking {
            var random = SplitMix64(seed: 0x5EED)
            return (0..<Self.iterations).flatMap { _ in
                let length = Int.random(in: 0...60, using: &random)
                return Self.problems((0..<length).map { _ in Self.alphabet.randomElement(using: &random) ?? "" }.joined())
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    }

    @Test("random word soup exercises every command's error paths")
    func wordSoup() async throws {
        let problems = try await blocking {
            var random = SplitMix64(seed: 42)
            return (0..<Self.iterations).flatMap { _ in
                let lines = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                    (0..<Int.random(in: 1...6, using: &random))
                        .map { _ in Self.vocabulary.randomElement(using: &random) ?? "" }
                        .joined(separator: " ")
                }
                return Self.problems(lines.joined(separator: "\n"))
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    }

    /// Parses `source`; what is not well-formed about the result, each with the source.
    private static func problems(_ source: String) -> [String] {
        var problems: [String] = []
        func check(_ holds: Bool, _ what: String) {
            if !holds { problems.append("\(what): \(source.debugDescription)") }
        }
        let clock = ContinuousClock()
        let started = clock.now
        defer {
            let elapsed = started.duration(to: clock.now)
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            let perKB = milliseconds / max(1, Double(source.utf8.count) / 1024)
            Self.slowest.withLock { $0 = max($0, perKB) }
            if ProcessInfo.processInfo.environment["VUS_FUZZ_ITERATIONS"] != nil, perKB > 100 {
                print("fuzz: slow input (\(perKB) ms/KB): \(source.debugDescription)")
            }
        }
        // Counted one by one: `filter` would return a String in which a
        // lone "\r" followed by "\n" merges back into one "\r\n" Character.
        let lineCount = 1 + source.reduce(0) { $1 == "\n" || $1 == "\r\n" || $1 == "\r" ? $0 + 1 : $0 }
        let context = ParserContext(sourceName: "fuzz", variables: ["v": "#3"], knownACLs: Fixture.acls)
        switch Parser.parse(source, context: context) {
        case .success(let script):
            for statement in script.statements {
                check((1...lineCount).contains(statement.location.line), "statement line \(statement.location.line)")
                check(statement.location.column >= 1, "statement column \(statement.location.column)")
            }
        case .failure(let list):
            check(!list.diagnostics.isEmpty, "a failure without diagnostics")
            for diagnostic in list.diagnostics {
                check((1...lineCount).contains(diagnostic.location.line), "diagnostic line \(diagnostic.location.line)")
                check(diagnostic.location.column >= 1, "diagnostic column \(diagnostic.location.column)")
                check(!diagnostic.message.isEmpty, "an empty diagnostic")
            }
        }
        _ = Lexer.completionWords(source)
        return problems
    }

    @Test("reports the slowest input of the run (for scripts/fuzz)")
    func report() {
        guard ProcessInfo.processInfo.environment["VUS_FUZZ_ITERATIONS"] != nil else { return }
        print("fuzz: slowest input so far: \(Self.slowest.withLock { $0 }) ms/KB")
    }
}
