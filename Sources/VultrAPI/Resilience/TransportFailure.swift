import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// What a failed exchange means, in a sentence about the user's situation. The errors that
/// come up from the network stack describe themselves for its developers ("read(descriptor:
/// pointer:size:): Connection reset by peer (errno: 104)", "invalid constant string"); none of
/// that wording reaches a message.
enum TransportFailure {
    /// A sentence saying what went wrong talking to `host` (a host, with `:port` when the URL
    /// names one).
    static func describe(_ error: any Error, host: String) -> String {
        if let error = error as? HTTPClientError { return describe(error, host: host) }
        if let error = error as? NIOConnectionError { return describe(error, host: host) }
        if let error = error as? IOError { return describe(errno: error.errnoCode, host: host) }
        if let error = error as? ChannelError {
            switch error {
            case .connectTimeout: return "could not connect to \(host) in time"
            case .eof, .ioOnClosedChannel, .outputClosed, .alreadyClosed:
                return "\(host) closed the connection before answering in full"
            default: break
            }
        }
        if error is DecodingError { return "the answer from \(host) was not valid JSON" }
        // Named by type so that VultrAPI needs neither NIOHTTP1 nor NIOSSL as a dependency of
        // its own; both reach it only through AsyncHTTPClient.
        let type = String(reflecting: Swift.type(of: error))
        if type.hasSuffix("HTTPParserError") {
            // `invalidEOFState` ("stream ended at an unexpected time"): an answer begun and cut
            // off, not one that was never HTTP.
            if String(describing: error).contains("ended at an unexpected time") {
                return "\(host) closed the connection before answering in full"
            }
            return "\(host) did not answer with HTTP; check the API URL and its port"
        }
        if type.contains("SSL") || type.contains("TLS") { return describeTLS(error, host: host) }
        return "the exchange with \(host) failed: \(withoutErrno(String(describing: error)))"
    }

    /// True only when the connection was never established, so the server cannot have seen
    /// the request.
    static func neverConnected(_ error: any Error) -> Bool {
        if error is NIOConnectionError { return true }
        if let error = error as? HTTPClientError, error == .connectTimeout { return true }
        if let error = error as? ChannelError, case .connectTimeout = error { return true }
        if let error = error as? IOError {
            return [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL].contains(error.errnoCode)
        }
        return false
    }

    private static func describe(_ error: HTTPClientError, host: String) -> String {
        switch error {
        case .remoteConnectionClosed, .bodyLengthMismatch:
            return "\(host) closed the connection before answering in full"
        case .readTimeout, .deadlineExceeded: return "no answer from \(host) in time"
        case .connectTimeout, .getConnectionFromPoolTimeout: return "could not connect to \(host) in time"
        case .tlsHandshakeTimeout: return "could not set up a secure (TLS) connection to \(host) in time"
        case .invalidURL, .emptyHost, .emptyScheme: return "the API URL for \(host) is not usable"
        default: return "the exchange with \(host) failed (\(String(describing: error)))"
        }
    }

    private static func describe(_ error: NIOConnectionError, host: String) -> String {
        if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
            return "could not find the host \(error.host); check the API URL"
        }
        if let io = error.connectionErrors.lazy.compactMap({ $0.error as? IOError }).first {
            return describe(errno: io.errnoCode, host: host)
        }
        return "could not connect to \(host)"
    }

    private static func describe(errno code: Int32, host: String) -> String {
        switch code {
        case ECONNREFUSED: return "\(host) refused the connection; is the server running, and is the port right?"
        case ECONNRESET: return "the connection to \(host) was reset while waiting for the answer"
        case EPIPE: return "the connection to \(host) broke while sending the request"
        case ETIMEDOUT: return "the connection to \(host) timed out"
        case ENETUNREACH, EHOSTUNREACH: return "\(host) cannot be reached from this machine's network"
        default: return "the connection to \(host) failed: \(String(cString: strerror(code)).lowercased())"
        }
    }

    private static func describeTLS(_ error: any Error, host: String) -> String {
        let detail = String(describing: error).uppercased()
        if detail.contains("CERTIFICATE") {
            return "\(host)'s certificate could not be verified, so the secure (TLS) connection was refused"
        }
        if detail.contains("WRONG_VERSION_NUMBER") || detail.contains("HTTP_REQUEST") || detail.contains("PACKET_LENGTH") {
            return "\(host) did not answer with TLS; it may serve plain http on this port"
        }
        return "could not set up a secure (TLS) connection to \(host)"
    }

    /// `... (errno: 104)` means nothing to a user.
    private static func withoutErrno(_ text: String) -> String {
        text.replacingOccurrences(of: #"\s*\(errno: -?\d+\)"#, with: "", options: .regularExpression)
    }
}
