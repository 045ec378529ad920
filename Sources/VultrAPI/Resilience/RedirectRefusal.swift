import Foundation
import HTTPTypes

/// A 3xx answer becomes an error that says where it pointed. vus never follows a redirect:
/// the request carries the API key, and a redirect can lead anywhere, plain http included.
enum RedirectRefusal {
    /// The status codes that redirect.
    static func isRedirect(_ status: Int) -> Bool { (300..<400).contains(status) }

    /// The error for a redirect answered to a request for `requestURL`.
    static func error(_ response: HTTPResponse, requestURL: URL, attempts: Int) -> VultrError {
        let status = response.status.code
        guard let location = response.headerFields[.location]?.trimmingCharacters(in: .whitespaces),
              !location.isEmpty else {
            return VultrError(kind: .http(status: status), message:
                "the API answered \(status) (a redirect, to nowhere named); vus does not follow redirects",
                attempts: attempts)
        }
        // A relative Location is relative to the request.
        var target = URL(string: location, relativeTo: requestURL)?.absoluteString ?? location
        // It is the server's text, bound for a terminal: no control characters, no essays.
        target = String(target.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
        if target.count > 200 { target = String(target.prefix(200)) + "…" }
        return VultrError(kind: .http(status: status), message:
            "the API answered \(status) redirecting to \(target); vus does not follow redirects", attempts: attempts)
    }
}
