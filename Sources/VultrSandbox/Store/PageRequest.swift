/// The `per_page` and `cursor` of a list request, checked as Vultr checks them.
struct PageRequest: Sendable {
    static let defaultSize = 100
    static let maximumSize = 500

    var size: Int
    var cursor: PageCursor?

    /// `per_page` under 1 is refused; over 500 is served as 500.
    init(perPage: Int?, cursor: String?) throws(SandboxError) {
        let requested = perPage ?? Self.defaultSize
        guard requested >= 1 else { throw .badRequest("per_page must be between 1 and 500") }
        size = min(requested, Self.maximumSize)
        self.cursor = try cursor.flatMap { text throws(SandboxError) in text.isEmpty ? nil : try PageCursor(encoded: text) }
    }

    /// One page of `items`.
    func page<Element: Sequenced & Sendable>(of items: [Element]) -> Page<Element> {
        items.page(size: size, cursor: cursor)
    }
}
