/// Asks the person at the terminal. Scripts have none: they neither confirm nor type passwords.
public protocol Prompter: Sendable {
    /// Shows `details` (the plan), then asks a yes/no question; anything but yes is no.
    func confirm(_ question: String, details: [String]) async -> Bool
    /// Reads a line without echoing it; `nil` when the person gives up (Ctrl-C, Ctrl-D).
    func readSecret(_ prompt: String) async -> String?
}
