/// A kind of organization object that commands name by its name.
public enum IAMNoun: String, Sendable, CaseIterable {
    case group, role, policy
}
