import Foundation

/// An opaque paging cursor. It names a position by sequence number rather than by index, so a
/// listing neither skips nor repeats users when others are created or deleted between pages.
enum PageCursor: Equatable {
    /// The page after the user with this sequence number.
    case after(Int)
    /// The page before the user with this sequence number.
    case before(Int)

    /// Base64 of `next__<n>` or `prev__<n>`, in the spirit of Vultr's own cursors.
    var encoded: String {
        switch self {
        case .after(let sequence): Data("next__\(sequence)".utf8).base64EncodedString()
        case .before(let sequence): Data("prev__\(sequence)".utf8).base64EncodedString()
        }
    }

    init(encoded: String) throws(SandboxError) {
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8) else {
            throw .badRequest("Invalid cursor: \(encoded)")
        }
        let parts = text.split(separator: "__", maxSplits: 1).map(String.init)
        guard parts.count == 2, let sequence = Int(parts[1]), sequence >= 0 else {
            throw .badRequest("Invalid cursor: \(encoded)")
        }
        switch parts[0] {
        case "next": self = .after(sequence)
        case "prev": self = .before(sequence)
        default: throw .badRequest("Invalid cursor: \(encoded)")
        }
    }
}

/// One page of a listing.
struct Page<Element: Sendable>: Sendable {
    var items: ArraySlice<Element>
    var total: Int
    var next: String
    var prev: String
}

extension Array where Element: Sequenced & Sendable {
    /// Index of the first element whose sequence number is at least `sequence` (the array is
    /// in sequence order).
    func firstIndex(sequenceAtLeast sequence: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].sequence < sequence { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func page(size: Int, cursor: PageCursor?) -> Page<Element> {
        let start: Int, end: Int
        switch cursor {
        case nil:
            start = 0
            end = Swift.min(count, size)
        case .after(let sequence):
            start = firstIndex(sequenceAtLeast: sequence + 1)
            end = Swift.min(count, start + size)
        case .before(let sequence):
            end = firstIndex(sequenceAtLeast: sequence)
            start = Swift.max(0, end - size)
        }
        let slice = self[start..<end]
        let next = end < count && end > 0 ? PageCursor.after(self[end - 1].sequence).encoded : ""
        let prev = start > 0 && start < count ? PageCursor.before(self[start].sequence).encoded : ""
        return Page(items: slice, total: count, next: next, prev: prev)
    }
}
