/// A command with its arguments checked and typed.
public enum Command: Sendable, Equatable {
    /// `ls users [filters...]`.
    case listUsers([Filter])
    /// `ls acls`.
    case listACLs
    /// `ls keys [user]`; `nil` means the selection.
    case listKeys(UserRef?)
    /// `ls allow [user]`; `nil` means the selection.
    case listAllowlist(UserRef?)
    /// `use <user>`.
    case use(UserRef)
    /// `use users <filters...>` (at least one filter).
    case useUsers([Filter])
    /// `use` alone.
    case showSelection
    /// `use -`.
    case clearSelection
    /// `show [user]`; `nil` means the selection.
    case show(UserRef?)
    /// `whoami`.
    case whoami
    /// `api [user]`; `nil` means the selection.
    case apiShow(UserRef?)
    /// `api on|off [user]`; `nil` means the selection.
    case apiSet(Bool, UserRef?)
    /// `acl add|rm|set <acl>...` with canonical ACL names.
    case acl(ACLChange, [String])
    /// `email <new-email>`.
    case email(String)
    /// `create user ...`.
    case createUser(NewUserSpec)
    /// `rm user [user]`; `nil` means the selection.
    case removeUser(UserRef?)
    /// `key new [name] [expires=DATE]`.
    case newKey(name: String?, expires: String?)
    /// `key rm <key-id>`.
    case removeKey(String)
    /// `allow add|rm <cidr>`.
    case allow(AllowChange, CIDR)
    /// `set ...`.
    case set(Setting)
    /// `echo [text...]`: the words joined by one space.
    case echo(String)
    /// `source <file>`.
    case source(String)
    /// `help [command]`: the canonical command name, or `nil` for the overview.
    case help(String?)
    /// `exit` or `quit`.
    case exit

    /// Whether running the command changes the account, so dry-run mode and
    /// confirmations know what to guard.
    public var isMutation: Bool {
        switch self {
        case .apiSet, .acl, .email, .createUser, .removeUser, .newKey, .removeKey, .allow:
            return true
        case .listUsers, .listACLs, .listKeys, .listAllowlist, .use, .useUsers, .showSelection,
             .clearSelection, .show, .whoami, .apiShow, .set, .echo, .source, .help, .exit:
            return false
        }
    }
}
