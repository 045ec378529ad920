import Foundation

/// A command as `-x` shows it: the source text as written (so `$PW` never shows its value),
/// with a literal `password=` value masked, and the value of a `let` masked when its name says
/// it is secret or the variable is used as a password (`password=$x`) anywhere in the script.
public enum EchoText {
    public static func masked(_ text: String, passwordVariables: Set<String> = []) -> String {
        var masked = text.replacingOccurrences(
            of: #"password=("[^"]*"|'[^']*'|\S+)"#, with: "password=***", options: .regularExpression)
        if let name = masked.firstMatch(of: #/^\s*let\s+([A-Za-z_][A-Za-z0-9_]*)\s*=/#)?.1,
           SecretNames.isSecret(String(name)) || passwordVariables.contains(String(name)) {
            masked = masked.replacingOccurrences(of: #"=\s*.*$"#, with: "= ***", options: .regularExpression)
        }
        return masked
    }

    /// The variables `text` uses as a password: `password=$x`, `password=${x}`, `password="$x"`.
    public static func passwordVariables(in text: String) -> Set<String> {
        guard text.contains("password=") else { return [] }
        return Set(text.matches(of: #/password=["']?\$\{?([A-Za-z_][A-Za-z0-9_]*)/#).map { String($0.1) })
    }
}
