import Foundation
import Testing
import VusTestSupport
import VultrAPI

/// vus never follows a redirect: the key would go wherever the server points.
@Suite struct RedirectTests {
    @Test(arguments: [301, 302, 307, 308])
    func aRedirectIsAnErrorNamingWhereItPointed(status: Int) async throws {
        let elsewhere = try await CannedServer.start(.init(body: #"{"account":{"name":"elsewhere","acls":[]}}"#))
        let target = "http://127.0.0.1:\(elsewhere.url.port!)/v2/account"
        let server = try await CannedServer.start(.init(status: .init(code: status), contentType: "text/html",
                                                        body: "moved", headers: [.location: target]))
        let client = try VultrClient(.init(apiKey: "REDIRECT-KEY-000000000000", baseURL: server.url))
        let error = await #expect(throws: VultrError.self) { _ = try await client.account() }
        let followed = elsewhere.requests.count
        await server.stop()
        await elsewhere.stop()
        #expect(followed == 0, "the redirect was not followed")
        #expect(error?.status == status)
        #expect(error?.attempts == 1, "a redirect is not retried")
        #expect(error?.description == "get account: the API answered \(status) redirecting to \(target); "
            + "vus does not follow redirects — check the API URL")
    }

    @Test func aRelativeLocationIsShownInFull() async throws {
        let server = try await CannedServer.start(.init(status: .movedPermanently, body: "",
                                                        headers: [.location: "/v3/account"]))
        let client = try VultrClient(.init(apiKey: "REDIRECT-KEY-000000000000", baseURL: server.url))
        let error = await #expect(throws: VultrError.self) { _ = try await client.account() }
        await server.stop()
        #expect(error?.message == "the API answered 301 redirecting to \(server.url.absoluteString)/v3/account; "
            + "vus does not follow redirects")
    }
}
