import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

@Suite("Parser: whole scripts and diagnostic formatting")
struct ParserScriptTests {
    @Test("reports every bad command, continuing after each error")
    func multipleErrors() {
        let source = """
        ls users
        alc add billing
        use #2
        email bob; echo ok; ls user
        echo 'oops
        echo fine
        """
        #expect(errors(source) == [
            "2:1: unknown command 'alc'; did you mean 'acl'?",
            "4:7: 'bob' is not an email address",
            "4:24: 'ls' takes users, acls, keys, allow, groups, roles, policies, invitations, trusts, runs, changes, access or settings; got 'user'; did you mean 'users'?",
            "5:6: unterminated single quote",
        ])
    }

    @Test("a syntax error on the last line fails the whole script, so nothing runs")
    func errorOnLastLine() {
        let result = parse("use alice@example.com\nrm user\nacl add billing\nwhoam")
        guard case .failure(let list) = result else {
            Issue.record("expected the script to be rejected")
            return
        }
        #expect(list.diagnostics == [
            Diagnostic(location: location(4, 1), message: "unknown command 'whoam'; did you mean 'whoami'?"),
        ])
    }

    @Test("formats diagnostics like a compiler, one per line")
    func descriptions() throws {
        let source = String(repeating: "\n", count: 39) + "email bob\nacl add biling\n"
        let result = Parser.parse(source, context: ParserContext(sourceName: "offboard.vus"))
        guard case .failure(let list) = result else {
            Issue.record("expected diagnostics")
            return
        }
        #expect(list.description == """
        offboard.vus:40:7: error: 'bob' is not an email address
        offboard.vus:41:9: error: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \(Fixture.aclList)
        """)
        let first = try #require(list.diagnostics.first)
        #expect(first.location.description == "offboard.vus:40:7")
    }

    @Test("uses the ACL names passed in, not a built-in list")
    func customACLs() {
        let context = ParserContext(sourceName: "t", knownACLs: ["read", "write"])
        guard case .failure(let list) = Parser.parse("acl add billing", context: context) else {
            Issue.record("billing is not in the custom list")
            return
        }
        #expect(list.diagnostics.map(\.message) == ["unknown ACL 'billing'; valid ACLs: read, write"])
        let statements = (try? Parser.parse("acl add WRITE", context: context).get())?.statements ?? []
        #expect(statements.map { describe($0.command) } == [#"ChangeACLs(operation: ChangeACLs.Operation.add, names: ["write"])"#])
    }

    @Test("the default ACL list is the OpenAPI document's")
    func defaultACLs() {
        #expect(ParserContext(sourceName: "x").knownACLs == Fixture.acls)
    }

    @Test("a full offboarding script parses")
    func offboardingScript() throws {
        let source = """
        #!/usr/bin/env vus
        # Offboard a contractor.
        set on-error stop
        let who = ${WHO}
        use $who
        api off
        acl set                     # drop every ACL
        allow rm 203.0.113.0/24
        ls keys; key rm "$KEY"
        create user "$who.new@example.com" first=Temp last="Replacement" \\
            acl=billing,support api=on password=$PW
        echo "done with $who"
        """
        let script = try parse(source, environment: ["WHO": "carol@example.com", "KEY": "7f3c", "PW": "pw"]).get()
        #expect(script.statements.map { describe($0.command) } == [
            "SetOnError(policy: ErrorPolicy.stop)",
            #"Let(name: "who", value: "carol@example.com")"#,
            #"Use(user: UserRef.text("carol@example.com"))"#,
            "ChangeAPI(enabled: false, user: nil)",
            "ChangeACLs(operation: ChangeACLs.Operation.set, names: [])",
            #"ChangeAllowlist(adding: false, block: 203.0.113.0/24)"#,
            "ListKeys(user: nil)",
            #"RemoveKey(keyID: "7f3c")"#,
            #"CreateUser(email: "carol@example.com.new@example.com", firstName: "Temp", lastName: "Replacement", acls: ["billing", "support"], apiEnabled: true, serviceUser: false, password: "pw")"#,
            #"Echo(text: "done with carol@example.com")"#,
        ])
        #expect(script.statements.map(\.location.line) == [3, 4, 5, 6, 7, 8, 9, 9, 10, 12])
        #expect(script.statements[8].text
            == #"create user "$who.new@example.com" first=Temp last="Replacement" acl=billing,support api=on password=$PW"#)
    }
}
