import HTTPTypes

/// A failure answered the way Vultr answers it: the status and `{"error": message, "status": code}`
/// (the HTTP layer's `SandboxError+HTTP` writes it).
struct SandboxError: Error, Equatable {
    var status: Int
    var message: String
    var headers: HTTPFields = [:]

    static func badRequest(_ message: String) -> SandboxError { .init(status: 400, message: message) }
    static func notFound(_ message: String) -> SandboxError { .init(status: 404, message: message) }
    static let userNotFound = SandboxError(status: 404, message: "User not found.")
    static let invalidToken = SandboxError(status: 401, message: "Invalid API token.")
    /// What every IAM route answers on an account without IAM (`vus-sandbox --no-iam`).
    static let noOrganization = SandboxError(status: 403, message: "IAM is not enabled on this account: it has no organization.")
}
