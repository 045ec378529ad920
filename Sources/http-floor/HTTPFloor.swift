import AsyncHTTPClient
import Foundation
import VultrAPI

/// The floor under `vus -c 'ls users'` for `scripts/bench`: a process that only fetches the first
/// page of users and exits, either with AsyncHTTPClient alone (`ahc`) or through VultrAPI's typed
/// client (`client`), from VULTR_API_URL with VULTR_API_KEY. What vus adds is the difference.
@main
struct HTTPFloor {
    static func main() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard CommandLine.arguments.count == 2, let url = environment["VULTR_API_URL"],
              let key = environment["VULTR_API_KEY"], let base = URL(string: url) else { usage() }
        switch CommandLine.arguments[1] {
        case "ahc":
            var request = HTTPClientRequest(url: url + "/v2/users?per_page=500")
            request.headers.add(name: "Authorization", value: "Bearer " + key)
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            let body = try await response.body.collect(upTo: 1 << 24)
            print("\(response.status.code) \(body.readableBytes) bytes")
        case "client":
            let client = try VultrClient(.init(apiKey: key, baseURL: base))
            print("\(try await client.users().collect().count) users")
        default:
            usage()
        }
    }

    static func usage() -> Never {
        FileHandle.standardError.write(Data("usage: VULTR_API_URL=<url> VULTR_API_KEY=<key> http-floor ahc|client\n".utf8))
        exit(2)
    }
}
