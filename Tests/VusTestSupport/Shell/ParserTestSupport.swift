import Foundation
import VusShell

/// Shared fixtures and shorthands for the tests of the language: parsing with vus's commands.
public enum Fixture {
    /// The 14 Vultr ACL names, spelled out here on purpose rather than taken
    /// from the OpenAPI document, so a change there is noticed.
    public static let acls = [
        "abuse", "activity_logs", "alerts", "billing", "dns", "firewall",
        "loadbalancer", "manage_users", "objstore", "provisioning",
        "subscriptions", "subscriptions_view", "support", "upgrade",
    ]

    /// The list as it appears at the end of unknown-ACL messages.
    public static let aclList = acls.joined(separator: ", ")

    /// A context named `test.vus` with the fixture ACLs.
    public static func context(
        source: String = "test.vus",
        variables: [String: String] = [:],
        environment: [String: String] = [:],
        interactive: Bool = false
    ) -> ParserContext<any ShellCommand> {
        ParserContext(sourceName: source, variables: variables, environment: environment, knownACLs: acls,
                      isInteractive: interactive)
    }
}

/// Parses `source` with the fixture context.
public func parse(_ source: String, variables: [String: String] = [:], environment: [String: String] = [:]) -> Result<Script<any ShellCommand>, DiagnosticList> {
    Parser.parse(source, context: Fixture.context(variables: variables, environment: environment))
}

/// The commands of `source` as `Type(field: value, ...)`, or `nil` if it has errors.
public func commands(_ source: String, variables: [String: String] = [:], environment: [String: String] = [:]) -> [String]? {
    guard case .success(let script) = parse(source, variables: variables, environment: environment) else { return nil }
    return script.statements.map { describe($0.command) }
}

/// A command as its type and fields, without module prefixes: `ChangeAPI(enabled: false, user: nil)`.
public func describe(_ command: any ShellCommand) -> String {
    String(describing: command)
        .replacingOccurrences(of: "VusShell.", with: "")
        .replacingOccurrences(of: "VusLanguage.", with: "")
        .replacingOccurrences(of: "VultrAPI.", with: "")
        .replacingOccurrences(of: ", comparison: Filter.Comparison.equal", with: "")
        .replacingOccurrences(of: #"Optional\(([^()]*(\([^()]*\))?)\)"#, with: "$1", options: .regularExpression)
}

/// The diagnostics of `source` as `line:column: message`; empty if it parsed.
public func errors(_ source: String, variables: [String: String] = [:], environment: [String: String] = [:]) -> [String] {
    guard case .failure(let list) = parse(source, variables: variables, environment: environment) else { return [] }
    return list.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
}

/// The words of each command `source` lexes into (variables from `variables` only).
public func lexedWords(_ source: String, variables: [String: String] = [:]) -> [[String]] {
    Lexer.commands(in: source, sourceName: "test.vus", variables: variables).map { $0.words.map(\.text) }
}

/// Shorthand for a fixture location.
public func location(_ line: Int, _ column: Int, source: String = "test.vus") -> SourceLocation {
    SourceLocation(source: source, line: line, column: column)
}
