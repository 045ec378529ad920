import Foundation
import VultrAPI

/// Applies filters to users: the conditions, then `sort=`. `keys=` needs each candidate's key
/// count, which costs a request per user, so it is fetched only for users the other filters
/// keep, and only when asked for.
struct UserSelection {
    let filters: [Filter]
    let now = Date()

    /// The matching users, in the order `sort=` asks for (else the account's order), and a note
    /// when key counts had to be fetched.
    func apply(to users: [User], client: @autoclosure () throws -> VultrClient) async throws -> (users: [User], note: String?) {
        let conditions = filters.filter { $0.key != .sort }
        var holders: [Int: Set<String>] = [:]
        for (index, filter) in conditions.enumerated() {
            guard let noun = filter.key.organizationNoun else { continue }
            holders[index] = try await OrganizationHolders(client: try client()).users(of: noun, named: filter.pattern)
        }
        var kept = users.filter { user in
            conditions.indices.allSatisfy { index in
                if let ids = holders[index] { return ids.contains(user.id) }
                return conditions[index].key == .keys || matches(conditions[index], user)
            }
        }
        var note: String?
        let counting = conditions.filter { $0.key == .keys }
        if !counting.isEmpty, !kept.isEmpty {
            let client = try client()
            let counts = await client.bulk(kept) { user in try await client.apiKeys(userID: user.id).count }
            var failed: (any Error)?
            kept = zip(kept, counts).compactMap { user, result in
                switch result {
                case .success(let count): return counting.allSatisfy { compare(count, $0) } ? user : nil
                case .failure(let error): failed = failed ?? error; return nil
                }
            }
            if let failed { throw failed }
            note = "keys= read the API keys of \(Plural.count(counts.count, "user")) (a request each)"
        }
        if let sort = filters.last(where: { $0.key == .sort }) { kept = sorted(kept, by: sort.pattern) }
        return (kept, note)
    }

    /// Whether `user` passes `filter` (any but `keys` and `sort`).
    func matches(_ filter: Filter, _ user: User) -> Bool {
        let pattern = filter.pattern
        switch filter.key {
        case .api: return (user.apiEnabled ?? false) == (pattern == "on")
        case .service: return (user.serviceUser ?? false) == (pattern == "yes")
        case .email: return Glob.matches(pattern, user.email ?? "")
        case .name: return Glob.matches(pattern, user.displayName)
        case .id: return Glob.matches(pattern, user.id)
        case .status: return user.status?.description.lowercased() == pattern
        case .suspended: return (user.status == .suspended) == (pattern == "yes")
        case .acl: return user.acls.contains { Glob.matches(pattern, $0.rawValue) }
        case .lastActivity: return compare(user.lastActivityDate, filter)
        case .invitedOn: return compare(user.invitedOnDate, filter)
        case .keys, .sort, .group, .role, .policy: return true
        }
    }

    /// A date against the filter's bound; a user never active counts as older than any date.
    /// `=` means the same day (UTC).
    private func compare(_ date: Date?, _ filter: Filter) -> Bool {
        guard let bound = DateBound.date(filter.pattern, now: now) else { return false }
        guard filter.comparison == .equal else { return filter.comparison.holds(date ?? .distantPast, bound) }
        guard let date else { return false }
        return Self.utc.isDate(date, inSameDayAs: bound)
    }

    private func compare(_ count: Int, _ filter: Filter) -> Bool {
        filter.comparison.holds(count, Int(filter.pattern) ?? 0)
    }

    /// The calendar `=` on dates compares days in, made once rather than per user.
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `users` ordered by `field` (`-field` descending); ties keep the account's order.
    private func sorted(_ users: [User], by pattern: String) -> [User] {
        guard let (field, descending) = UserSortField.parse(pattern) else { return users }
        let indexed = users.enumerated().map { ($0.offset, field.key($0.element), $0.element) }
        return indexed.sorted { left, right in
            if left.1 == right.1 { return left.0 < right.0 }
            return descending ? left.1 > right.1 : left.1 < right.1
        }.map(\.2)
    }
}

extension Array where Element == Filter {
    /// `api=off email=*@contractor.com`, as typed.
    var text: String { map(\.text).joined(separator: " ") }
}
