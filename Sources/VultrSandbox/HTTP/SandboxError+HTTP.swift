import Foundation
import HTTPTypes
import OpenAPIRuntime
import VultrOpenAPI

/// A sandbox failure as an HTTP answer.
extension SandboxError: HTTPResponseConvertible {
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
