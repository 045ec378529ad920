import VultrValues

/// Why a written action name is taken for a typo, with the name most likely meant.
public struct ActionTypo: Error, Sendable, Hashable, CustomStringConvertible {
    /// `unknown resource 'instanse' in 'compute.instanse.List'; did you mean 'compute.instance.List'? (…)`.
    public let description: String
}

extension ActionCatalog {
    /// `text` checked against the catalog: spelled as the catalog spells it when listed; as
    /// written when it is a pattern past its first `*`, or names a part of the API the list does
    /// not cover (the list is partial); a typo when it is not of the form service.resource.Operation,
    /// or when a service, resource or operation is a near miss of a listed one.
    public func spelling(of text: String) -> Result<String, ActionTypo> {
        guard ActionPattern.isWellFormed(text) else {
            let meant = Suggest.didYouMean(text, among: actions) ?? ""
            return .failure(ActionTypo(description: "'\(text)' is not an action; actions are service.resource.Operation, e.g. compute.instance.Delete" + meant))
        }
        if let known = actions.first(where: { $0.lowercased() == text.lowercased() }) { return .success(known) }
        // Level by level (service, resource, operation): an unlisted name close to a listed one
        // is a typo; one close to none is a part of the API the list does not cover.
        let typed = text.split(separator: ".").map(String.init)
        var listed = actions.map { $0.split(separator: ".").map(String.init) }
        let levels = ["service", "resource", "operation"]
        for (level, name) in zip(levels.indices, typed) {
            // What a wildcard stands for cannot be checked, nor what follows it.
            if name.contains("*") { return .success(text) }
            let names = listed.map { $0[level] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let matching = listed.filter { $0[level].lowercased() == name.lowercased() }
            guard matching.isEmpty else { listed = matching; continue }
            guard let suggestion = Suggest.closest(name, among: names) else { return .success(text) }
            let prefix = typed.prefix(level).joined(separator: ".")
            let meant = (typed.prefix(level) + [suggestion] + typed.dropFirst(level + 1)).joined(separator: ".")
            return .failure(ActionTypo(description: "unknown \(levels[level]) '\(name)' in '\(text)'; did you mean '\(meant)'?"
                + " (\(prefix.isEmpty ? "services" : prefix) \(prefix.isEmpty ? "are" : "has") \(names.joined(separator: ", ")))"))
        }
        return .success(text)
    }
}

extension PolicyDocument {
    /// The actions of its statements that `catalog` takes for typos, as problems by statement:
    /// what vus checks in a document it is given (a file, a users document) before sending it,
    /// as it checks the actions written in a command.
    public func actionTypos(catalog: ActionCatalog = .published) -> [PolicyProblem] {
        statements.enumerated().flatMap { index, statement in
            statement.actions.compactMap { action -> PolicyProblem? in
                guard case .failure(let typo) = catalog.spelling(of: action) else { return nil }
                return PolicyProblem(statement: index + 1, message: typo.description)
            }
        }
    }
}
