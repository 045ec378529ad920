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

    /// Parses `203.0.113.0/24`, `2001:db8::/48`, or a bare address (a single host: /32 or /128).
    public init?(_ text: String) {
        guard case .success(let block) = Self.parse(text) else { return nil }
        self = block
    }

    /// Parses like ``init(_:)`` but says what is wrong, for messages a person reads.
    public static func parse(_ text: String) -> Result<CIDRBlock, CIDRError> {
        let address: Substring
        let size: Substring?
        if let slash = text.lastIndex(of: "/") {
            address = text[..<slash]
            size = text[text.index(after: slash)...]
        } else {
            address = text[...]
            size = nil
        }
        guard let family = Self.family(of: String(address)) else { return .failure(.invalidAddress(text)) }
        let isIPv6 = family == AF_INET6
        let maximum = isIPv6 ? 128 : 32
        guard let size else { return .success(CIDRBlock(address: String(address), prefixLength: maximum)) }
        // Plain decimal digits only: Int("+8") would accept a sign.
        guard !size.isEmpty, size.count <= 3, size.allSatisfy({ $0.isASCII && $0.isNumber }), let length = Int(size) else {
            return .failure(.invalidSize(String(size)))
        }
        guard length <= maximum else { return .failure(.sizeOutOfRange(length, isIPv6: isIPv6)) }
        return .success(CIDRBlock(address: String(address), prefixLength: length))
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

/// Why a subnet could not be parsed.
public enum CIDRError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The part before `/` is neither IPv4 nor IPv6.
    case invalidAddress(String)
    /// The part after `/` is not a number.
    case invalidSize(String)
    /// The size is larger than the address family allows.
    case sizeOutOfRange(Int, isIPv6: Bool)

    /// A sentence saying what is wrong and what is expected.
    public var description: String {
        switch self {
        case .invalidAddress(let text):
            "invalid subnet '\(text)'; expected an address like 203.0.113.0/24 or 2001:db8::/32"
        case .invalidSize(let size):
            "invalid prefix size '\(size)'; expected a number after '/'"
        case .sizeOutOfRange(let size, let isIPv6):
            "prefix size \(size) is out of range for \(isIPv6 ? "IPv6 (0-128)" : "IPv4 (0-32)")"
        }
    }
}
