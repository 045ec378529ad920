import VultrAPI

/// Whom or what one change is to: a user of the account, or an object of its organization
/// (a group, role, policy, trust or invitation).
enum ChangeSubject: Sendable {
    case user(User)
    case object(OrganizationObject)

    /// The user or object's id (empty for one not created yet).
    var id: String {
        switch self {
        case .user(let user): user.id
        case .object(let object): object.id
        }
    }

    /// The user's email; objects have none.
    var email: String? {
        if case .user(let user) = self { user.email } else { nil }
    }

    /// How people know it: a user's email (else id), `group contractors`.
    var label: String {
        switch self {
        case .user(let user): user.label
        case .object(let object): object.label
        }
    }

    /// The user, when the change is to one.
    var user: User? {
        if case .user(let user) = self { user } else { nil }
    }

    /// The command that shows where it stands now, for a change whose outcome is unknown.
    var checkCommand: String {
        switch self {
        case .user(let user): "show \(user.label)"
        case .object(let object): object.checkCommand
        }
    }
}

/// An object of the organization as a change names it.
public struct OrganizationObject: Sendable, Codable, Equatable {
    /// What it is.
    public enum Kind: String, Sendable, Codable {
        case group, role, policy, trust, invitation

        /// The kind of a group, role or policy.
        init(_ noun: IAMNoun) {
            self = switch noun {
            case .group: .group
            case .role: .role
            case .policy: .policy
            }
        }
    }

    var kind: Kind
    var id: String
    /// Its name (a trust's role name, an invitation's email).
    var name: String

    /// `group contractors`.
    var label: String { "\(kind.rawValue) \(name)" }

    var checkCommand: String {
        switch kind {
        case .group, .role, .policy: "show \(kind.rawValue) \(name)"
        case .trust: "ls trusts \(name)"
        case .invitation: "ls invitations"
        }
    }
}
