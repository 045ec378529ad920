import Testing
import VusTestSupport
import VusShell

@Suite("Lexer: words, quotes and escapes")
struct LexerQuotingTests {
    @Test("splits and unquotes words", arguments: [
        ("echo hello world", ["echo", "hello", "world"]),
        ("  echo \t a\tb  ", ["echo", "a", "b"]),
        ("'a b'", ["a b"]),
        (#"'a\nb $x'"#, [#"a\nb $x"#]),
        (#"'say "hi"'"#, [#"say "hi""#]),
        (#"'it''s'"#, ["its"]),
        (#""it's""#, ["it's"]),
        (#""a\"b""#, [#"a"b"#]),
        (#""a\\b""#, [#"a\b"#]),
        (#""\$x""#, ["$x"]),
        (#""a\nb""#, ["a\nb"]),
        (#""a\tb""#, ["a\tb"]),
        (#""a\qb""#, [#"a\qb"#]),
        (#"a"b c"d"#, ["ab cd"]),
        (#"'x'"y"z"#, ["xyz"]),
        (#"echo "" x"#, ["echo", "", "x"]),
        (#"a\ b"#, ["a b"]),
        (#"a\;b"#, ["a;b"]),
        (##"\#x"##, ["#x"]),
        (#"a\\b"#, [#"a\b"#]),
        (#"a\'b"#, ["a'b"]),
        ("cost $ 5 a$ $1", ["cost", "$", "5", "a$", "$1"]),
        ("zoë 👩‍👩‍👧", ["zoë", "👩‍👩‍👧"]),
    ] as [(String, [String])])
    func words(source: String, expected: [String]) {
        #expect(lexedWords(source) == [expected])
    }

    @Test("records where each word starts, counting Unicode characters")
    func wordLocations() throws {
        let command = try #require(Lexer.commands(in: #"echo  'a b'  "c" zoë x"#, sourceName: "f.vus").first)
        #expect(command.words.map(\.location) == [
            location(1, 1, source: "f.vus"), location(1, 7, source: "f.vus"), location(1, 14, source: "f.vus"),
            location(1, 18, source: "f.vus"), location(1, 22, source: "f.vus"),
        ])
    }

    @Test("marks words that had quotes or escapes")
    func wasQuoted() throws {
        let command = try #require(Lexer.commands(in: #"a "b" \c d'e' $v"#, sourceName: "t", variables: ["v": "x"]).first)
        #expect(command.words.map(\.wasQuoted) == [false, true, true, true, false])
    }

    @Test("reports unterminated quotes at the opening quote", arguments: [
        ("echo 'abc", "1:6: unterminated single quote"),
        (#"echo "abc"#, "1:6: unterminated double quote"),
        (#"echo "abc\"#, "1:6: unterminated double quote"),
        ("echo ok\necho x'y", "2:7: unterminated single quote"),
        (#"use zoë@x.com "unterminated"#, "1:15: unterminated double quote"),
        ("use zoe\u{301}@x.com \"unterminated", "1:15: unterminated double quote"),
        ("echo 👩‍👩‍👧 'x", "1:8: unterminated single quote"),
    ] as [(String, String)])
    func unterminated(source: String, expected: String) {
        #expect(errors(source) == [expected])
    }

    @Test("quotes do not continue onto the next line")
    func quotesStopAtLineEnd() {
        #expect(errors("echo 'abc\necho def'") == [
            "1:6: unterminated single quote", "2:9: unterminated single quote",
        ])
    }
}
