import VultrValues

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One readable problem found in a policy document.
public struct PolicyProblem: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based statement number the problem is in; `nil` for document-level problems.
    public var statement: Int?
    /// What is wrong, e.g. `Effect must be "Allow" or "Deny", got "Permit"`.
    public var message: String

    /// Creates a problem.
    public init(statement: Int?, message: String) {
        self.statement = statement
        self.message = message
    }

    /// `Statement 2: <message>` or just the message for document-level problems.
    public var description: String {
        statement.map { "Statement \($0): \(message)" } ?? message
    }
}

extension PolicyDocument {
    /// Checks raw JSON against the content rules and lists every problem found
    /// (empty when the document is acceptable). Unlike decoding it does not stop at the
    /// first problem, so a 400 answer can name them all.
    ///
    /// Rules: the body is a JSON object of `Version` and `Statement` alone; `Version`, if present,
    /// is ``currentVersion``; `Statement` is a non-empty list; each statement has only `Effect`
    /// Allow/Deny (any case), a non-empty `Action` (string or list) whose entries are
    /// well-formed (see ``ActionPattern/isWellFormed(_:)``), and a `Resource` that is a
    /// non-empty string or list of non-empty ids. Any other key is refused by name, never
    /// dropped: a `Condition` left out would widen what a statement allows.
    public static func validate(json: Data) -> [PolicyProblem] {
        let raw: RawDocument
        do {
            raw = try JSONDecoder().decode(RawDocument.self, from: json)
        } catch let error as DecodingError {
            return [PolicyProblem(statement: nil, message: PolicyDocumentError(error).message)]
        } catch {
            return [PolicyProblem(statement: nil, message: String(describing: error))]
        }
        return raw.problems()
    }

    /// The content problems of an already decoded (or hand-built) document: the same
    /// rules as ``validate(json:)`` minus those decoding already enforces.
    public var problems: [PolicyProblem] {
        RawDocument(
            version: .text(version),
            statements: statements.map { statement in
                RawStatement(effect: .text(statement.effect.rawValue),
                             action: .strings(statement.actions),
                             resource: .strings(statement.resources))
            }
        ).problems()
    }
}

/// A leniently decoded JSON value: whatever a field held, kept for reporting.
private enum RawValue: Decodable {
    case text(String)
    case strings([String])
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([String].self) {
            self = .strings(list)
        } else {
            self = .other
        }
    }
}

/// Any key of a JSON object, to find those a document should not have.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// The keys of the object `decoder` holds that are not `known`, in order.
    static func unknown(in decoder: any Decoder, known: [String]) -> [String] {
        guard let container = try? decoder.container(keyedBy: AnyKey.self) else { return [] }
        return container.allKeys.map(\.stringValue).filter { !known.contains($0) }.sorted()
    }

    /// Why `key` does not belong, with the known key it may have meant.
    static func problem(_ key: String, known: [String], owner: String) -> String {
        if key.lowercased() == "condition" {
            return "Condition is not part of Vultr's policy documents; limits of time and address go on role trusts"
        }
        return Suggest.unknownKey(key, known: known, owner: owner)
    }
}

/// A statement decoded without judging it, so every problem can be reported.
private struct RawStatement: Decodable {
    var effect: RawValue?
    var action: RawValue?
    var resource: RawValue?
    var unknownKeys: [String] = []

    static let keys = CodingKeys.allCases.map(\.rawValue)

    init(effect: RawValue?, action: RawValue?, resource: RawValue?) {
        self.effect = effect
        self.action = action
        self.resource = resource
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case effect = "Effect", action = "Action", resource = "Resource"
    }

    init(from decoder: any Decoder) throws {
        // A statement that is not even an object is reported, not thrown.
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else {
            self.init(effect: .other, action: .other, resource: nil)
            return
        }
        self.init(effect: try container.decodeIfPresent(RawValue.self, forKey: .effect),
                  action: try container.decodeIfPresent(RawValue.self, forKey: .action),
                  resource: try container.decodeIfPresent(RawValue.self, forKey: .resource))
        unknownKeys = AnyKey.unknown(in: decoder, known: Self.keys)
    }

    func problems(number: Int) -> [PolicyProblem] {
        var messages: [String] = []
        switch effect {
        case nil: messages.append("Effect is missing")
        case .text(let text) where PolicyEffect(caseInsensitive: text) != nil: break
        case .text(let text): messages.append("Effect must be \"Allow\" or \"Deny\", got \"\(text)\"")
        default: messages.append("Effect must be \"Allow\" or \"Deny\"")
        }
        switch action {
        case nil: messages.append("Action is missing")
        case .other: messages.append("Action must be a string or a list of strings")
        case .text(let one): messages += Self.actionProblems([one])
        case .strings(let list): messages += Self.actionProblems(list)
        }
        messages += unknownKeys.map { AnyKey.problem($0, known: Self.keys, owner: "a statement") }
        switch resource {
        // Written out, so that what a statement covers is never a default's.
        case nil: messages.append("Resource is missing; write \"*\" for every resource, or the ids")
        case .other: messages.append("Resource must be a string or a list of strings")
        case .text(let one): messages += Self.resourceProblems([one])
        case .strings(let list): messages += Self.resourceProblems(list)
        }
        return messages.map { PolicyProblem(statement: number, message: $0) }
    }

    static func actionProblems(_ actions: [String]) -> [String] {
        if actions.isEmpty { return ["Action is empty"] }
        return actions.filter { !ActionPattern.isWellFormed($0) }.map {
            "Action \"\($0)\" is not of the form service.resource.Operation or a wildcard such as compute.*"
        }
    }

    static func resourceProblems(_ resources: [String]) -> [String] {
        if resources.isEmpty { return ["Resource is empty; write \"*\" for every resource, or the ids"] }
        return resources.contains(where: { $0.allSatisfy(\.isWhitespace) })
            ? ["Resource contains an empty id"] : []
    }
}

/// A document decoded without judging it.
private struct RawDocument: Decodable {
    var version: RawValue?
    var statements: [RawStatement]?
    var statementIsList = true
    var unknownKeys: [String] = []

    init(version: RawValue?, statements: [RawStatement]?) {
        self.version = version
        self.statements = statements
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case version = "Version", statement = "Statement" }

    static let keys = CodingKeys.allCases.map(\.rawValue)

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        unknownKeys = AnyKey.unknown(in: decoder, known: Self.keys)
        version = try container.decodeIfPresent(RawValue.self, forKey: .version)
        if container.contains(.statement), (try? container.decodeNil(forKey: .statement)) == false {
            statements = try? container.decode([RawStatement].self, forKey: .statement)
            statementIsList = statements != nil
        }
    }

    func problems() -> [PolicyProblem] {
        var found = unknownKeys.map {
            PolicyProblem(statement: nil, message: AnyKey.problem($0, known: Self.keys, owner: "a document"))
        }
        switch version {
        case nil: break
        case .text(PolicyDocument.currentVersion): break
        case .text(let other):
            found.append(.init(statement: nil, message: "Version must be \"\(PolicyDocument.currentVersion)\", got \"\(other)\""))
        default:
            found.append(.init(statement: nil, message: "Version must be \"\(PolicyDocument.currentVersion)\""))
        }
        guard statementIsList else {
            found.append(.init(statement: nil, message: "Statement must be a list of statements"))
            return found
        }
        guard let statements else {
            found.append(.init(statement: nil, message: "Statement is missing"))
            return found
        }
        if statements.isEmpty {
            found.append(.init(statement: nil, message: "Statement is empty"))
        }
        for (offset, statement) in statements.enumerated() {
            found += statement.problems(number: offset + 1)
        }
        return found
    }
}
