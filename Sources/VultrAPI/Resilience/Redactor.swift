import Foundation

/// Removes secrets (the API key, a password being sent) from anything the client reports,
/// in case a server or proxy echoes them back.
struct Redactor: Sendable {
    let secrets: [String]

    init(secrets: [String]) {
        // Very short strings would redact innocent text.
        self.secrets = secrets.filter { $0.count >= 6 }
    }

    func redact(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "[redacted]") }
    }
}

