/// Keeps a cursor-paged listing finite whatever the server answers. It stops the walk with a
/// ``VultrError`` of kind `.malformedResponse` when the server hands back a cursor it already
/// gave in this listing (which would loop forever), or sends more pages than its own
/// `meta.total` allows.
struct PagingGuard: Sendable {
    /// Pages beyond `ceil(total / perPage)` tolerated, for users added while the walk runs.
    static let slackPages = 2

    /// The page size asked for, lowered to what the server actually serves when it serves less.
    private(set) var perPage: Int
    private(set) var pages = 0
    private var seenCursors: Set<String> = []
    private var largestTotal = 0

    init(perPage: Int) {
        self.perPage = max(1, perPage)
    }

    /// The most pages the listing may take, judged from the largest total seen so far.
    var pageLimit: Int { (largestTotal + perPage - 1) / perPage + Self.slackPages }

    /// Records a page that arrived and the cursor it points to; throws when following that
    /// cursor could not end well.
    mutating func admit(_ page: UserPage) throws {
        try admit(count: page.users.count, total: page.total, next: page.next, listing: "users")
    }

    /// ``admit(_:)`` for any listing: `count` items arrived of `total`, pointing to `next`.
    mutating func admit(count: Int, total: Int, next: String?, listing: String) throws {
        pages += 1
        largestTotal = max(largestTotal, total)
        guard let next else { return }
        // A server may cap the page size below what was asked; full pages are the ones it sends
        // before the last, so judge the limit by those.
        if count > 0 { perPage = min(perPage, count) }
        guard seenCursors.insert(next).inserted else {
            throw VultrError(kind: .malformedResponse, message:
                "the server returned cursor \(Self.shown(next)) twice; stopping after \(pages) \(Self.pages(pages))",
                operation: "list \(listing)")
        }
        guard pages < pageLimit else {
            throw VultrError(kind: .malformedResponse, message:
                "the server sent \(pages) \(Self.pages(pages)) and still another, more than its total of "
                + "\(largestTotal) \(listing) at \(perPage) a page allows; stopping",
                operation: "list \(listing)")
        }
    }

    /// Cursors are opaque and can be long; a message needs only enough to recognise one.
    private static func shown(_ cursor: String) -> String {
        let limit = 40
        return "'" + (cursor.count > limit ? cursor.prefix(limit) + "…" : cursor) + "'"
    }

    private static func pages(_ count: Int) -> String { count == 1 ? "page" : "pages" }
}
