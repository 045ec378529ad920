import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Adds the bearer token and `User-Agent: vus/<version>` to every request.
struct HeadersMiddleware: ClientMiddleware {
    let apiKey: String
    let userAgent: String

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[.authorization] = "Bearer \(apiKey)"
        request.headerFields[.userAgent] = userAgent
        return try await next(request, body, baseURL)
    }
}
