import Hummingbird

/// Lets through only requests that carry one of the configured keys as a bearer token.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let keys: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { throw SandboxError.invalidToken }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
              keys.contains(parts[1].trimmingCharacters(in: .whitespaces))
        else { throw SandboxError.invalidToken }
        return try await next(request, context)
    }
}
