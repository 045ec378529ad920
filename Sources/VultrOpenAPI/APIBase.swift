import Foundation

/// Where the Vultr API lives, shared by the client and the sandbox so both mount the generated
/// operations under the same path prefix.
public enum APIBase {
    /// The production service, without the version path.
    public static let productionURL = URL(string: "https://api.vultr.com")!

    /// The path every operation in `openapi.yaml` is mounted under.
    public static let versionPath = "/v2"
}
