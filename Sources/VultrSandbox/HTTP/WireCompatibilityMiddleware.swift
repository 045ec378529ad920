import Foundation
import Hummingbird
import OpenAPIRuntime

/// Makes every answer look like Vultr's on the wire:
/// - `Content-Type: application/json` exactly (the generated server says `; charset=utf-8`,
///   which Vultr's Python clients reject);
/// - every error, including unknown paths (404) and wrong methods (405), as a JSON error body;
/// - a request body sent without a JSON content type (curl's `-d` default) is read as JSON.
struct WireCompatibilityMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/json") {
            var head = request.head
            head.headerFields[.contentType] = "application/json"
            request = Request(head: head, body: request.body)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as SandboxError {
            response = Self.response(for: error)
        } catch let error as ServerError {
            response = Self.response(for: SandboxError(error))
        } catch let error as HTTPError where error.status == .notFound {
            response = Self.response(for: routeError(for: request))
        } catch let error as HTTPError {
            response = Self.response(for: SandboxError(
                status: Int(error.status.code), message: error.body ?? error.status.reasonPhrase))
        } catch {
            context.logger.error("Unhandled error: \(error)")
            response = Self.response(for: SandboxError(status: 500, message: "Internal server error"))
        }
        if let type = response.headers[.contentType], type.lowercased().hasPrefix("application/json") {
            response.headers[.contentType] = "application/json"
        }
        return response
    }

    /// 405 with `Allow` for a known path asked with the wrong method, else 404.
    private func routeError(for request: Request) -> SandboxError {
        let allowed = routes.methods(forPath: request.uri.path)
        if allowed.isEmpty {
            return .notFound("Invalid API route: \(request.method.rawValue) \(request.uri.path)")
        }
        var error = SandboxError(status: 405, message: "Method \(request.method.rawValue) is not allowed on \(request.uri.path)")
        error.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        return error
    }

    static func response(for error: SandboxError) -> Response {
        Response(status: error.httpStatus, headers: error.httpHeaderFields,
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.body)))
    }
}
