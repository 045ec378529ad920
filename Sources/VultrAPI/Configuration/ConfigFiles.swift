import Foundation
import Yams

/// vus's own config file, `$XDG_CONFIG_HOME/vus/config.yaml`:
///
/// ```yaml
/// default-profile: work        # optional
/// api-key: ...                 # optional: used when no profile is chosen
/// profiles:
///   work:
///     api-key: ...
///   sandbox:
///     api-key: ...
///     api-url: http://127.0.0.1:8730
/// ```
struct VusConfigFile: Decodable, Equatable {
    struct Profile: Decodable, Equatable {
        var apiKey: String?
        var apiURL: String?
        enum CodingKeys: String, CodingKey { case apiKey = "api-key", apiURL = "api-url" }
    }

    var apiKey: String?
    var apiURL: String?
    var defaultProfile: String?
    var profiles: [String: Profile]?

    enum CodingKeys: String, CodingKey {
        case apiKey = "api-key", apiURL = "api-url", defaultProfile = "default-profile", profiles
    }
}

/// vultr-cli's config file: a single `api-key`.
struct VultrCLIConfigFile: Decodable, Equatable {
    var apiKey: String?
    enum CodingKeys: String, CodingKey { case apiKey = "api-key" }
}

/// Reading a YAML config file, with errors that name the file.
enum ConfigFileReader {
    /// The decoded file, or `nil` when it does not exist. An empty file decodes as empty.
    static func read<T: Decodable>(_ type: T.Type, at path: String, empty: T) throws -> T? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw VultrError(kind: .configuration, message: "cannot read \(path): \(error.localizedDescription)")
        }
        if text.trimmed.isEmpty { return empty }
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch {
            throw VultrError(kind: .configuration, message: "cannot read \(path): \(describe(error))")
        }
    }

    /// A warning, as ssh gives, when others may read a file that holds a key.
    static func permissionWarning(for path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 else { return nil }
        return "\(path) holds an API key and is readable by others (mode \(String(mode, radix: 8))); run: chmod 600 \(path)"
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? DecodingError {
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                let path = context.codingPath.map(\.stringValue).joined(separator: ".")
                return path.isEmpty ? "not valid YAML for this file" : "'\(path)' has the wrong type"
            case .keyNotFound(let key, _):
                return "missing '\(key.stringValue)'"
            @unknown default:
                break
            }
        }
        return "\(error)"
    }
}
