/// What Tab can complete at the cursor.
public struct Completions: Sendable, Equatable {
    /// The part of the current word already typed (what the candidates replace).
    public var partial: String
    /// Whole words that could stand there, each starting with `partial`.
    public var candidates: [String]
    /// Whether a unique completion is followed by a space (not after `key=` or a directory).
    public var appendsSpace: Bool

    public init(partial: String, candidates: [String], appendsSpace: Bool = true) {
        self.partial = partial
        self.candidates = candidates
        self.appendsSpace = appendsSpace
    }

    /// The longest text every candidate starts with.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// What the line editor asks of the shell while a line is typed.
public struct LineEditingHooks: Sendable {
    /// Completions for the text before the cursor.
    public var complete: @Sendable (String) -> Completions
    /// A hint for the arguments of the command being typed (e.g. `<id|email|#N>`), or nil.
    public var hint: @Sendable (String) -> String?

    public init(complete: @escaping @Sendable (String) -> Completions, hint: @escaping @Sendable (String) -> String?) {
        self.complete = complete
        self.hint = hint
    }
}
