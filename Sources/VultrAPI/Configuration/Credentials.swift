import Foundation
import VultrOpenAPI

/// The key and endpoint to use, and where they came from.
public struct Credentials: Sendable, Equatable {
    public var apiKey: String
    public var baseURL: URL
    /// Where the key came from, for messages: `VULTR_API_KEY`, a config file path and profile.
    public var keySource: String
    /// Things the user should fix, such as a config file others can read.
    public var warnings: [String]

    public init(apiKey: String, baseURL: URL, keySource: String, warnings: [String] = []) {
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.keySource = keySource
        self.warnings = warnings
    }
}

/// Finds the API key and base URL, in this order:
///
/// - key: an explicitly chosen profile of vus's config; else `VULTR_API_KEY`; else vus's config
///   (`VUS_PROFILE`, then `default-profile`, then its top-level `api-key`); else vultr-cli's
///   config (`$XDG_CONFIG_HOME/vultr-cli.yaml`, else `~/.vultr-cli.yaml`).
/// - URL: an explicit URL (`--api-url`); else `VULTR_API_URL`; else the profile's `api-url`;
///   else the config's top-level `api-url`; else `https://api.vultr.com`. With or without a
///   trailing `/v2`; ``Credentials/baseURL`` is always without it.
public struct CredentialResolver: Sendable {
    public var environment: [String: String]
    public var homeDirectory: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, homeDirectory: String? = nil) {
        self.environment = environment
        self.homeDirectory = homeDirectory ?? environment["HOME"] ?? NSHomeDirectory()
    }

    var configHome: String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg }
        return homeDirectory + "/.config"
    }

    /// `$XDG_CONFIG_HOME/vus/config.yaml`.
    public var vusConfigPath: String { configHome + "/vus/config.yaml" }

    /// Where vultr-cli keeps its config, in the order it looks.
    public var vultrCLIConfigPaths: [String] { [configHome + "/vultr-cli.yaml", homeDirectory + "/.vultr-cli.yaml"] }

    /// Resolves credentials; `profile` is the one the user chose explicitly (`--profile`).
    public func resolve(profile explicitProfile: String? = nil, apiURL explicitURL: String? = nil) throws -> Credentials {
        var warnings: [String] = []
        let vusConfig = try ConfigFileReader.read(VusConfigFile.self, at: vusConfigPath, empty: VusConfigFile())
        let profileName = explicitProfile ?? nonEmpty(environment["VUS_PROFILE"]) ?? vusConfig?.defaultProfile
        var profile: VusConfigFile.Profile?
        if let profileName {
            guard let config = vusConfig else {
                throw VultrError(kind: .configuration, message: "no profile '\(profileName)': \(vusConfigPath) does not exist")
            }
            guard let found = config.profiles?[profileName] else {
                let names = (config.profiles ?? [:]).keys.sorted()
                throw VultrError(kind: .configuration, message: "no profile '\(profileName)' in \(vusConfigPath)"
                    + (names.isEmpty ? "" : "; profiles: \(names.joined(separator: ", "))"))
            }
            profile = found
        }

        var key: (value: String, source: String, file: String?)?
        if explicitProfile != nil, let value = nonEmpty(profile?.apiKey) {
            key = (value, "\(vusConfigPath) (profile \(profileName!))", vusConfigPath)
        } else if let value = nonEmpty(environment["VULTR_API_KEY"]) {
            key = (value, "VULTR_API_KEY", nil)
        } else if let value = nonEmpty(profile?.apiKey) {
            key = (value, "\(vusConfigPath) (profile \(profileName!))", vusConfigPath)
        } else if let value = nonEmpty(vusConfig?.apiKey) {
            key = (value, vusConfigPath, vusConfigPath)
        } else {
            for path in vultrCLIConfigPaths {
                guard let file = try ConfigFileReader.read(VultrCLIConfigFile.self, at: path, empty: VultrCLIConfigFile())
                else { continue }
                if let value = nonEmpty(file.apiKey) { key = (value, path, path) }
                break  // vultr-cli reads only the first file that exists
            }
        }
        guard let key else {
            throw VultrError(kind: .configuration, message:
                "no API key: set VULTR_API_KEY, or add api-key to \(vusConfigPath) or to vultr-cli's \(vultrCLIConfigPaths[0])")
        }
        if let file = key.file, let warning = ConfigFileReader.permissionWarning(for: file) {
            warnings.append(warning)
        }

        let urlText = nonEmpty(explicitURL) ?? nonEmpty(environment["VULTR_API_URL"]) ?? nonEmpty(profile?.apiURL)
            ?? nonEmpty(vusConfig?.apiURL)
        // Normalised here, once: `http://127.0.0.1:8730/v2/` and `http://127.0.0.1:8730` are one endpoint.
        let baseURL = try urlText.map(Endpoint.parse) ?? APIBase.productionURL
        return Credentials(apiKey: key.value, baseURL: baseURL, keySource: key.source, warnings: warnings)
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmed, !text.isEmpty else { return nil }
        return text
    }
}

extension VultrClient.Configuration {
    /// A configuration for resolved credentials.
    public init(_ credentials: Credentials) {
        self.init(apiKey: credentials.apiKey, baseURL: credentials.baseURL)
    }
}
