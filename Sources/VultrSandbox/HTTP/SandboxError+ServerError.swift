import Foundation
import HTTPTypes
import OpenAPIRuntime

/// What the generated server throws, as Vultr would answer it: a ``SandboxError`` from a
/// handler stands as it is, and a request the generated code could not decode (bad JSON, a
/// missing field, a value of the wrong type) becomes a 400 that names the problem.
extension SandboxError {
    init(_ error: ServerError) {
        if let sandboxError = error.underlyingError as? SandboxError {
            self = sandboxError
        } else if error.operationInput == nil {
            self = .badRequest(Self.describe(error.underlyingError, cause: error.causeDescription, request: error.request))
        } else {
            self = SandboxError(status: 500, message: "Internal error: \(error.causeDescription)")
        }
    }

    static func describe(_ error: any Error, cause: String, request: HTTPRequest) -> String {
        // Only list-users takes a typed query parameter, and only GET requests carry no body.
        let query = request.path?.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        if request.method == .get, !query.isEmpty, error is DecodingError {
            return "Invalid query parameter in '\(query)': per_page must be a whole number from 1 to 500"
        }
        func path(_ codingPath: [any CodingKey], _ key: (any CodingKey)? = nil) -> String {
            (codingPath + (key.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".")
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "Missing required field: \(path(context.codingPath, key))"
        case DecodingError.valueNotFound(_, let context):
            return "Missing value for field: \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "The request body must be a JSON object"
        case DecodingError.typeMismatch(let type, let context):
            return "Invalid value for \(path(context.codingPath)): expected \(typeName(type))"
        case DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty:
            return "Invalid JSON in request body"
        case DecodingError.dataCorrupted(let context):
            return "Invalid value for \(path(context.codingPath))"
        default:
            if cause.localizedCaseInsensitiveContains("body") && cause.localizedCaseInsensitiveContains("missing") {
                return "Missing request body: send a JSON object"
            }
            if cause.localizedCaseInsensitiveContains("query") || cause.localizedCaseInsensitiveContains("per_page") {
                return "Invalid query parameter: \(cause)"
            }
            return "Invalid request: \(cause)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type: "a number"
        default: type is [Any].Type || "\(type)".hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
