/// How a command names a user. Resolution against the account's users
/// happens at run time; the parser only decides which form was written.
public enum UserRef: Sendable, Equatable {
    /// `#N`: the N-th row (1-based) of the last listing.
    case row(Int)
    /// Anything else: an id, an email, or an unambiguous prefix of either.
    case text(String)
}
