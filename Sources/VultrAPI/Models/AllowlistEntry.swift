import Foundation
import VultrOpenAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A subnet in CIDR form: an address and a prefix length. A size of 0 allows every address of
/// that family.
public struct CIDRBlock: Hashable, Sendable, Codable, CustomStringConvertible {
    public var address: String
    public var prefixLength: Int

    public init(address: String, prefixLength: Int) {
        self.address = address
        self.prefixLength = prefixLength
    }

    /// Parses `203.0.113.0/24`, `2001:db8::/48`, or a bare address (a single host).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first, let family = Self.family(of: first) else { return nil }
        let maximum = family == AF_INET ? 32 : 128
        if parts.count == 2 {
            guard let size = Int(parts[1]), (0...maximum).contains(size) else { return nil }
            self.init(address: first, prefixLength: size)
        } else {
            self.init(address: first, prefixLength: maximum)
        }
    }

    public var isIPv6: Bool { Self.family(of: address) == AF_INET6 }
    public var description: String { "\(address)/\(prefixLength)" }

    private static func family(of address: String) -> Int32? {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 { return AF_INET }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, address, &v6) == 1 { return AF_INET6 }
        return nil
    }
}

/// One subnet a user's API keys may be used from.
public struct AllowlistEntry: Hashable, Sendable, Codable {
    public var subnet: CIDRBlock
    public var added: String?
    /// `v4` or `v6` as Vultr reports it.
    public var ipType: String?

    public init(subnet: CIDRBlock, added: String? = nil, ipType: String? = nil) {
        self.subnet = subnet
        self.added = added
        self.ipType = ipType
    }

    enum CodingKeys: String, CodingKey {
        case subnet, subnetSize = "subnet_size", added = "date_added", ipType = "ip_type"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        subnet = CIDRBlock(address: try c.decode(String.self, forKey: .subnet),
                           prefixLength: try c.decode(Int.self, forKey: .subnetSize))
        added = try c.decodeIfPresent(String.self, forKey: .added)
        ipType = try c.decodeIfPresent(String.self, forKey: .ipType)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(subnet.address, forKey: .subnet)
        try c.encode(subnet.prefixLength, forKey: .subnetSize)
        try c.encodeIfPresent(added, forKey: .added)
        try c.encodeIfPresent(ipType, forKey: .ipType)
    }

    init(_ wire: Components.Schemas.IpWhitelistEntry) {
        self.init(subnet: CIDRBlock(address: wire.subnet, prefixLength: wire.subnetSize),
                  added: wire.dateAdded, ipType: wire.ipType)
    }
}
