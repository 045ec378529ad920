import Foundation
import VultrAccess
import VultrAPI

/// The organization as read, and the access graph built from it: what `can`, `who can`,
/// `ls access` and `review` answer from.
struct OrganizationAccess: Sendable {
    let snapshot: OrganizationSnapshot
    let graph: AccessGraph

    /// The graph as of `moment`: a trust that has ended by then lets no one assume its role,
    /// however recently the snapshot was read.
    init(_ snapshot: OrganizationSnapshot, keys: [String: [APIKey]] = [:], at moment: Date = Date()) {
        self.snapshot = snapshot
        graph = snapshot.accessGraph(keys: keys, at: moment)
    }

    /// The graph's user for a shell user.
    func user(_ user: User) throws -> IAMUser {
        guard let found = graph.user(id: user.id) else {
            throw ShellError("\(user.label) is not a member of the organization as last read; read it again with 'fresh'")
        }
        return found
    }

    /// "read 3 min ago", for notes about a cached graph.
    func age(now: Date = Date()) -> String {
        let seconds = Int(now.timeIntervalSince(snapshot.readAt))
        switch seconds {
        case ..<60: return "read \(max(0, seconds)) s ago"
        case ..<3600: return "read \(seconds / 60) min ago"
        case ..<86_400: return "read \(seconds / 3600) h ago"
        default: return "read \(seconds / 86_400) days ago"
        }
    }
}
