extension CommandCatalog {
    /// Commands that look at or change users, keys and allowlists.
    static let userCommands: [CommandSpec] = [
        CommandSpec(
            name: "ls", subcommands: ["users", "acls", "keys", "allow"],
            usage: ["ls users [filters...]", "ls acls", "ls keys [user]", "ls allow [user]"],
            summary: "List users, ACL names, API keys or allowlisted subnets",
            details: """
            List users (all, or those matching every key=value filter), the ACL names, \
            or the API keys or IP allowlist of one user (the selection by default). \
            Filters: acl, api, email, id, name, service, status; email, id and name take \
            globs (* and ?). Rows are numbered so later commands can say #N.
              ls users
              ls users acl=billing api=on
              ls keys #2
            """,
            argumentHint: "users|acls|keys|allow"),
        CommandSpec(
            name: "use", subcommands: ["users", "-"],
            usage: ["use <user>", "use users <filters...>", "use", "use -"],
            summary: "Select the user(s) that later commands act on",
            details: """
            Select one user by id, email, unambiguous prefix or row number (#N), or every \
            user matching the filters. Without arguments, show the selection; 'use -' clears it.
              use alice@example.com
              use users email=*@contractor.example
              use -
            """,
            argumentHint: "<id|email|#N>"),
        CommandSpec(
            name: "show", usage: ["show [user]"],
            summary: "Show one user's details",
            details: """
            Show a user's id, name, email, status, ACLs and API state; the selection by default.
              show
              show #3
            """,
            argumentHint: "[id|email|#N]"),
        CommandSpec(
            name: "whoami", usage: ["whoami"],
            summary: "Show the account the API key belongs to",
            details: """
            Show the Vultr account (name, email) that the configured API key acts on.
              whoami
            """),
        CommandSpec(
            name: "api", subcommands: ["on", "off"],
            usage: ["api [user]", "api on|off [user]"],
            summary: "Show or change a user's API access",
            details: """
            Show whether API access is enabled, or turn it on or off, for one user \
            (the selection by default). yes/no and true/false work too.
              api
              api off bob@example.com
            """,
            argumentHint: "on|off [id|email|#N]"),
        CommandSpec(
            name: "acl", subcommands: ["add", "rm", "set"],
            usage: ["acl add <acl>...", "acl rm <acl>...", "acl set [acl...]"],
            summary: "Change the ACLs of the selected users",
            details: """
            Grant (add) or revoke (rm) ACLs, or replace them all (set) for every selected \
            user. 'acl set' without names removes all ACLs. Names may also be comma-separated; \
            'ls acls' lists them.
              acl add billing support
              acl rm manage_users
              acl set dns,firewall
            """,
            argumentHint: "add|rm|set <acl>..."),
        CommandSpec(
            name: "email", usage: ["email <new-email>"],
            summary: "Change the selected user's email address",
            details: """
            Change the email address (the login) of the one selected user.
              email alice@new.example.com
            """,
            argumentHint: "<new-email>"),
        CommandSpec(
            name: "create", subcommands: ["user"],
            usage: ["create user <email> first=<name> last=<name> [acl=a,b] [api=on|off] [service] [password=<pw>]"],
            summary: "Create a user",
            details: """
            Create a user with the given email and name. acl= takes comma-separated ACL \
            names; 'service' makes a service user; without password= the API invites the \
            user by email. Options may come in any order.
              create user carol@example.com first=Carol last=Diaz acl=billing,support
              create user ci@example.com first=CI last=Bot service api=on
            """,
            argumentHint: "user <email> first=<name> last=<name>"),
        CommandSpec(
            name: "rm", subcommands: ["user"],
            usage: ["rm user [user]"],
            summary: "Delete a user",
            details: """
            Delete a user (the selection by default). This cannot be undone.
              rm user bob@example.com
              rm user
            """,
            argumentHint: "user [id|email|#N]"),
        CommandSpec(
            name: "key", subcommands: ["new", "rm"],
            usage: ["key new [name] [expires=DATE]", "key rm <key-id>"],
            summary: "Create or delete API keys of the selected user",
            details: """
            Create an API key for the selected user, optionally named and expiring \
            (DATE is YYYY-MM-DD or a full ISO 8601 time like 2025-12-31T23:59:59Z), \
            or delete a key by id ('ls keys' shows the ids).
              key new deploy expires=2025-12-31
              key rm 7f3c2a10-...
            """,
            argumentHint: "new|rm"),
        CommandSpec(
            name: "allow", subcommands: ["add", "rm"],
            usage: ["allow add <cidr>", "allow rm <cidr>"],
            summary: "Change the API IP allowlist of the selected user",
            details: """
            Allow API access from a subnet, or stop allowing it. A bare address means \
            that single host (/32 for IPv4, /128 for IPv6).
              allow add 203.0.113.0/24
              allow rm 2001:db8::1
            """,
            argumentHint: "add|rm <cidr>"),
    ]
}
