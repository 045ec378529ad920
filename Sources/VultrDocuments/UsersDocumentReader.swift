import Foundation
import Yams

/// The one reader of users documents (what `vus export users` writes, YAML or JSON), shared by
/// `plan`, `apply` and `vus-sandbox --from`. A document is checked whole before anything is done
/// with it, and every problem is reported at its `file:line:col`:
/// - a directory, a device or a pipe, or a file over 16 MB, is refused before it is read
///   (``NamedFile``);
/// - YAML aliases are refused as they are met (a users document has no use for them), so an alias
///   bomb costs no more than its text;
/// - unknown keys are errors naming the key and the keys there are; unknown ACLs are errors with
///   a suggestion; duplicate emails are errors naming both lines;
/// - control characters, malformed emails and values of the wrong type are errors.
public enum UsersDocumentReader {
    /// The largest document read.
    public static let maximumBytes = 16 << 20
    /// The keys a user entry takes, in the order `export users` writes them.
    public static let keys = UsersDocumentEntry.CodingKeys.allCases.map(\.rawValue)
    /// Problems listed before the rest are counted.
    static let listed = 20

    /// Reads and checks the document at `path`.
    public static func read(path: String, knownACLs: Set<String>) throws(UsersDocumentError) -> UsersDocumentContent {
        let data: Data
        switch NamedFile.bytes(at: path, maximumSize: maximumBytes) {
        case .success(let bytes): data = bytes
        case .failure(let refusal): throw UsersDocumentError(path, [.init(line: 1, column: 1, message: "cannot be read: \(refusal)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UsersDocumentError(path, [.init(line: 1, column: 1, message: "is not UTF-8 text")])
        }
        return try parse(text, path: path, knownACLs: knownACLs)
    }

    /// Checks `text`, named `path` in what it reports.
    public static func parse(_ text: String, path: String, knownACLs: Set<String>) throws(UsersDocumentError) -> UsersDocumentContent {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw UsersDocumentError(path, [syntaxProblem(error)])
        }
        var checker = UsersDocumentChecker(knownACLs: knownACLs)
        let content = checker.document(root)
        guard checker.problems.isEmpty else { throw UsersDocumentError(path, checker.problems) }
        return content
    }

    /// Where and why YAML could not be read.
    static func syntaxProblem(_ error: any Error) -> UsersDocumentError.Problem {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return .init(line: mark.line, column: mark.column, message: "not valid YAML: \(text)")
        case .reader(let problem, _, _, _):
            return .init(line: 1, column: 1, message: "not readable as YAML: \(problem)")
        default:
            return .init(line: 1, column: 1, message: "not valid YAML: \(error)")
        }
    }
}

/// One user as a users document gives it (and as `export users` writes it, in this field order),
/// with the line it starts on when it was read.
public struct UsersDocumentEntry: Codable, Sendable, Equatable {
    public var email: String
    public var firstName: String
    public var lastName: String
    public var serviceUser: Bool?
    public var apiEnabled: Bool?
    public var acls: [String]?
    /// Subnets as written (`203.0.113.0/24`); absent means "not managed by this document".
    public var allowlist: [String]?
    /// The groups they are a member of, the roles and the policies given to them directly, by
    /// name; absent means "not managed by this document".
    public var groups: [String]?
    public var roles: [String]?
    public var policies: [String]?
    /// For creating the user: `${NAME}` names a variable.
    public var password: String?
    /// Where the entry starts in the document read; 0 for one not read from a file. Never written.
    public var line: Int

    /// The keys of a user entry, as documents spell them.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case email, firstName = "first_name", lastName = "last_name", serviceUser = "service_user"
        case apiEnabled = "api_enabled", acls, allowlist, groups, roles, policies, password
    }

    public init(email: String, firstName: String, lastName: String, serviceUser: Bool? = nil, apiEnabled: Bool? = nil,
                acls: [String]? = nil, allowlist: [String]? = nil, groups: [String]? = nil, roles: [String]? = nil,
                policies: [String]? = nil, password: String? = nil, line: Int = 0) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.serviceUser = serviceUser
        self.apiEnabled = apiEnabled
        self.acls = acls
        self.allowlist = allowlist
        self.groups = groups
        self.roles = roles
        self.policies = policies
        self.password = password
        self.line = line
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(email: try values.decode(String.self, forKey: .email), firstName: try values.decode(String.self, forKey: .firstName),
                  lastName: try values.decode(String.self, forKey: .lastName),
                  serviceUser: try values.decodeIfPresent(Bool.self, forKey: .serviceUser),
                  apiEnabled: try values.decodeIfPresent(Bool.self, forKey: .apiEnabled),
                  acls: try values.decodeIfPresent([String].self, forKey: .acls),
                  allowlist: try values.decodeIfPresent([String].self, forKey: .allowlist),
                  groups: try values.decodeIfPresent([String].self, forKey: .groups),
                  roles: try values.decodeIfPresent([String].self, forKey: .roles),
                  policies: try values.decodeIfPresent([String].self, forKey: .policies),
                  password: try values.decodeIfPresent(String.self, forKey: .password))
    }
}

/// Two entries are the same user entry whatever lines they were read from.
extension UsersDocumentEntry {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.email, lhs.firstName, lhs.lastName, lhs.serviceUser, lhs.apiEnabled, lhs.password)
            == (rhs.email, rhs.firstName, rhs.lastName, rhs.serviceUser, rhs.apiEnabled, rhs.password)
            && lhs.acls == rhs.acls && lhs.allowlist == rhs.allowlist
            && lhs.groups == rhs.groups && lhs.roles == rhs.roles && lhs.policies == rhs.policies
    }
}

/// Why a users document was refused: each problem at its `file:line:col`, the first twenty listed.
public struct UsersDocumentError: Error, CustomStringConvertible, Sendable {
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    public let path: String
    public let problems: [Problem]

    init(_ path: String, _ problems: [Problem]) {
        self.path = path
        self.problems = problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// One line per problem: `users.yaml:4:5: unknown key 'acl'; …`.
    public var description: String {
        var lines = problems.prefix(UsersDocumentReader.listed).map { "\(path):\($0.line):\($0.column): \($0.message)" }
        if problems.count > UsersDocumentReader.listed { lines.append("\(path): and \(problems.count - UsersDocumentReader.listed) more problems") }
        return lines.joined(separator: "\n")
    }
}
