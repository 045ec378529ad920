extension CommandSyntax {
    /// The parameter a word goes to when the words before it have filled those before `position`:
    /// `position` itself, or the next one when `position` is optional, the next takes filters and
    /// the word is a filter (`who can ACTION [RESOURCE] [filter...]`: `who can x api=on` filters,
    /// it does not ask about a resource named `api=on`). Quoted, the word fills the optional one.
    func parameterPosition(for text: String, quoted: Bool, at position: Int) -> Int {
        guard position + 1 < parameters.count, case .optional = parameters[position].arity,
              parameters[position + 1].kind == .filter, !quoted,
              let (key, _, _) = FilterParser.split(text), FilterKey(rawValue: key.lowercased()) != nil else { return position }
        return position + 1
    }
}
