import VultrAPI

/// Where vus sends its requests, once the command line has been checked.
public struct Connection: Sendable {
    public var credentials: Credentials
    /// "sandbox" for the sandbox `--sandbox` starts; shown in the banner and prompt.
    public var environmentName: String?
    /// Stops whatever `connect` started.
    public var close: @Sendable () async -> Void

    public init(credentials: Credentials, environmentName: String? = nil, close: @escaping @Sendable () async -> Void = {}) {
        self.credentials = credentials
        self.environmentName = environmentName
        self.close = close
    }
}
