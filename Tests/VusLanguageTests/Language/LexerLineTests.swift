import Testing
import VusTestSupport
import VusShell

@Suite("Lexer: lines, separators, comments and continuations")
struct LexerLineTests {
    @Test("splits commands at line breaks and ';'", arguments: [
        ("a; b;c", [["a"], ["b"], ["c"]]),
        ("a;;b;", [["a"], ["b"]]),
        ("a\nb\n", [["a"], ["b"]]),
        ("\n\n  \n\t\n", []),
        (#""a;b" 'c;d' e\;f"#, [["a;b", "c;d", "e;f"]]),
        ("echo a\r\necho b\r\n", [["echo", "a"], ["echo", "b"]]),
        ("echo a\recho b", [["echo", "a"], ["echo", "b"]]),
    ] as [(String, [[String]])])
    func separators(source: String, expected: [[String]]) {
        #expect(lexedWords(source) == expected)
    }

    @Test("treats '#' as a comment only at the start of a command or as a word of its own", arguments: [
        ("ls # all users", [["ls"]]),
        ("# a whole line", []),
        ("#", []),
        ("echo #", [["echo"]]),
        ("a#b", [["a#b"]]),
        ("use #3", [["use", "#3"]]),
        ("#3", []),
        ("#12x#y", []),
        ("rm user #-1", [["rm", "user", "#-1"]]),
        ("echo a #b", [["echo", "a", "#b"]]),
        ("echo x;# comment", [["echo", "x"]]),
        ("echo x;#3", [["echo", "x"]]),
        (##"echo "#" '#' \#"##, [["echo", "#", "#", "#"]]),
        (##"echo ""#x"##, [["echo", "#x"]]),
        ("echo a # b \\\nnext", [["echo", "a"], ["next"]]),
    ] as [(String, [[String]])])
    func comments(source: String, expected: [[String]]) {
        #expect(lexedWords(source) == expected)
    }

    @Test("joins continuation lines with one space", arguments: [
        ("ls users \\\n  api=on", [["ls", "users", "api=on"]]),
        ("abc\\\ndef", [["abc", "def"]]),
        ("a \\   \nb", [["a", "b"]]),
        ("a \\\nb \\\n\tc\nd", [["a", "b", "c"], ["d"]]),
        ("a \\\r\nb", [["a", "b"]]),
        ("a \\", [["a"]]),
        ("a \\\n", [["a"]]),
        (#"a\\"#, [[#"a\"#]]),
        ("a \\\n# comment\nb", [["a"], ["b"]]),
    ] as [(String, [[String]])])
    func continuations(source: String, expected: [[String]]) {
        #expect(lexedWords(source) == expected)
    }

    @Test("keeps original positions on continuation lines and joins the text")
    func continuationPositions() throws {
        let command = try #require(Lexer.commands(in: "ls users \\\n   api=on  # note", sourceName: "t.vus").first)
        #expect(command.words.map(\.location) == [
            location(1, 1, source: "t.vus"), location(1, 4, source: "t.vus"), location(2, 4, source: "t.vus"),
        ])
        #expect(command.text == "ls users api=on")
    }

    @Test("keeps each command's own text, unexpanded, without comments")
    func commandText() {
        let texts = Lexer.commands(in: "  echo \"$x\"  # note\nset a 1 ; echo $a", sourceName: "t", variables: ["x": "1", "a": "1"])
            .map(\.text)
        #expect(texts == [#"echo "$x""#, "set a 1", "echo $a"])
    }

    @Test("ignores a shebang line and a byte-order mark")
    func shebang() throws {
        let commands = Lexer.commands(in: "\u{FEFF}#!/usr/bin/env vus\necho hi", sourceName: "s.vus")
        #expect(commands.map { $0.words.map(\.text) } == [["echo", "hi"]])
        #expect(commands.first?.location == location(2, 1, source: "s.vus"))
        #expect(lexedWords("#!/usr/bin/env vus \\\necho hi") == [["echo", "hi"]])
    }

    @Test("counts lines across LF, CRLF and blank lines")
    func lineNumbers() {
        let commands = Lexer.commands(in: "\n\r\n  \n\techo x\r\n\necho y", sourceName: "t")
        #expect(commands.map(\.location.line) == [4, 6])
        #expect(commands.map(\.location.column) == [2, 1])
    }
}
