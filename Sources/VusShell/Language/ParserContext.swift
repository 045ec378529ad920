/// What the parser needs to know besides the source text itself.
public struct ParserContext: Sendable {
    /// The name used in every `SourceLocation`, e.g. `offboard.vus`.
    public var sourceName: String
    /// Variables defined so far (by earlier `set NAME VALUE` commands);
    /// consulted before `environment`.
    public var variables: [String: String]
    /// The process environment, the fallback for `$NAME`.
    public var environment: [String: String]
    /// The ACL names the account accepts; passed in rather than hard-coded so
    /// the parser follows the API if Vultr adds or renames ACLs.
    public var knownACLs: [String]

    /// The 14 ACL names Vultr documents for sub-account users.
    public static let defaultACLs: [String] = [
        "abuse", "activity_logs", "alerts", "billing", "dns", "firewall",
        "loadbalancer", "manage_users", "objstore", "provisioning",
        "subscriptions", "subscriptions_view", "support", "upgrade",
    ]

    /// Creates a context.
    public init(
        sourceName: String,
        variables: [String: String] = [:],
        environment: [String: String] = [:],
        knownACLs: [String] = ParserContext.defaultACLs
    ) {
        self.sourceName = sourceName
        self.variables = variables
        self.environment = environment
        self.knownACLs = knownACLs
    }
}
