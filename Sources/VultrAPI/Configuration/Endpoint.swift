import Foundation

/// Checks a base URL before any key is sent to it.
enum Endpoint {
    /// Accepts `https` anywhere and `http` only to loopback addresses (the sandbox), where the
    /// key cannot be read off the network.
    static func validate(_ url: URL) throws {
        guard let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            throw VultrError(kind: .configuration, message: "invalid API URL '\(url.absoluteString)': expected https://host")
        }
        switch scheme {
        case "https":
            return
        case "http" where isLoopback(host):
            return
        case "http":
            throw VultrError(kind: .configuration, message:
                "refusing to send the API key over plain http to \(host); use https (http is allowed only to loopback addresses)")
        default:
            throw VultrError(kind: .configuration, message: "invalid API URL '\(url.absoluteString)': use https://")
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" || bare.hasSuffix(".localhost") { return true }
        let octets = bare.split(separator: ".")
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
