import Foundation
import VultrOpenAPI

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
