import Hummingbird

/// Writes one line per request, once it is answered: method, path with query, status and time,
/// e.g. `GET /v2/users?per_page=100 200 3 ms`. Headers are never logged, so the API key is not.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        func write(_ status: Int) {
            let elapsed = start.duration(to: clock.now).components
            let milliseconds = elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
            log("\(request.method.rawValue) \(request.uri.description) \(status) \(milliseconds) ms")
        }
        do {
            let response = try await next(request, context)
            write(Int(response.status.code))
            return response
        } catch {
            // Errors are turned into answers further in; this is only for one that is not.
            write(Int((error as? any HTTPResponseError)?.status.code ?? 500))
            throw error
        }
    }
}
