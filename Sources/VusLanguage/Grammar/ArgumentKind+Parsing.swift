import Foundation
import VultrAccess
import VultrAPI

/// What checking a word needs besides the word.
struct ArgumentParsingContext {
    let acls: ACLNames
    let commands: CommandSyntaxTable
}

extension ArgumentKind {
    /// Checks `word` and gives its value, or a diagnostic at the word that says what was
    /// expected (with a suggestion when one is close).
    func parse(_ word: Word, name: String, in context: ArgumentParsingContext) throws(Diagnostic) -> ArgumentValue {
        func failure(_ message: String) -> Diagnostic { Diagnostic(location: word.location, message: message) }
        let text = word.text
        switch self {
        case .user:
            return .user(try UserReferenceSyntax.parse(word))
        case .filter:
            return .filter(try FilterParser.parse(word, acls: context.acls))
        case .acl:
            return .acls(try context.acls.resolveList(word))
        case .toggle:
            guard let toggle = Toggle(text) else {
                throw failure(Messages.valueExpected(name, ["on", "off"], got: text))
            }
            return .toggle(toggle.isOn)
        case .email:
            guard text.contains("@"), !text.hasPrefix("@"), !text.hasSuffix("@") else {
                throw failure("'\(text)' is not an email address")
            }
            return .text(text)
        case .keyID(let allowsAll):
            if allowsAll, !word.wasQuoted, text.lowercased() == "all" { return .text("all") }
            guard IdentifierSyntax.looksLikeID(text) else {
                let choices = allowsAll ? ["all"] : []
                throw failure("'\(text)' is not an API key id; expected an id from 'ls keys'"
                    + (allowsAll ? " or 'all'" : "") + (Suggest.didYouMean(text, among: choices) ?? ""))
            }
            return .text(text)
        case .cidr:
            switch CIDRBlock.parse(text) {
            case .success(let block): return .cidr(block)
            case .failure(let error): throw failure(error.description)
            }
        case .path:
            guard !text.isEmpty else { throw failure("the file name can't be empty") }
            // `~/` as a shell expands it (completion offers it); a quoted `~` stays literal.
            return .text(word.wasQuoted ? text : PathSyntax.expandingHome(text))
        case .date:
            let now = Date()
            guard let date = ExpiryDate.parse(text) ?? Age(text)?.after(now) else {
                throw failure("\(name) takes a date like 2027-12-31 or 2027-12-31T23:59:59Z, or a time from now like 30d or 12w, got '\(text)'")
            }
            // Every date a command takes is when something ends: one already past is a typo.
            guard date > now else { throw failure("\(name)=\(text) is in the past; give a later date, or a time from now like 30d") }
            return .date(date)
        case .age:
            guard let age = Age(text) else { throw failure("\(name) takes an age like 30d (days) or 12w (weeks), got '\(text)'") }
            return .age(age)
        case .choice(let choices):
            guard let match = choices.first(where: { $0 == text.lowercased() }) else {
                throw failure(Messages.valueExpected(name, choices, got: text))
            }
            return .text(match)
        case .commandName:
            guard let verb = context.commands.canonicalVerb(text) else {
                throw failure(context.commands.unknownCommandMessage(text))
            }
            return .text(verb)
        case .action:
            return .text(try ActionNameSyntax.parse(word))
        case .statementWord:
            if !word.wasQuoted, let effect = PolicyEffectWord(rawValue: text.lowercased()) { return .text(effect.rawValue) }
            return .text(try ActionNameSyntax.parse(word, allowsPatterns: true))
        case .variableName:
            guard VariableName.isValid(text) else {
                if let equals = text.firstIndex(of: "=") {
                    let name = text[..<equals], value = text[text.index(after: equals)...]
                    throw failure("write a space on each side of '=': let \(name) = \(value)")
                }
                throw failure("invalid variable name '\(text)'; names are letters, digits and '_', not starting with a digit")
            }
            return .text(text)
        case .literal(let expected):
            guard text == expected else { throw failure("expected '\(expected)', got '\(text)'") }
            return .text(text)
        case .newName:
            guard !text.isEmpty else { throw failure("a name cannot be empty") }
            guard text.trimmingCharacters(in: .whitespaces) == text else { throw failure("'\(text)' has spaces at its ends; a name cannot") }
            guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw failure("a name cannot contain control characters")
            }
            return .text(text)
        case .text, .named, .namedByKeyword:
            return .text(text)
        }
    }
}

/// How an action is written: `service.resource.Operation`, and where a policy is written, a
/// pattern with `*` (`compute.*`, `*.*.Read`). A name Vultr's
/// published list holds is taken as it is; so is one of a service or resource the list does not
/// cover (the list is partial). A near miss of a listed service, resource or operation is a typo:
/// an error with the closest name, before anything runs.
enum ActionNameSyntax {
    static func parse(_ word: Word, allowsPatterns: Bool = false) throws(Diagnostic) -> String {
        let text = word.text
        guard allowsPatterns || !text.contains("*") else {
            throw Diagnostic(location: word.location,
                             message: "'\(text)' is a pattern; ask about one action, e.g. compute.instance.Delete ('ls access' shows what patterns cover)")
        }
        switch ActionCatalog.published.spelling(of: text) {
        case .success(let spelled): return spelled
        case .failure(let typo): throw Diagnostic(location: word.location, message: typo.description)
        }
    }
}

/// How a user must be written: the parser refuses a word that could not name a user, so a typo
/// of a keyword (`api of`) is an error rather than a lookup.
enum UserReferenceSyntax {
    static func parse(_ word: Word) throws(Diagnostic) -> UserRef {
        let text = word.text
        func failure(_ message: String) -> Diagnostic { Diagnostic(location: word.location, message: message) }
        if !word.wasQuoted, text.hasPrefix("#") {
            let digits = text.dropFirst()
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else {
                throw failure("invalid row reference '\(text)'; rows are written #N with N from 1, e.g. #3")
            }
            guard let row = Int(digits) else { throw failure("row number '\(text)' is too large") }
            guard row >= 1 else { throw failure("row numbers start at 1, got '\(text)'") }
            return .row(row)
        }
        if text.contains("@") || IdentifierSyntax.looksLikeID(text) { return .text(text) }
        throw failure("'\(text)' is not a user; name one by email, id or #N (a row of the last listing)")
    }
}

/// Vultr ids are UUIDs: a word is taken for one (or a prefix of one) only if it is made of hex
/// digits and dashes and has a digit or at least 8 characters, so that words like `off` or
/// `all` never pass for ids.
public enum IdentifierSyntax {
    static func looksLikeID(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 36,
              text.allSatisfy({ $0.isASCII && ($0.isHexDigit || $0 == "-") }), text.first != "-" else { return false }
        return text.contains(where: \.isASCIIDigit) || text.count >= 8
    }

    /// A whole Vultr id (a UUID), not a prefix of one.
    public static func isFullID(_ text: String) -> Bool {
        text.count == 36 && text.filter { $0 == "-" }.count == 4 && looksLikeID(text)
    }
}

/// How a path argument is written.
public enum PathSyntax {
    /// `~/…` as a shell expands it, for paths and their completion alike.
    public static func expandingHome(_ text: String) -> String {
        text.hasPrefix("~/") ? NSHomeDirectory() + text.dropFirst() : text
    }
}
