import Foundation
import HTTPTypes
import Synchronization

/// One request as messages and traces name it: `GET /v2/users?per_page=500` to a host.
struct Exchange: Sendable {
    let method: String
    /// Path and query, e.g. `/v2/users?per_page=500`.
    let path: String
    /// The full URL the request went to.
    let url: URL
    /// The host, with `:port` when the URL names one.
    let host: String

    init(request: HTTPRequest, baseURL: URL) {
        method = request.method.rawValue
        path = baseURL.path + (request.path ?? "")
        url = URL(string: path, relativeTo: baseURL)?.absoluteURL ?? baseURL
        host = (baseURL.host ?? "the server") + (baseURL.port.map { ":\($0)" } ?? "")
    }

    /// Why an attempt ran out of time: no answer at all, or an answer that started and stalled.
    func stalled(after limit: Duration, headersArrived: Bool, wholeOperation: Bool) -> String {
        let within = wholeOperation
            ? "within \(limit.spoken), the time left for the whole operation" : "within \(limit.spoken)"
        return headersArrived
            ? "the answer from \(method) \(path) stalled: no complete answer \(within)"
            : "\(host) did not answer \(method) \(path) \(within)"
    }

    /// Whether the answer's status line and headers have arrived, set from the attempt's task
    /// and read once its deadline has passed.
    final class Progress: Sendable {
        private let headers = Atomic<Bool>(false)
        func headersArrived() { headers.store(true, ordering: .releasing) }
        var hasHeaders: Bool { headers.load(ordering: .acquiring) }
    }
}
