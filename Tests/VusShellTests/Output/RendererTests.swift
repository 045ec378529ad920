import Foundation
import Testing
import VusTestSupport
import VultrAPI
@testable import VusLanguage
@testable import VusShell

/// The one renderer: tables fit, CSV quotes, server text cannot drive the terminal, YAML keeps
/// UTF-8, and every format of a change is data.
@Suite struct RendererTests {
    static let hostileName = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
    static let user = User(id: "u-1", firstName: "Zoë", lastName: hostileName, email: "zoe@example.com",
                           apiEnabled: true, acls: ["billing"], status: .active)

    func render(_ result: CommandResult, format: OutputFormat, quiet: Bool = false) -> (out: String, err: String) {
        let output = CapturedOutput()
        var settings = Settings()
        settings.format = format
        settings.quiet = quiet
        Renderer(sink: output, settings: settings).render(result)
        return (output.stdout, output.stderr)
    }

    @Test("control characters from the server never reach the terminal raw", arguments: [OutputFormat.table, .csv, .yaml])
    func neutralisesEscapes(format: OutputFormat) {
        let (out, _) = render(CommandResult(.list(RecordList([Self.user], empty: ""))), format: format)
        #expect(!out.contains("\u{1B}") && !out.contains("\u{07}"), "\(out.debugDescription)")
        #expect(out.contains("Zoë"), "UTF-8 stays as it is: \(out)")
    }

    @Test func jsonEscapesThemAndStaysValid() throws {
        let (out, err) = render(CommandResult(.list(RecordList([Self.user], empty: "")), notes: ["a note"]), format: .json)
        let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["last_name"] as? String == Self.hostileName)
        #expect(err == "a note\n", "notes go to stderr under json")
    }

    @Test func sanitizedShowsStandIns() {
        #expect(Sanitized.text("a\u{1B}[2Jb\u{7F}\u{202E}c") == "a^[[2Jb^?\u{FFFD}c")
        #expect(Sanitized.text("plain Zoë") == "plain Zoë")
    }

    @Test func csvQuotesWhatNeedsIt() {
        #expect(CSV.line(["a", "b,c", "say \"hi\"", "two\nlines"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
    }

    @Test func tablesShrinkToTheTerminal() {
        let rows = [["alice@example.com", String(repeating: "x", count: 80)]]
        let text = Table.render(headings: ["EMAIL", "NAME"], rows: rows, width: 40, style: Style(enabled: false))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(text)")
        #expect(text.contains("alice@example.com") && text.contains("…"))
    }

    @Test func tablesAlignEveryColumnButTheLast() {
        func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }
        let long = String(repeating: "n", count: 100)
        let text = Table.render(headings: ["EMAIL", "NAME", "API"],
                                rows: [["zoë@example.com", long, "on"], ["a@b.c", "x", "off"]],
                                width: nil, style: Style(enabled: false))
        let expected = "EMAIL" + spaces(10) + spaces(2) + "NAME" + spaces(96) + spaces(2) + "API\n"
            + "zoë@example.com" + spaces(2) + long + spaces(2) + "on\n"
            + "a@b.c" + spaces(10) + spaces(2) + "x" + spaces(99) + spaces(2) + "off\n"
        #expect(text == expected)
    }

    @Test func changesAreRecordsInEveryDataFormat() throws {
        var change = ChangeRecord(user: Self.user, change: "key new", outcome: .changed)
        change.key = APIKey(id: "k-1", key: "SECRET-ONCE", name: "deploy")
        let result = CommandResult(.changes([change]))
        let json = try JSONSerialization.jsonObject(with: Data(render(result, format: .json).out.utf8)) as? [[String: Any]]
        #expect(json?.first?["outcome"] as? String == "changed")
        #expect((json?.first?["key"] as? [String: Any])?["api_key"] as? String == "SECRET-ONCE")
        #expect(render(result, format: .csv).out.contains("SECRET-ONCE"))
        #expect(render(result, format: .yaml).out.contains("outcome: changed"))
        #expect(render(result, format: .table).out.contains("zoe@example.com: key new — changed"))
        #expect(render(result, format: .table, quiet: true).out == "u-1 changed\n")
    }

    @Test func textIsAJSONString() throws {
        let out = render(CommandResult(.text("hi \"there\"")), format: .json).out
        #expect(try JSONSerialization.jsonObject(with: Data(out.utf8), options: .fragmentsAllowed) as? String == "hi \"there\"")
    }
}
