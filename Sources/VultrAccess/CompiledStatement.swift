/// A policy statement prepared for repeated matching: patterns parsed once and the
/// resource list split into "every resource" versus specific ids.
struct CompiledStatement: Sendable {
    /// 1-based position in its policy; `nil` for a legacy ACL's synthetic statement.
    let number: Int?
    let statement: PolicyStatement
    let patterns: [ActionPattern]
    /// The resource list contains `*`.
    let coversAllResources: Bool
    /// The specific ids (meaningful only when not ``coversAllResources``).
    let resourceIDs: [String]
    /// An empty `Resource` list names no resource, so the statement never applies
    /// (validation rejects such documents; evaluation must still be defined).
    let appliesToNothing: Bool

    init(number: Int?, statement: PolicyStatement) {
        self.number = number
        self.statement = statement
        patterns = statement.actions.map { ActionPattern($0) }
        coversAllResources = statement.coversAllResources
        resourceIDs = statement.resources.filter { $0 != "*" }
        appliesToNothing = statement.resources.isEmpty
    }

    var effect: PolicyEffect { statement.effect }

    /// Whether any of the statement's patterns matches the lower-cased action.
    func matches(folded action: [UInt8]) -> Bool {
        patterns.contains { $0.matches(folded: action) }
    }

    /// Whether the statement speaks about this resource id (ids compare exactly).
    func applies(to resource: String) -> Bool {
        coversAllResources || resourceIDs.contains(resource)
    }
}
