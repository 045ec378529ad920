import Foundation
import Testing
import VusTestSupport
@testable import VultrAPI

/// Base URLs: with or without `/v2`, and refused with a reason when they cannot work.
@Suite struct EndpointTests {
    @Test(arguments: [
        "http://127.0.0.1:8730", "http://127.0.0.1:8730/", "http://127.0.0.1:8730/v2", "http://127.0.0.1:8730/v2/",
        " http://127.0.0.1:8730/V2// ",
    ])
    func theVersionPathIsOptional(text: String) throws {
        #expect(try Endpoint.parse(text).absoluteString == "http://127.0.0.1:8730")
    }

    @Test func aPathBeforeTheVersionIsKept() throws {
        #expect(try Endpoint.parse("https://proxy.example.com/vultr/v2/").absoluteString == "https://proxy.example.com/vultr")
    }

    @Test(arguments: [
        ("https://example.com:99999", "invalid API URL 'https://example.com:99999': port 99999 is out of range; a port is 1 to 65535"),
        ("https://example.com:0/v2", "port 0 is out of range"),
        ("https://example.com:123456789012345678901234", "is out of range"),
        ("https://", "names no host"),
        ("https:///v2", "names no host"),
        ("ftp://example.com", "ftp is not supported; use https://"),
        ("api.vultr.com", "it has no scheme; expected https://api.vultr.com"),
        ("https://user:pw@example.com", "holds a user name or password"),
        ("https://example.com/?x=1", "has a query or fragment"),
        ("http://example.com", "refusing to send the API key over plain http to example.com"),
    ])
    func aBadURLIsRefusedWithTheReason(text: String, reason: String) throws {
        let error = #expect(throws: VultrError.self) { try Endpoint.parse(text) }
        #expect(error?.kind == .configuration)
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "no error")")
    }

    @Test(arguments: [
        ("https://example.com:8443/v2", "8443"), ("http://[::1]:8730", "8730"), ("http://[::1]/v2", nil),
        ("https://user:pw@example.com:99999", "99999"), ("https://example.com/a:80", nil), ("https://example.com:", nil),
        ("https://example.com:8o", nil), ("https://example.com:443?x=1:2", "443"), ("example.com:443", nil),
    ] as [(String, String?)])
    func thePortIsReadAsWritten(text: String, port: String?) {
        #expect(Endpoint.writtenPort(in: text).map(String.init) == port)
    }

    @Test func theResolverAcceptsEitherFormOfTheURL() throws {
        let home = try CredentialsTests.Home()
        for url in ["http://127.0.0.1:8730/v2", "http://127.0.0.1:8730"] {
            let credentials = try home.resolver(["VULTR_API_KEY": "ENV-KEY-00000000000000", "VULTR_API_URL": url]).resolve()
            #expect(credentials.baseURL.absoluteString == "http://127.0.0.1:8730")
        }
        let error = #expect(throws: VultrError.self) {
            try home.resolver(["VULTR_API_KEY": "ENV-KEY-00000000000000", "VULTR_API_URL": "https://example.com:99999"]).resolve()
        }
        #expect(error?.message.contains("port 99999 is out of range") == true)
    }

    @Test func aClientGivenTheVersionPathDoesNotDoubleIt() async throws {
        let server = try await CannedServer.start(.init(body: #"{"account":{"name":"n","acls":[]}}"#))
        let client = try VultrClient(.init(apiKey: "CANNED-KEY-00000000000000",
                                           baseURL: server.url.appendingPathComponent("v2/")))
        _ = try await client.account()
        let paths = server.requests.map(\.path)
        await server.stop()
        #expect(paths == ["/v2/account"])
        #expect(client.configuration.baseURL == server.url)
    }

    @Test func aClientRefusesAnOutOfRangePort() throws {
        let url = try #require(URL(string: "https://example.com:70000"))
        let error = #expect(throws: VultrError.self) { try VultrClient(.init(apiKey: "SOME-KEY-000000000", baseURL: url)) }
        #expect(error?.message.contains("port 70000 is out of range") == true)
    }
}
