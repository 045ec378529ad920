import Foundation

/// What a change would have sent, when the client is in dry-run mode: thrown instead of
/// sending, so every change is planned by the same code that would send it.
public struct RequestNotSent: Error, Sendable, Equatable, CustomStringConvertible {
    /// `POST`, `PATCH` or `DELETE`.
    public var method: String
    /// The path with `/v2`, e.g. `/v2/users/7f3c…`.
    public var path: String
    /// The JSON body with any password shown as `***`; empty when there is none.
    public var body: String

    /// Creates a description of an unsent request.
    public init(method: String, path: String, body: String) {
        self.method = method
        self.path = path
        self.body = body
    }

    /// `PATCH /v2/users/7f3c… {"api_enabled":false}`.
    public var description: String { body.isEmpty ? "\(method) \(path)" : "\(method) \(path) \(body)" }
}
