import VultrAPI

/// Finds a group, role or policy by the name written (any case): one that is not there is an
/// error naming the closest one, never a guess.
enum NamedEntity {
    static func find<T>(_ name: String, in items: [T], noun: IAMNoun, name itemName: (T) -> String) throws -> T {
        if let found = items.first(where: { itemName($0).lowercased() == name.lowercased() }) { return found }
        let names = items.map(itemName)
        let suggestion = Suggest.didYouMean(name, among: names) ?? "; 'ls \(noun.plural)' lists them"
        throw ShellError("no \(noun.rawValue) named '\(name)'\(suggestion)")
    }
}
