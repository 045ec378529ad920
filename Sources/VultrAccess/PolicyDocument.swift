#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Vultr IAM policy document:
/// `{"Version": "2012-10-17", "Statement": [{"Effect": …, "Action": …, "Resource": …}]}`.
///
/// Coding uses Vultr's exact keys. A missing `Version` decodes as
/// ``currentVersion``; a missing `Statement` is a decoding error. Decoding checks
/// shape only (types, effect names); use ``validate(json:)`` or ``problems`` for the
/// content rules (non-empty lists, well-formed action names).
public struct PolicyDocument: Codable, Sendable, Hashable {
    /// The only policy language version Vultr documents.
    public static let currentVersion = "2012-10-17"

    /// The policy language version, normally ``currentVersion``.
    public var version: String
    /// The statements, in document order (paths number them from 1).
    public var statements: [PolicyStatement]

    /// Creates a document with the given statements.
    public init(version: String = PolicyDocument.currentVersion, statements: [PolicyStatement]) {
        self.version = version
        self.statements = statements
    }

    /// Decodes a document from JSON, turning any decoding failure into a
    /// ``PolicyDocumentError`` whose message names the offending field,
    /// e.g. `Statement 2, Effect: Effect must be "Allow" or "Deny", got "Permit"`.
    public init(json: Data) throws(PolicyDocumentError) {
        do {
            self = try JSONDecoder().decode(PolicyDocument.self, from: json)
        } catch let error as DecodingError {
            throw PolicyDocumentError(error)
        } catch {
            throw PolicyDocumentError(message: String(describing: error))
        }
    }

    enum CodingKeys: String, CodingKey {
        case version = "Version"
        case statements = "Statement"
    }

    /// Decodes `Version` (optional) and `Statement` (required list).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(String.self, forKey: .version) ?? Self.currentVersion
        statements = try container.decode([PolicyStatement].self, forKey: .statements)
    }

    /// Encodes with Vultr's keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(statements, forKey: .statements)
    }
}

/// Why a policy document could not be decoded, in words fit for an HTTP 400 body.
public struct PolicyDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The readable reason, prefixed with where in the document it happened.
    public let message: String

    /// Wraps a plain message.
    public init(message: String) { self.message = message }

    /// Rewrites a `DecodingError` as `<where>: <what>`, statements numbered from 1.
    public init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            message = "\(Self.location(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let place = Self.location(context.codingPath)
            var text = context.debugDescription
            if let underlying = context.underlyingError { text += " (\(underlying))" }
            message = place.isEmpty ? text : "\(place): \(text)"
        @unknown default:
            message = String(describing: error)
        }
    }

    /// The message.
    public var description: String { message }

    /// `Statement 2, Effect` for the coding path `Statement/1/Effect`.
    static func location(_ path: [any CodingKey]) -> String {
        var parts: [String] = []
        for key in path {
            if let index = key.intValue, !parts.isEmpty {
                parts[parts.count - 1] += " \(index + 1)"
            } else {
                parts.append(key.stringValue)
            }
        }
        return parts.joined(separator: ", ")
    }
}
