import Foundation
import HTTPTypes
import OpenAPIRuntime
import VultrOpenAPI

/// The routes the generated server registers, recorded from the same `registerHandlers` call,
/// so that a wrong method on a known path can answer 405 without a hand-kept list of routes.
struct RouteTable: Sendable {
    private(set) var routes: [(template: [String], method: HTTPRequest.Method)] = []

    /// Records every operation of `api` as mounted under `prefix`.
    static func of(_ api: some APIProtocol, prefix: String) throws -> RouteTable {
        let recorder = Recorder()
        try api.registerHandlers(on: recorder, serverURL: URL(string: prefix)!)
        return RouteTable(routes: recorder.routes)
    }

    /// The methods a path answers to; empty when no route has that shape.
    func methods(forPath path: String) -> [HTTPRequest.Method] {
        let components = path.split(separator: "/").map(String.init)
        return routes.filter { route in
            route.template.count == components.count
                && zip(route.template, components).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }.map(\.method)
    }

    private final class Recorder: ServerTransport {
        var routes: [(template: [String], method: HTTPRequest.Method)] = []

        func register(
            _ handler: @Sendable @escaping (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?),
            method: HTTPRequest.Method, path: String
        ) throws {
            routes.append((path.split(separator: "/").map(String.init), method))
        }
    }
}
