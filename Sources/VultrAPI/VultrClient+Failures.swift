import Foundation
import OpenAPIRuntime

/// Turning what a generated call throws into a ``VultrError`` whose message is a sentence.
extension VultrClient {
    /// The failure, or `nil` when the call was cancelled.
    static func classify(_ error: any Error, host: String) -> VultrError? {
        let cause = ResilienceMiddleware.unwrap(error)
        if cause is CancellationError || Task.isCancelled { return nil }
        if let vultr = cause as? VultrError { return vultr }
        let client = error as? ClientError
        if let decoding = cause as? DecodingError {
            return mismatch(describe(decoding, status: client?.response?.status.code))
        }
        if let client { return mismatch(describe(client)) }
        return VultrError(kind: .transport, message: TransportFailure.describe(cause, host: host))
    }

    /// For a 2xx answer the document does not describe.
    static func unexpected(_ output: some Sendable) -> VultrError {
        let status = Mirror(reflecting: output).children.first.flatMap { case_ in
            Mirror(reflecting: case_.value).children.first { $0.label == "statusCode" }?.value as? Int
        }
        return mismatch(status.map { "HTTP \($0) is not an answer the API documents for this request" }
            ?? "it is not an answer the API documents for this request")
    }

    private static func mismatch(_ detail: String) -> VultrError {
        VultrError(kind: .malformedResponse, message: "the answer did not match the API: \(detail)")
    }

    static func describe(_ error: DecodingError, status: Int?) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return keys.isEmpty ? "the body" : keys
        }
        switch error {
        // An undocumented 2xx is decoded as the error body every operation documents as its
        // default; that it lacks `error` says only that the status was unexpected.
        case .keyNotFound(let key, let context) where key.stringValue == "error" && context.codingPath.isEmpty:
            return status.map { "HTTP \($0) with a body is not an answer the API documents for this request" }
                ?? "the body is not one the API documents for this request"
        case .dataCorrupted(let context) where context.codingPath.isEmpty: return "the body is not valid JSON"
        case .dataCorrupted(let context): return "\(path(context)) is not valid"
        case .keyNotFound(let key, let context): return "\(path(context)) lacks \(key.stringValue)"
        case .typeMismatch(_, let context): return "\(path(context)) has the wrong type"
        case .valueNotFound(_, let context): return "\(path(context)) is null"
        @unknown default: return "the body does not match the API"
        }
    }

    /// What the runtime could not make of an answer: usually a body that is not JSON.
    private static func describe(_ error: ClientError) -> String {
        if let response = error.response {
            let type = response.headerFields[.contentType] ?? ""
            if !type.lowercased().contains("json") {
                return type.isEmpty ? "the body has no content type, so it is not JSON" : "the body is \(type), not JSON"
            }
        }
        return error.causeDescription
    }
}

extension VultrClient {
    /// For an answer that decoded as neither of the forms its schema admits.
    static func emptyAnswer(_ noun: String) -> VultrError {
        VultrError(kind: .malformedResponse, message: "the answer did not match the API: it holds no \(noun)")
    }
}
