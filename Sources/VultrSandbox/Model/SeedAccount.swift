import Foundation
import VultrValues

/// Builds the deterministic account a new sandbox starts with: the same users, ids and keys on
/// every run for a given size, with the variety an administrator meets in practice (admins,
/// billing and support staff, contractors, a service user, pending invitations, API on and off).
enum SeedAccount {
    static let ownerEmail = "owner@example.com"
    /// Seed data is dated from here so it never depends on the clock.
    static let epoch = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    static func make(users count: Int) -> SandboxState {
        var random = SplitMix64(seed: 0x5EED_0F_7655)
        var users: [UserEntity] = []
        var takenEmails = Set<String>()
        users.reserveCapacity(count)
        for index in 0..<count {
            let user = makeUser(index: index, random: &random, takenEmails: &takenEmails)
            users.append(user)
        }
        return SandboxState(account: account, users: users, nextSequence: count + 1)
    }

    static let account = AccountEntity(
        name: "Example Co (sandbox)",
        email: ownerEmail,
        acls: Validation.aclNames,
        balance: -100.55,
        pendingCharges: 60.25,
        lastPaymentDate: "2026-10-01T09:30:00+00:00",
        lastPaymentAmount: -150
    )

    private static let firstNames = [
        "Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory",
        "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "Zoë", "Amir", "Beatriz",
        "Chen", "Dmitri", "Emeka", "Fatima", "Goran", "Hana", "Ingrid", "José", "Kenji", "Leila",
    ]
    private static let lastNames = [
        "Anderson", "Brown", "Chowdhury", "Dubois", "Eriksen", "Fischer", "García", "Hughes", "Ito",
        "Jensen", "Kowalski", "Lopez", "Müller", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
        "Silva", "Tanaka", "Urban", "Varga", "Weber", "Xu", "Young", "Zimmermann",
    ]

    /// Permission sets by role, as an administrator would hand them out.
    private static let roles: [(weight: Int, acls: [String])] = [
        (2, ["manage_users", "subscriptions_view", "subscriptions", "billing", "support", "provisioning",
             "dns", "abuse", "upgrade", "firewall", "alerts", "objstore", "loadbalancer", "activity_logs"]),
        (3, ["billing", "subscriptions_view"]),
        (3, ["support", "abuse", "subscriptions_view"]),
        (5, ["subscriptions", "provisioning", "dns", "firewall", "loadbalancer", "objstore", "upgrade"]),
        (3, ["subscriptions_view"]),
        (2, ["dns", "alerts", "activity_logs"]),
        (1, []),
    ]

    private static func makeUser(index: Int, random: inout SplitMix64, takenEmails: inout Set<String>) -> UserEntity {
        let id = random.uuid()
        let first = firstNames[index % firstNames.count]
        let last = lastNames[(index / firstNames.count + index * 7) % lastNames.count]
        let isService = index == 3 || (index > 0 && index % 97 == 3)
        let isContractor = !isService && index % 6 == 5
        let domain = isContractor ? "contractor.com" : "example.com"
        let local = isService
            ? "ci-bot\(index == 3 ? "" : String(index))"
            : "\(first).\(last)".folding(options: .diacriticInsensitive, locale: nil).lowercased()
        var email = "\(local)@\(domain)"
        var suffix = 2
        while takenEmails.contains(email) { email = "\(local)\(suffix)@\(domain)"; suffix += 1 }
        takenEmails.insert(email)

        let pending = !isService && index % 8 == 6
        let suspended = !isService && !pending && index % 23 == 11
        let acls = isService ? ["subscriptions", "provisioning", "dns"] : pickRole(&random)
        let apiEnabled = isService || (!pending && random.next() % 10 < 6)
        let invitedOn = epoch.addingTimeInterval(Double(index) * 86_400 + Double(random.next() % 80_000))
        let lastActivity = pending ? "" : VultrDate.string(
            epoch.addingTimeInterval(Double(200 + index % 100) * 86_400 + Double(random.next() % 80_000)))

        var keys: [APIKeyEntity] = []
        if apiEnabled {
            for keyIndex in 0..<(isService ? 2 : Int(random.next() % 3)) {
                keys.append(APIKeyEntity(
                    id: random.uuid(), secret: random.apiKeyText(),
                    name: keyIndex == 0 ? "Default" : (isService ? "Deploy pipeline" : "Terraform"),
                    expire: keyIndex > 0, dateExpire: keyIndex > 0 ? "2027-06-30T00:00:00+00:00" : "",
                    dateCreated: VultrDate.string(invitedOn.addingTimeInterval(3_600))))
            }
        }
        var allowlist = [
            AllowlistEntity(subnet: "0.0.0.0", subnetSize: 0, dateAdded: VultrDate.string(invitedOn), ipType: "v4"),
            AllowlistEntity(subnet: "::", subnetSize: 0, dateAdded: VultrDate.string(invitedOn), ipType: "v6"),
        ]
        if isService {
            allowlist = [AllowlistEntity(subnet: "203.0.113.0", subnetSize: 24,
                                         dateAdded: VultrDate.string(invitedOn), ipType: "v4")]
        }
        return UserEntity(
            sequence: index + 1, id: id, firstName: isService ? "CI" : first, lastName: isService ? "Bot" : last,
            email: email, apiEnabled: apiEnabled, acls: acls, serviceUser: isService,
            status: pending ? "pending" : (suspended ? "suspended" : "active"),
            invitedBy: isService ? "" : ownerEmail, invitedOn: VultrDate.string(invitedOn),
            inviteAccepted: !pending, lastActivity: lastActivity, apiKeys: keys, allowlist: allowlist)
    }

    private static func pickRole(_ random: inout SplitMix64) -> [String] {
        let total = roles.reduce(0) { $0 + $1.weight }
        var roll = Int(random.next() % UInt64(total))
        for role in roles {
            if roll < role.weight { return role.acls }
            roll -= role.weight
        }
        return []
    }
}
