import VultrAPI

/// Finds a group, role or policy by the name written (any case): one that is not there is an
/// error naming the closest one, never a guess.
enum NamedEntity {
    static func find<T>(_ name: String, in items: [T], noun: IAMNoun, name itemName: (T) -> String) throws(NameNotFound) -> T {
        if let found = items.first(where: { itemName($0).lowercased() == name.lowercased() }) { return found }
        throw NameNotFound(noun: noun, name: name, among: items.map(itemName))
    }

    /// Every item `name` names: the one of that name, or, for a pattern with `*` or `?`, each one
    /// it matches (at least one).
    static func matching<T>(_ name: String, in items: [T], noun: IAMNoun, name itemName: (T) -> String) throws -> [T] {
        guard Glob.hasWildcards(name) else { return [try find(name, in: items, noun: noun, name: itemName)] }
        let matching = items.filter { Glob.matches(name, itemName($0)) }
        guard !matching.isEmpty else { throw NamePatternUnmatched(noun: noun, pattern: name) }
        return matching
    }
}

/// No group, role or policy matches the pattern written.
struct NamePatternUnmatched: Error, CustomStringConvertible {
    let noun: IAMNoun
    let pattern: String

    var description: String { "no \(noun.rawValue) matches '\(pattern)'; 'ls \(noun.plural)' lists them" }
}

/// No group, role or policy has the name written.
struct NameNotFound: Error, CustomStringConvertible {
    let noun: IAMNoun
    let name: String
    /// The names there are, for the closest one.
    let among: [String]

    var description: String {
        "no \(noun.rawValue) named '\(name)'" + (Suggest.didYouMean(name, among: among) ?? "; 'ls \(noun.plural)' lists them")
    }
}
