/// What a command did, as data: the renderer prints it in the session's format and the runner
/// decides from `ending` what comes next.
public struct CommandResult: Sendable {
    /// The data a command produces.
    public enum Output: Sendable {
        /// Rows of records (`ls`, `use`).
        case list(RecordList)
        /// One record (`show`, `whoami`).
        case record(any Record)
        /// What each change did to each user.
        case changes([ChangeRecord])
        /// Plain text (`echo`, `help`).
        case text(String)
        /// A document printed as it is (`review`'s Markdown).
        case document(String)
        /// A users document under its header comment, which the renderer writes as YAML, or as
        /// JSON under `--format json` or `jsonl` (`export users`).
        case usersDocument(UsersDocument, header: [String])

        /// Whether it is a file's content, whose notes never mix into it.
        var isDocument: Bool {
            switch self {
            case .document, .usersDocument: true
            case .list, .record, .changes, .text: false
            }
        }
    }

    /// How the command ended.
    public enum Ending: Sendable, Equatable {
        case completed
        /// It ran, and part or all of it failed; the message says what.
        case failed(String)
        /// Ctrl-C stopped it; the output says what had been done.
        case interrupted
        /// `exit`.
        case exit
        /// Run this file's commands next.
        case source(String)
        /// It ran, and found the account differs from what was asked (`plan`: exit status 3).
        case differs
    }

    public var output: Output?
    /// Messages about what happened, for people (stderr under json, yaml and csv).
    public var notes: [String]
    public var ending: Ending

    /// Creates a result.
    public init(_ output: Output? = nil, notes: [String] = [], ending: Ending = .completed) {
        self.output = output
        self.notes = notes
        self.ending = ending
    }

    /// Only a note.
    public static func note(_ text: String) -> CommandResult { CommandResult(notes: [text]) }
}
