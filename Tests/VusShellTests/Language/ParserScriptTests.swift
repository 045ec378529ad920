import Testing
import VusShell

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
            "4:7: 'bob' is not an email address (no '@')",
            "4:24: 'ls' takes users, acls, keys or allow; got 'user'; did you mean 'users'?",
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
        offboard.vus:40:7: error: 'bob' is not an email address (no '@')
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
        #expect((try? Parser.parse("acl add WRITE", context: context).get())?.statements.map(\.command) == [.acl(.add, ["write"])])
    }

    @Test("the default ACL list is the documented one")
    func defaultACLs() {
        #expect(ParserContext.defaultACLs == Fixture.acls)
        #expect(ParserContext(sourceName: "x").knownACLs == Fixture.acls)
    }

    @Test("a full offboarding script parses")
    func offboardingScript() throws {
        let source = """
        #!/usr/bin/env vus
        # Offboard a contractor.
        set on-error stop
        set who ${WHO}
        use $who
        api off
        acl set                     # drop every ACL
        allow rm 203.0.113.0/24
        ls keys; key rm "$KEY"
        create user "$who.new@example.com" first=Temp last="Replacement" \\
            acl=billing,support api=on
        echo "done with $who"
        """
        let script = try parse(source, environment: ["WHO": "carol@example.com", "KEY": "k-1"]).get()
        #expect(script.statements.map(\.command) == [
            .set(.onError(.stop)),
            .set(.variable(name: "who", value: "carol@example.com")),
            .use(.text("carol@example.com")),
            .apiSet(false, nil),
            .acl(.set, []),
            .allow(.rm, CIDR(address: "203.0.113.0", prefixLength: 24, isIPv6: false)),
            .listKeys(nil),
            .removeKey("k-1"),
            .createUser(NewUserSpec(email: "carol@example.com.new@example.com", firstName: "Temp", lastName: "Replacement",
                                    acls: ["billing", "support"], apiEnabled: true)),
            .echo("done with carol@example.com"),
        ])
        #expect(script.statements.map(\.location.line) == [3, 4, 5, 6, 7, 8, 9, 9, 10, 12])
        #expect(script.statements[8].text
            == #"create user "$who.new@example.com" first=Temp last="Replacement" acl=billing,support api=on"#)
    }
}
