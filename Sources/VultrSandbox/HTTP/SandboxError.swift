import Foundation
import HTTPTypes
import OpenAPIRuntime
import VultrOpenAPI

/// A failure answered the way Vultr answers it: the status and `{"error": message, "status": code}`.
struct SandboxError: Error, HTTPResponseConvertible, Equatable {
    var status: Int
    var message: String
    var headers: HTTPFields = [:]

    static func badRequest(_ message: String) -> SandboxError { .init(status: 400, message: message) }
    static func notFound(_ message: String) -> SandboxError { .init(status: 404, message: message) }
    static let userNotFound = SandboxError(status: 404, message: "User not found.")
    static let invalidToken = SandboxError(status: 401, message: "Invalid API token.")
    /// What every IAM route answers on an account without IAM (`vus-sandbox --no-iam`).
    static let noOrganization = SandboxError(status: 403, message: "IAM is not enabled on this account: it has no organization.")

    var httpStatus: HTTPResponse.Status { .init(code: status) }
    var httpHeaderFields: HTTPFields {
        var fields = headers
        fields[.contentType] = "application/json"
        return fields
    }
    var httpBody: HTTPBody? { HTTPBody(body) }

    /// The JSON body, encoded from the document's own `Error` schema.
    var body: Data {
        let payload = Components.Schemas._Error(error: message, status: status)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(payload)) ?? Data()
    }
}
