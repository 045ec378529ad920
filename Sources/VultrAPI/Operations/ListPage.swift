import VultrOpenAPI

/// One page of any IAM listing.
struct ListPage<Item: Sendable>: Sendable {
    var items: [Item]
    var total: Int
    /// `nil` on the last page.
    var next: String?

    init(items: [Item], meta: Components.Schemas.Meta) {
        self.items = items
        self.total = meta.total
        self.next = meta.links.flatMap { $0.next.isEmpty ? nil : $0.next }
    }
}

extension VultrClient {
    /// Every item of a cursor-paged listing, `perPage` at a time, kept finite by ``PagingGuard``.
    func collect<Item: Sendable>(
        _ listing: String, perPage: Int = VultrClient.maximumPageSize,
        _ page: (_ perPage: Int, _ cursor: String?) async throws -> ListPage<Item>
    ) async throws -> [Item] {
        var guardrail = PagingGuard(perPage: perPage)
        var items: [Item] = []
        var cursor: String?
        repeat {
            let next = try await page(perPage, cursor)
            try guardrail.admit(count: next.items.count, total: next.total, next: next.next, listing: listing)
            items += next.items
            cursor = next.next
        } while cursor != nil
        return items
    }
}
