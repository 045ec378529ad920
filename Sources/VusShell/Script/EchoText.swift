import Foundation

/// A command as `-x` shows it: the source text as written (so `$PW` never shows its value),
/// with a literal `password=` value and the value given to a secret-named `let` masked.
enum EchoText {
    static func masked(_ text: String) -> String {
        var masked = text.replacingOccurrences(
            of: #"password=("[^"]*"|'[^']*'|\S+)"#, with: "password=***", options: .regularExpression)
        // `let pw = ...` hides the value when the name says it is secret.
        if let name = masked.firstMatch(of: #/^let\s+([A-Za-z_][A-Za-z0-9_]*)\s*=/#)?.1, SecretNames.isSecret(String(name)) {
            masked = masked.replacingOccurrences(of: #"=\s*.*$"#, with: "= ***", options: .regularExpression)
        }
        return masked
    }
}
