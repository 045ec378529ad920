import Foundation
import VusTestSupport
import Testing
@testable import VultrAPI

/// Credentials come from a temporary HOME and XDG_CONFIG_HOME, never the real ones.
@Suite struct CredentialsTests {
    struct Home {
        let root: URL
        var xdg: URL { root.appendingPathComponent("xdg") }
        var environment: [String: String] { ["HOME": root.path, "XDG_CONFIG_HOME": xdg.path] }

        init() throws { root = try temporaryDirectory() }

        func write(_ relativePath: String, under base: URL? = nil, _ text: String, mode: Int = 0o600) throws {
            let url = (base ?? root).appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        }

        func resolver(_ extra: [String: String] = [:]) -> CredentialResolver {
            CredentialResolver(environment: environment.merging(extra) { $1 }, homeDirectory: root.path)
        }
    }

    static let vusConfig = """
        default-profile: work
        profiles:
          work:
            api-key: WORK-KEY-000000000000000
          sandbox:
            api-key: SANDBOX-KEY-00000000000
            api-url: http://127.0.0.1:8730/
        """

    @Test func keysAndURLsAreTrimmedOfWhiteSpaceAndLineBreaks() throws {
        #expect("  key-1\r\n".trimmed == "key-1")
        #expect("\t a b \n".trimmed == "a b")
        #expect(" \n\u{00A0}".trimmed == "")
        #expect("".trimmed == "")
        #expect("é".trimmed == "é")
        let credentials = try CredentialResolver(environment: ["VULTR_API_KEY": " key-2\n", "VULTR_API_URL": " http://127.0.0.1:9/v2\n"],
                                                 homeDirectory: "/nonexistent").resolve()
        #expect(credentials.apiKey == "key-2")
        #expect(credentials.baseURL.absoluteString == "http://127.0.0.1:9")
    }

    @Test func environmentKeyWinsOverConfigFiles() throws {
        let home = try Home()
        try home.write("vus/config.yaml", under: home.xdg, Self.vusConfig)
        try home.write("vultr-cli.yaml", under: home.xdg, "api-key: CLI-KEY-0000000000000")
        let credentials = try home.resolver(["VULTR_API_KEY": "ENV-KEY-00000000000000"]).resolve()
        #expect(credentials.apiKey == "ENV-KEY-00000000000000")
        #expect(credentials.keySource == "VULTR_API_KEY")
        #expect(credentials.baseURL.absoluteString == "https://api.vultr.com")
    }

    @Test func vusConfigDefaultProfileThenVUSProfileThenExplicitProfile() throws {
        let home = try Home()
        try home.write("vus/config.yaml", under: home.xdg, Self.vusConfig)
        #expect(try home.resolver().resolve().apiKey == "WORK-KEY-000000000000000")
        let viaEnvironment = try home.resolver(["VUS_PROFILE": "sandbox"]).resolve()
        #expect(viaEnvironment.apiKey == "SANDBOX-KEY-00000000000")
        #expect(viaEnvironment.baseURL.absoluteString == "http://127.0.0.1:8730")
        // An explicitly chosen profile wins even over VULTR_API_KEY: the user asked for it by name.
        let explicit = try home.resolver(["VULTR_API_KEY": "ENV-KEY-00000000000000"]).resolve(profile: "sandbox")
        #expect(explicit.apiKey == "SANDBOX-KEY-00000000000")
        #expect(explicit.keySource.hasSuffix("(profile sandbox)"))
    }

    @Test func unknownProfileListsTheKnownOnes() throws {
        let home = try Home()
        try home.write("vus/config.yaml", under: home.xdg, Self.vusConfig)
        let error = #expect(throws: VultrError.self) { try home.resolver().resolve(profile: "prod") }
        #expect(error?.message.hasSuffix("; profiles: sandbox, work") == true)
    }

    @Test func vultrCLIConfigUnderXDGComesBeforeTheHomeFile() throws {
        let home = try Home()
        try home.write(".vultr-cli.yaml", "api-key: HOME-CLI-KEY-000000000")
        #expect(try home.resolver().resolve().apiKey == "HOME-CLI-KEY-000000000")
        try home.write("vultr-cli.yaml", under: home.xdg, "api-key: XDG-CLI-KEY-0000000000\n")
        let credentials = try home.resolver().resolve()
        #expect(credentials.apiKey == "XDG-CLI-KEY-0000000000")
        #expect(credentials.keySource == home.xdg.appendingPathComponent("vultr-cli.yaml").path)
    }

    @Test func vusConfigComesBeforeVultrCLIConfig() throws {
        let home = try Home()
        try home.write("vultr-cli.yaml", under: home.xdg, "api-key: CLI-KEY-0000000000000")
        try home.write("vus/config.yaml", under: home.xdg, "api-key: TOP-LEVEL-KEY-000000000\napi-url: https://example.test\n")
        let credentials = try home.resolver().resolve()
        #expect(credentials.apiKey == "TOP-LEVEL-KEY-000000000")
        #expect(credentials.baseURL.absoluteString == "https://example.test")
    }

    @Test func urlPrecedence() throws {
        let home = try Home()
        try home.write("vus/config.yaml", under: home.xdg, Self.vusConfig)
        let fromEnvironment = try home.resolver(["VULTR_API_URL": "http://localhost:9000", "VUS_PROFILE": "sandbox"]).resolve()
        #expect(fromEnvironment.baseURL.absoluteString == "http://localhost:9000")
        let explicit = try home.resolver(["VULTR_API_URL": "http://localhost:9000"]).resolve(apiURL: "https://api.example.test")
        #expect(explicit.baseURL.absoluteString == "https://api.example.test")
    }

    @Test(arguments: ["http://api.example.com", "http://10.0.0.5:8730", "ftp://127.0.0.1", "not a url"])
    func plainHTTPIsRefusedExceptToLoopback(url: String) throws {
        let home = try Home()
        let error = #expect(throws: VultrError.self) {
            try home.resolver(["VULTR_API_KEY": "K-0000000000", "VULTR_API_URL": url]).resolve()
        }
        #expect(error?.kind == .configuration)
    }

    @Test(arguments: ["http://127.0.0.1:8730", "http://localhost", "http://[::1]:80", "https://api.vultr.com"])
    func loopbackHTTPAndHTTPSAreAccepted(url: String) throws {
        let home = try Home()
        _ = try home.resolver(["VULTR_API_KEY": "K-0000000000", "VULTR_API_URL": url]).resolve()
    }

    @Test func aConfigReadableByOthersGetsAWarning() throws {
        let home = try Home()
        try home.write("vus/config.yaml", under: home.xdg, "api-key: K-00000000000000", mode: 0o644)
        let credentials = try home.resolver().resolve()
        #expect(credentials.warnings.count == 1)
        #expect(credentials.warnings.first?.contains("chmod 600") == true)
        #expect(credentials.warnings.first?.contains("K-0000") == false)
        try home.write("vus/config.yaml", under: home.xdg, "api-key: K-00000000000000", mode: 0o600)
        #expect(try home.resolver().resolve().warnings.isEmpty)
    }

    @Test func noKeyAnywhereSaysWhereToPutOne() throws {
        let home = try Home()
        let error = #expect(throws: VultrError.self) { try home.resolver().resolve() }
        #expect(error?.message.contains("set VULTR_API_KEY") == true)
    }

    @Test(arguments: ["api-key: [unclosed", "profiles: 12", "- just\n- a list"])
    func aBrokenConfigNamesTheFile(text: String) throws {
        let home = try Home()
        try home.write("vus/config.yaml", under: home.xdg, text)
        let error = #expect(throws: VultrError.self) { try home.resolver().resolve() }
        #expect(error?.message.contains("vus/config.yaml") == true)
    }
}
