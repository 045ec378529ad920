import Foundation

/// Reads, normalises and checks a base URL before any key is sent to it.
enum Endpoint {
    /// The URL in `text`, checked and without its version path; throws a ``VultrError`` of kind
    /// `.configuration` that says what is wrong with it.
    static func parse(_ text: String) throws -> URL {
        let trimmed = text.trimmed
        // Checked on the text as well: not every URL parser keeps an out-of-range port.
        if let digits = writtenPort(in: trimmed) {
            try checkPort(Int(digits) ?? Int.max, in: trimmed)
        }
        guard let url = URL(string: trimmed) else {
            throw invalid(trimmed, "it is not a URL; expected https://host")
        }
        let normalised = withoutVersionPath(url)
        try validate(normalised)
        return normalised
    }

    /// The port as written in `text` (`scheme://host:PORT/...`): the digits after the
    /// authority's last colon, when only digits follow it (`[::1]` has none). Read by hand rather
    /// than with a regular expression, which on Linux would load ICU at every start.
    static func writtenPort(in text: String) -> Substring? {
        guard let separator = text.range(of: "://") else { return nil }
        let authority = text[separator.upperBound...].prefix { !"/?#".contains($0) }
        guard let colon = authority.lastIndex(of: ":") else { return nil }
        let digits = authority[authority.index(after: colon)...]
        return !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? digits : nil
    }

    /// `url` without trailing slashes and without a final `/v2`: Vultr's own clients differ on
    /// whether the base URL includes it, so vus accepts both and adds it itself.
    static func withoutVersionPath(_ url: URL) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return url }
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        if path.lowercased().hasSuffix("/v2") { path.removeLast(3) }
        while path.hasSuffix("/") { path.removeLast() }
        components.path = path
        return components.url ?? url
    }

    /// Accepts `https` anywhere and `http` only to loopback addresses (the sandbox), where the
    /// key cannot be read off the network; a host is required, a port must be 1 to 65535, and
    /// nothing may follow the path.
    static func validate(_ url: URL) throws {
        let text = url.absoluteString
        guard let scheme = url.scheme?.lowercased() else {
            throw invalid(text, "it has no scheme; expected https://\(text)")
        }
        guard scheme == "https" || scheme == "http" else {
            throw invalid(text, "\(scheme) is not supported; use https://")
        }
        guard let host = url.host, !host.isEmpty else {
            throw invalid(text, "it names no host; expected \(scheme)://host")
        }
        try checkPort(url.port, in: text)
        if url.user != nil || url.password != nil {
            throw invalid(text, "it holds a user name or password; the API key is the only credential")
        }
        if url.query != nil || url.fragment != nil {
            throw invalid(text, "it has a query or fragment; give only the scheme, host, port and path")
        }
        if scheme == "http", !isLoopback(host) {
            throw VultrError(kind: .configuration, message:
                "refusing to send the API key over plain http to \(host); use https (http is allowed only to loopback addresses)")
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        // Trimmed in Swift: a CharacterSet's first use searches the runtime's conformances (0.25 ms).
        var bare = Substring(host.lowercased())
        if bare.first == "[" { bare.removeFirst() }
        if bare.last == "]" { bare.removeLast() }
        if bare == "localhost" || bare == "::1" || bare.hasSuffix(".localhost") { return true }
        let octets = bare.split(separator: ".")
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    private static func checkPort(_ port: Int?, in text: String) throws {
        guard let port, !(1...65535).contains(port) else { return }
        throw invalid(text, "port \(port) is out of range; a port is 1 to 65535")
    }

    private static func invalid(_ text: String, _ reason: String) -> VultrError {
        VultrError(kind: .configuration, message: "invalid API URL '\(text)': \(reason)")
    }
}
