import VultrAPI

/// Where vus sends its requests, once the command line has been checked.
public struct Connection: Sendable {
    public var credentials: Credentials
    /// "sandbox" for the sandbox `--sandbox` starts; shown in the banner and prompt.
    public var environmentName: String?
    /// Where the journal says the changed account is, when its URL would not name it again next
    /// time: a sandbox kept in a state file listens on a new port at each run. `nil`: its URL.
    public var journalPlace: String?
    /// Stops whatever `connect` started.
    public var close: @Sendable () async -> Void

    public init(credentials: Credentials, environmentName: String? = nil, journalPlace: String? = nil,
                close: @escaping @Sendable () async -> Void = {}) {
        self.credentials = credentials
        self.environmentName = environmentName
        self.journalPlace = journalPlace
        self.close = close
    }
}
