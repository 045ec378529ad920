import Testing
import VusTestSupport
import VusShell

@Suite("Lexer.completionWords")
struct CompletionWordsTests {
    @Test("splits a partial line into finished words and the word being typed", arguments: [
        ("", [], ""),
        ("ls", [], "ls"),
        ("ls ", ["ls"], ""),
        ("ls us", ["ls"], "us"),
        ("  acl   add billing,d", ["acl", "add"], "billing,d"),
        ("use 'zo", ["use"], "zo"),
        ("use 'a b' c", ["use", "a b"], "c"),
        (#"echo "a b"#, ["echo"], "a b"),
        (#"echo "a\"b"#, ["echo"], #"a"b"#),
        ("echo $x ${y", ["echo", "$x"], "${y"),
        ("echo a; ls u", ["ls"], "u"),
        ("echo a;", [], ""),
        ("ls # comm", ["ls"], ""),
        ("use #3", ["use"], "#3"),
        (#"a\ b"#, [], "a b"),
        (#"ls \"#, ["ls"], ""),
        ("zoë ë", ["zoë"], "ë"),
    ] as [(String, [String], String)])
    func completion(line: String, words: [String], current: String) {
        let result = Lexer.completionWords(line)
        #expect(result.words == words)
        #expect(result.current == current)
    }
}
