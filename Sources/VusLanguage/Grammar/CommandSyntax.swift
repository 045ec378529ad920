/// Everything the shell knows about one command form: the words that select it, its typed
/// parameters and options, and its help. Parsing, Tab completion, hints, usage lines and `help`
/// are all derived from it, so they cannot disagree.
public struct CommandSyntax: Sendable {
    /// The command word, e.g. `ls`.
    public var verb: String
    /// Other spellings of the command word, e.g. `quit` for `exit`.
    public var verbAliases: [String] = []
    /// The word after the verb that selects this form (`users` in `ls users`); several for forms
    /// like `api on|off`. Empty for a form chosen by its verb alone.
    public var keywords: [Keyword] = []
    public var parameters: [Parameter] = []
    public var options: [OptionSpec] = []
    /// One line for the `help` overview.
    public var summary: String
    /// A paragraph for `help <command>`.
    public var details: String
    /// Lines that work as written against the sandbox (a test runs every one).
    public var examples: [String]
    /// Whether running it changes the account (dry-run and confirmations guard these).
    public var changesAccount = false
    /// Whether it talks to the account; a script of only such commands needs no API key.
    public var needsAccount = true
    /// The keywords with which this form takes away what its words name, or the links to it
    /// (`rm` in `group rm NAME`; every keyword of `rm group|role|policy NAME`): a name already
    /// gone is then its work done.
    public var removingKeywords: [String] = []
    /// Whether running it may make groups, roles, policies or users its words do not name
    /// (`apply`, `undo`, `restore`, `source`): the names later lines use cannot be checked
    /// before the run.
    public var mayMakeUnnamed = false
    /// Added to the error for an unknown word after the verb (e.g. how to define variables).
    public var keywordHint: String?

    /// A keyword and the other words accepted for it (`on`: `yes`, `true`).
    public struct Keyword: Sendable, Equatable, ExpressibleByStringLiteral {
        public var word: String
        public var aliases: [String]

        public init(_ word: String, aliases: [String] = []) {
            self.word = word
            self.aliases = aliases
        }

        public init(stringLiteral value: String) { self.init(value) }

        /// Whether `text` (any case) is this keyword or one of its aliases.
        func matches(_ text: String) -> Bool {
            let lowered = text.lowercased()
            return lowered == word || aliases.contains(lowered)
        }
    }

    /// Creates a syntax.
    public init(verb: String, verbAliases: [String] = [], keywords: [Keyword] = [], parameters: [Parameter] = [],
                options: [OptionSpec] = [], summary: String, details: String, examples: [String],
                changesAccount: Bool = false, needsAccount: Bool = true, removingKeywords: [String] = [],
                mayMakeUnnamed: Bool = false, keywordHint: String? = nil) {
        self.verb = verb
        self.verbAliases = verbAliases
        self.keywords = keywords
        self.parameters = parameters
        self.options = options
        self.summary = summary
        self.details = details
        self.examples = examples
        self.changesAccount = changesAccount
        self.needsAccount = needsAccount
        self.removingKeywords = removingKeywords
        self.mayMakeUnnamed = mayMakeUnnamed
        self.keywordHint = keywordHint
    }

    /// The synopsis, e.g. `api on|off [user]` or `create user <email> first=<name> ...`.
    public var usage: String {
        ([verb] + [arguments].filter { !$0.isEmpty }).joined(separator: " ")
    }

    /// What follows the verb in the synopsis; the inline hint shows it.
    public var arguments: String {
        var parts: [String] = []
        if !keywords.isEmpty { parts.append(keywords.map(\.word).joined(separator: "|")) }
        parts += parameters.map(\.usage)
        parts += options.map(\.usage)
        return parts.joined(separator: " ")
    }
}
