/// One page of a user listing.
public struct UserPage: Sendable {
    public var users: [User]
    /// How many users the whole listing holds.
    public var total: Int
    /// Cursor of the next page; `nil` on the last page.
    public var next: String?
    /// Cursor of the previous page; `nil` on the first page.
    public var previous: String?
}

/// Every user of the account, fetched a page at a time as it is iterated. Cursors stay inside;
/// a failure on any page is thrown from `next()`, and so is a server that would make the walk
/// endless (see ``PagingGuard``).
public struct UserSequence: AsyncSequence, Sendable {
    public typealias Element = User
    let client: VultrClient
    let perPage: Int

    public struct AsyncIterator: AsyncIteratorProtocol {
        let client: VultrClient
        let perPage: Int
        var buffer: [User] = []
        var index = 0
        var cursor: String?
        var finished = false
        var guardrail: PagingGuard

        init(client: VultrClient, perPage: Int) {
            self.client = client
            self.perPage = perPage
            self.guardrail = PagingGuard(perPage: perPage)
        }

        public mutating func next() async throws -> User? {
            while index == buffer.count {
                guard !finished else { return nil }
                let page = try await client.userPage(perPage: perPage, cursor: cursor)
                try guardrail.admit(page)
                buffer = page.users
                index = 0
                cursor = page.next
                finished = page.next == nil
            }
            defer { index += 1 }
            return buffer[index]
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(client: client, perPage: perPage) }

    /// Every user in one array.
    public func collect() async throws -> [User] {
        var users: [User] = []
        for try await user in self { users.append(user) }
        return users
    }
}
