import Foundation
import Yams

/// The one JSON and YAML style vus writes: sorted keys, UTF-8 as it is, one record per line in
/// JSON arrays so output is both valid and readable line by line.
enum Encoding {
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// `[` + one compact object per line + `]`.
    static func jsonArray(_ values: [any Encodable]) -> String {
        guard !values.isEmpty else { return "[]\n" }
        return "[\n" + values.map { "  " + json($0) }.joined(separator: ",\n") + "\n]\n"
    }

    static func yaml(_ value: some Encodable) -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = true
        encoder.options.allowUnicode = true
        return (try? encoder.encode(value)) ?? ""
    }

    /// A YAML sequence of mappings, `[]` when empty.
    static func yamlSequence(_ values: [any Encodable]) -> String {
        values.isEmpty ? "[]\n" : yaml(values.map(AnyEncodable.init))
    }
}

/// Lets records of different types be encoded as one sequence.
private struct AnyEncodable: Encodable {
    let value: any Encodable
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

/// RFC 4180 lines.
enum CSV {
    static func line(_ cells: [String]) -> String {
        cells.map { cell in
            cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",") + "\r\n"
    }
}
