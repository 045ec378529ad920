import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

@Suite("Lexer and parser: variables")
struct LexerVariableTests {
    static let variables = ["a": "1", "b": "2", "v": "x y", "odd": #"a;b #c 'd' "e" $a"#, "empty": ""]

    @Test("expands $name and ${name} in unquoted and double-quoted text", arguments: [
        ("$a", ["1"]),
        ("${a}", ["1"]),
        ("x${a}y", ["x1y"]),
        ("$a$b", ["12"]),
        ("$a-b", ["1-b"]),
        ("$a.$b", ["1.2"]),
        (#""$a b""#, ["1 b"]),
        (#""${a}x""#, ["1x"]),
        ("'$a ${b}'", ["$a ${b}"]),
        (#"\$a"#, ["$a"]),
        ("echo $v", ["echo", "x y"]),
        ("echo $odd", ["echo", #"a;b #c 'd' "e" $a"#]),
        ("echo $empty x", ["echo", "", "x"]),
    ] as [(String, [String])])
    func expansion(source: String, expected: [String]) {
        #expect(lexedWords(source, variables: Self.variables) == [expected])
    }

    @Test("reports variable errors at the '$'", arguments: [
        ("echo $nope", "1:6: undefined variable 'nope'"),
        (#"echo "x $nope""#, "1:9: undefined variable 'nope'"),
        ("echo ${nope}", "1:6: undefined variable 'nope'"),
        ("echo ${abc", "1:6: unterminated '${'"),
        ("echo ${abc def}", "1:6: unterminated '${'"),
        (#"echo "${abc""#, "1:7: unterminated '${'"),
        ("echo ${}", "1:6: invalid variable name '' in '${...}'"),
        ("echo ${1a}", "1:6: invalid variable name '1a' in '${...}'"),
        ("echo ok\n  use $who", "2:7: undefined variable 'who'"),
    ] as [(String, String)])
    func variableErrors(source: String, expected: String) {
        #expect(errors(source) == [expected])
    }

    @Test("reports every undefined variable of a command")
    func severalUndefined() {
        #expect(errors("echo $x $y") == ["1:6: undefined variable 'x'", "1:9: undefined variable 'y'"])
    }

    @Test("falls back to the environment, preferring variables")
    func environment() {
        #expect(commands("echo $HOME $USER", variables: ["USER": "var"], environment: ["HOME": "/root", "USER": "env"])
            == [#"Echo(text: "/root var")"#])
    }

    @Test("let NAME = VALUE defines a variable for later lines at parse time")
    func letThenUse() throws {
        let result = parse("let who = alice@example.com\nuse $who\nlet greeting = hello   big world; echo \"$greeting\"")
        let script = try result.get()
        #expect(script.statements.map { describe($0.command) } == [
            #"Let(name: "who", value: "alice@example.com")"#,
            #"Use(user: UserRef.text("alice@example.com"))"#,
            #"Let(name: "greeting", value: "hello big world")"#,
            #"Echo(text: "hello big world")"#,
        ])
        #expect(script.variables == ["who": "alice@example.com", "greeting": "hello big world"])
    }

    @Test("a variable used before it is set is undefined")
    func useBeforeSet() {
        #expect(errors("echo $x\nlet x = 1") == ["1:6: undefined variable 'x'"])
    }

    @Test("returns the variables the script defines, later values winning over the context's")
    func finalVariables() throws {
        let script = try parse("let b = 3\nlet c = $a$b", variables: ["a": "1", "b": "2"]).get()
        #expect(script.variables == ["b": "3", "c": "13"])
    }

    @Test("settings do not define variables")
    func settingsAreNotVariables() throws {
        let script = try parse("set format json\nset dry-run on").get()
        #expect(script.variables.isEmpty)
    }
}
