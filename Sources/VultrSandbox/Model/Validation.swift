import Foundation
import VultrOpenAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checks Vultr makes on what clients send, each failing with a specific message.
enum Validation {
    /// The permission names the document defines, in its order.
    static let aclNames: [String] = Components.Schemas.Acl.allCases.map(\.rawValue)

    static func email(_ email: String) throws(SandboxError) -> String {
        let trimmed = email.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !trimmed.contains(where: { $0.isWhitespace || $0 == "," || $0 == "<" || $0 == ">" })
        else { throw .badRequest("Invalid email address: \(email)") }
        return trimmed
    }

    static func acls(_ names: [String]) throws(SandboxError) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for name in names {
            guard aclNames.contains(name) else {
                throw .badRequest("Invalid ACL: \(name). Valid ACLs are: \(aclNames.joined(separator: ", "))")
            }
            if seen.insert(name).inserted { result.append(name) }
        }
        return result
    }

    static func required(_ value: String?, _ field: String) throws(SandboxError) -> String {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .badRequest("Missing required field: \(field)")
        }
        return value
    }

    /// Checks a subnet for the allowlist and returns it as Vultr stores it: the network address
    /// (host bits cleared), the prefix length and the family.
    static func subnet(_ subnet: String, size: Int) throws(SandboxError) -> (subnet: String, size: Int, ipType: String) {
        if var v4 = parseIPv4(subnet) {
            guard size == 0 || (8...32).contains(size) else {
                throw .badRequest("Invalid subnet_size \(size) for IPv4: use 0 or 8 to 32")
            }
            if size == 0 { return ("0.0.0.0", 0, "v4") }
            v4 &= size == 32 ? UInt32.max : ~(UInt32.max >> UInt32(size))
            let network = (0..<4).map { String((v4 >> UInt32(24 - $0 * 8)) & 0xFF) }.joined(separator: ".")
            if isPrivateIPv4(v4) { throw .badRequest("Only public IP addresses can be allowed: \(subnet)") }
            return (network, size, "v4")
        }
        if var v6 = parseIPv6(subnet) {
            guard size == 0 || (20...128).contains(size) else {
                throw .badRequest("Invalid subnet_size \(size) for IPv6: use 0 or 20 to 128")
            }
            if size == 0 { return ("::", 0, "v6") }
            for i in 0..<16 {
                let bitsKept = max(0, min(8, size - i * 8))
                v6[i] &= bitsKept == 8 ? 0xFF : ~(UInt8(0xFF) >> UInt8(bitsKept))
            }
            if isPrivateIPv6(v6) { throw .badRequest("Only public IP addresses can be allowed: \(subnet)") }
            return (formatIPv6(v6), size, "v6")
        }
        throw .badRequest("Invalid subnet: \(subnet)")
    }

    /// Whether `text` is an IPv4 or IPv6 address.
    static func isAddress(_ text: String) -> Bool { parseIPv4(text) != nil || parseIPv6(text) != nil }

    private static func parseIPv4(_ text: String) -> UInt32? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return UInt32(bigEndian: address.s_addr)
    }

    private static func parseIPv6(_ text: String) -> [UInt8]? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    private static func formatIPv6(_ bytes: [UInt8]) -> String {
        var address = in6_addr()
        withUnsafeMutableBytes(of: &address) { raw in for i in 0..<16 { raw[i] = bytes[i] } }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        inet_ntop(AF_INET6, &address, &buffer, socklen_t(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func isPrivateIPv4(_ a: UInt32) -> Bool {
        let ranges: [(UInt32, UInt32)] = [
            (0x0A00_0000, 8), (0xAC10_0000, 12), (0xC0A8_0000, 16), (0x7F00_0000, 8), (0xA9FE_0000, 16),
            (0x6440_0000, 10), (0x0000_0000, 8), (0xE000_0000, 4),
        ]
        return ranges.contains { base, bits in (a & ~(UInt32.max >> bits)) == base }
    }

    private static func isPrivateIPv6(_ b: [UInt8]) -> Bool {
        (b[0] & 0xFE) == 0xFC || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) || b.dropLast().allSatisfy { $0 == 0 }
    }
}
