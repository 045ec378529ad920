import VultrAPI

/// Finds the user a command names: `#N` (row N of the last listing), an id, an email, or an
/// unambiguous prefix of either.
struct UserResolver {
    let session: Session

    /// Whether `text` names one user exactly (a whole email or id), not by the start of one.
    static func isExact(_ text: String) -> Bool {
        (text.contains("@") && !text.hasSuffix("@")) || IdentifierSyntax.isFullID(text)
    }

    func resolve(_ reference: UserRef) async throws -> User {
        switch reference {
        case .row(let row):
            let listing = session.state.lastListing
            guard !listing.isEmpty else { throw ShellError("#\(row): there is no listing yet; run 'ls users' first") }
            guard row >= 1, row <= listing.count else {
                throw ShellError("#\(row): the last listing has \(Plural.count(listing.count, "row"))")
            }
            let id = listing[row - 1]
            if let cached = try await session.users.all().first(where: { $0.id == id }) { return cached }
            return try await session.client().user(id: id)
        case .text(let text):
            return try await resolve(text)
        }
    }

    private func resolve(_ text: String) async throws -> User {
        let users = try await session.users.all()
        let needle = text.lowercased()
        if let exact = users.first(where: { $0.id.lowercased() == needle || $0.email?.lowercased() == needle }) {
            return exact
        }
        let matches = users.filter { $0.id.lowercased().hasPrefix(needle) || ($0.email?.lowercased().hasPrefix(needle) ?? false) }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            if IdentifierSyntax.isFullID(text) {
                // Not in the cache (created elsewhere since): ask Vultr directly.
                let user = try await session.client().user(id: text)
                session.users.added(user)
                return user
            }
            throw UserNotFound(reference: text, suggestion: Suggest.didYouMean(text, among: users.compactMap(\.email)))
        default:
            let shown = matches.prefix(5).map { $0.email ?? $0.id }.joined(separator: ", ")
            throw ShellError("'\(text)' matches \(matches.count) users (\(shown)\(matches.count > 5 ? ", …" : "")); type more of it")
        }
    }

}

/// No user of the account matches what a command named.
struct UserNotFound: Error, CustomStringConvertible {
    let reference: String
    /// "; did you mean '…'?", naming the email closest to the reference, if one is close.
    let suggestion: String?
    var description: String { "no user matches '\(reference)'" + (suggestion ?? "") }

    /// Whether the reference names one user exactly, so that its absence may mean the user is
    /// gone rather than mistyped.
    var isExact: Bool { UserResolver.isExact(reference) }
}
