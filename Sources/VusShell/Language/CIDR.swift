#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A subnet for the API IP allowlist, e.g. `203.0.113.0/24` or `2001:db8::/32`.
public struct CIDR: Sendable, Equatable, CustomStringConvertible {
    /// The address exactly as written (validated, not normalized).
    public var address: String
    /// The prefix size: 0...32 for IPv4, 0...128 for IPv6.
    public var prefixLength: Int
    /// Whether `address` is an IPv6 address.
    public var isIPv6: Bool

    /// Creates a subnet without validation.
    public init(address: String, prefixLength: Int, isIPv6: Bool) {
        self.address = address
        self.prefixLength = prefixLength
        self.isIPv6 = isIPv6
    }

    /// Parses `addr/size` or a bare `addr` (a single host: /32 or /128);
    /// `nil` if it is not a valid subnet.
    public init?(_ text: String) {
        guard case .success(let cidr) = CIDR.parse(text) else { return nil }
        self = cidr
    }

    /// `address/prefixLength`, e.g. `203.0.113.0/24`.
    public var description: String { "\(address)/\(prefixLength)" }

    /// Parses like `init?(_:)` but says what is wrong, for diagnostics.
    static func parse(_ text: String) -> Result<CIDR, CIDRError> {
        let address: Substring
        let size: Substring?
        if let slash = text.lastIndex(of: "/") {
            address = text[..<slash]
            size = text[text.index(after: slash)...]
        } else {
            address = text[...]
            size = nil
        }
        let isIPv6: Bool
        if isValid(String(address), family: AF_INET) {
            isIPv6 = false
        } else if isValid(String(address), family: AF_INET6) {
            isIPv6 = true
        } else {
            return .failure(.invalidAddress(text))
        }
        let maximum = isIPv6 ? 128 : 32
        guard let size else {
            return .success(CIDR(address: String(address), prefixLength: maximum, isIPv6: isIPv6))
        }
        // Only plain decimal digits: Int("+8") would otherwise accept a sign.
        guard !size.isEmpty, size.count <= 3, size.allSatisfy(\.isASCIIDigit), let length = Int(size) else {
            return .failure(.invalidSize(String(size)))
        }
        guard length <= maximum else {
            return .failure(.sizeOutOfRange(length, isIPv6: isIPv6))
        }
        return .success(CIDR(address: String(address), prefixLength: length, isIPv6: isIPv6))
    }

    /// Whether `inet_pton` accepts the address for the given family.
    private static func isValid(_ address: String, family: Int32) -> Bool {
        // Large enough for an in6_addr; inet_pton writes at most 16 bytes.
        var buffer = [UInt8](repeating: 0, count: 16)
        let result = address.withCString { pointer in
            buffer.withUnsafeMutableBytes { inet_pton(family, pointer, $0.baseAddress) }
        }
        return result == 1
    }
}

/// Why a subnet could not be parsed.
enum CIDRError: Error, Equatable {
    /// The part before `/` is neither IPv4 nor IPv6.
    case invalidAddress(String)
    /// The part after `/` is not a number.
    case invalidSize(String)
    /// The size is larger than the address family allows.
    case sizeOutOfRange(Int, isIPv6: Bool)

    /// The diagnostic message.
    var message: String {
        switch self {
        case .invalidAddress(let text):
            return "invalid subnet '\(text)'; expected an address like 203.0.113.0/24 or 2001:db8::/32"
        case .invalidSize(let size):
            return "invalid prefix size '\(size)'; expected a number after '/'"
        case .sizeOutOfRange(let size, let isIPv6):
            return "prefix size \(size) is out of range for \(isIPv6 ? "IPv6 (0-128)" : "IPv4 (0-32)")"
        }
    }
}
