/// A JSON value that Vultr policy documents allow to be either one string or a list
/// of strings (`"Action": "x"` and `"Action": ["x", "y"]` mean the same thing).
///
/// Internal: the public types expose plain `[String]`.
struct StringOrList: Decodable, Sendable {
    let values: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let single = try? container.decode(String.self) {
            values = [single]
        } else if let list = try? container.decode([String].self) {
            values = list
        } else {
            throw DecodingError.typeMismatch(
                [String].self,
                .init(codingPath: decoder.codingPath,
                      debugDescription: "must be a string or a list of strings"))
        }
    }
}
