import Testing
import Yams
@testable import VusLanguage
@testable import VusShell

/// The export's YAML is byte for byte what `YAMLEncoder` writes for the same document, values
/// that look like other YAML types included, and it reads back to the same document.
@Suite struct UsersDocumentYAMLTests {
    static let awkward = UsersDocument(users: [
        .init(email: "a@example.com", firstName: "true", lastName: "123", serviceUser: false, apiEnabled: true,
              acls: ["billing", "manage_users"], allowlist: ["10.0.0.0/8", "2001:db8::/32"]),
        .init(email: "b@example.com", firstName: "null", lastName: "2026-01-02", serviceUser: true, apiEnabled: false,
              acls: [], allowlist: []),
        .init(email: "c@example.com", firstName: "Zoë: the #1", lastName: "- dash", acls: ["dns"]),
        .init(email: "d@example.com", firstName: "", lastName: "line\nbreak", password: "${NEW_USER_PASSWORD}"),
        .init(email: "e@example.com", firstName: "yes", lastName: "~", apiEnabled: false, acls: nil),
        .init(email: "f@example.com", firstName: "0x1F", lastName: "1e3", serviceUser: nil, acls: ["=", "<<"]),
        .init(email: "g@example.com", firstName: "Jos\u{E9}", lastName: "Jos\u{65}\u{301}"),  // é composed, then not
    ])

    @Test(arguments: [awkward, UsersDocument(users: []), UsersDocument(users: [awkward.users[0]])])
    func matchesYAMLEncoder(document: UsersDocument) throws {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.sortKeys = false
        let expected = try encoder.encode(document)
        let written = try document.text(format: .yaml, header: [])
        #expect(Array(written.utf8) == Array(expected.utf8))
        #expect(try YAMLDecoder().decode(UsersDocument.self, from: written) == document)
    }

    @Test func headerLinesAreComments() throws {
        let written = try Self.awkward.text(format: .yaml, header: ["account: x", "exported: now"])
        #expect(written.hasPrefix("# account: x\n# exported: now\nusers:\n"))
    }
}
