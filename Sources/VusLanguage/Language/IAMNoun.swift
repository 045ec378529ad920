/// A kind of organization object that commands name by its name.
public enum IAMNoun: String, Sendable, CaseIterable {
    case group, role, policy

    /// `groups`, `roles`, `policies`: as `ls` and a users document's sections name them.
    public var plural: String { self == .policy ? "policies" : rawValue + "s" }
}
