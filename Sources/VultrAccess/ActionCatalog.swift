/// The set of action names known to exist, used to expand wildcards into the concrete
/// actions they cover (e.g. for "what can this user do?").
///
/// ``published`` holds Vultr's published action maps; a custom catalog can be made
/// from any list. Matching ignores case; results keep the catalog's spelling and order.
public struct ActionCatalog: Sendable, Hashable {
    /// Every known action name, in catalog order, without duplicates.
    public let actions: [String]
    private let foldedActions: [[UInt8]]

    /// Creates a catalog; duplicate names (ignoring case) keep their first spelling.
    public init(actions: [String]) {
        var seen = Set<String>()
        var kept: [String] = []
        for action in actions where seen.insert(action.lowercased()).inserted {
            kept.append(action)
        }
        self.actions = kept
        foldedActions = kept.map { Array($0.lowercased().utf8) }
    }

    /// Vultr's published actions as of 2026 (see `PublishedActions.swift`).
    public static let published = ActionCatalog(actions: PublishedActions.all)

    /// Whether the catalog knows the action (ignoring case).
    public func contains(_ action: String) -> Bool {
        let folded = Array(action.lowercased().utf8)
        return foldedActions.contains(folded)
    }

    /// The known actions a pattern covers, in catalog order. A concrete pattern
    /// gives at most itself (in catalog spelling); an unknown one gives nothing.
    public func expand(_ pattern: ActionPattern) -> [String] {
        zip(actions, foldedActions).compactMap { action, folded in
            pattern.matches(folded: folded) ? action : nil
        }
    }

    /// ``expand(_:)`` for pattern text.
    public func expand(_ pattern: String) -> [String] {
        expand(ActionPattern(pattern))
    }

    /// The distinct service prefixes (`account`, `compute`, …, `user`), in catalog order.
    public var services: [String] {
        var seen = Set<String>()
        return actions.compactMap { action in
            let service = String(action.prefix { $0 != "." })
            return seen.insert(service).inserted ? service : nil
        }
    }
}
