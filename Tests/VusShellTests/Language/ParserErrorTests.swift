import Testing
import VusShell

@Suite("Parser: diagnostics with exact positions")
struct ParserErrorTests {
    static let commandErrors: [(String, String)] = [
        ("alc add billing", "1:1: unknown command 'alc'; did you mean 'acl'?"),
        ("frobnicate", "1:1: unknown command 'frobnicate'; type 'help' for the list of commands"),
        ("  shwo", "1:3: unknown command 'shwo'; did you mean 'show'?"),
        ("quiy", "1:1: unknown command 'quiy'; did you mean 'quit'?"),
        ("ls", "1:1: 'ls' needs a subcommand: users, acls, keys or allow"),
        ("ls user", "1:4: 'ls' takes users, acls, keys or allow; got 'user'; did you mean 'users'?"),
        ("ls frob", "1:4: 'ls' takes users, acls, keys or allow; got 'frob'"),
        ("ls acls x", "1:9: 'ls acls' takes no arguments"),
        ("ls keys #1 #2", "1:12: unexpected argument '#2'"),
        ("whoami x", "1:8: 'whoami' takes no arguments"),
        ("exit now", "1:6: 'exit' takes no arguments"),
        ("quit now", "1:6: 'quit' takes no arguments"),
        ("show #1 x", "1:9: unexpected argument 'x'"),
        ("use users", "1:1: 'use users' needs at least one filter, e.g. 'use users acl=billing'"),
        ("use a b", "1:7: unexpected argument 'b'"),
        ("use - x", "1:7: unexpected argument 'x'"),
        ("use #0", "1:5: row numbers start at 1, got '#0'"),
        ("use #3x", "1:5: invalid row reference '#3x'; rows are written #N, e.g. #3"),
        ("use #99999999999999999999999", "1:5: row number '#99999999999999999999999' is too large"),
        (#"use """#, "1:5: empty user reference; expected an id, an email or #N"),
        ("api maybe bob", "1:5: api takes on or off, got 'maybe'"),
        ("api of bob", "1:5: api takes on or off, got 'of'; did you mean 'off'?"),
        ("api on bob extra", "1:12: unexpected argument 'extra'"),
    ]

    static let valueErrors: [(String, String)] = [
        ("acl add biling", "1:9: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \(Fixture.aclList)"),
        ("acl set dns zzzzz", "1:13: unknown ACL 'zzzzz'; valid ACLs: \(Fixture.aclList)"),
        ("acl add dns,biling", "1:9: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \(Fixture.aclList)"),
        ("acl add sub*", "1:9: unknown ACL 'sub*'; valid ACLs: \(Fixture.aclList)"),
        ("use users bob", "1:11: expected a filter key=value, got 'bob'; filters: acl, api, email, id, name, service, status"),
        ("set on-error stpo", "1:14: on-error takes stop or continue, got 'stpo'; did you mean 'stop'?"),
        ("acl add", "1:1: 'acl add' needs at least one ACL name; 'ls acls' lists them"),
        ("acl rm ,", "1:1: 'acl rm' needs at least one ACL name; 'ls acls' lists them"),
        ("acl ad billing", "1:5: 'acl' takes add, rm or set; got 'ad'; did you mean 'add'?"),
        ("ls users emial=x@y", "1:10: unknown filter 'emial'; did you mean 'email'? Filters: acl, api, email, id, name, service, status"),
        ("ls users color=red", "1:10: unknown filter 'color'; filters: acl, api, email, id, name, service, status"),
        ("ls users bob", "1:10: expected a filter key=value, got 'bob'; filters: acl, api, email, id, name, service, status"),
        ("ls users api", "1:10: filter 'api' needs a value, e.g. api=on"),
        ("ls users email=", "1:10: filter 'email' needs a value, e.g. email=*@example.com"),
        ("ls users api=maybe", "1:10: api takes on or off, got 'maybe'"),
        ("use users service=maybe", "1:11: service takes yes or no, got 'maybe'"),
        ("ls users status=actve", "1:10: status takes pending, active, suspended or closed, got 'actve'; did you mean 'active'?"),
        ("ls users acl=zz*", "1:10: ACL pattern 'zz*' matches no ACL; valid ACLs: \(Fixture.aclList)"),
        ("ls users acl=biling", "1:10: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \(Fixture.aclList)"),
        ("set format xml", "1:12: unknown format 'xml'; formats: table, json, yaml, csv"),
        ("set format jsn", "1:12: unknown format 'jsn'; did you mean 'json'? Formats: table, json, yaml, csv"),
        ("set format", "1:1: 'set format' needs table, json, yaml or csv"),
        ("set format json yaml", "1:17: unexpected argument 'yaml'"),
        ("set on-error maybe", "1:14: on-error takes stop or continue, got 'maybe'"),
        ("set dry-run perhaps", "1:13: dry-run takes on or off, got 'perhaps'"),
        ("set dry_run on", "1:5: unknown setting 'dry_run'; did you mean 'dry-run'?"),
        ("set on-eror stop", "1:5: unknown setting 'on-eror'; did you mean 'on-error'?"),
        ("set 1x y", "1:5: invalid variable name '1x'; names are letters, digits and '_', not starting with a digit"),
        ("set x", "1:1: 'set x' needs a value"),
        ("set", "1:1: 'set' needs a setting (format, on-error, dry-run) or a variable name"),
        ("email", "1:1: 'email' needs the new email address"),
        ("email bob", "1:7: 'bob' is not an email address (no '@')"),
        ("email a@b c@d", "1:11: unexpected argument 'c@d'"),
        ("source", "1:1: 'source' needs a file name"),
        ("source ''", "1:8: the file name can't be empty"),
        ("help alc", "1:6: unknown command 'alc'; did you mean 'acl'?"),
        ("help acl foo", "1:10: unexpected argument 'foo'"),
        ("help ls users x", "1:15: unexpected argument 'x'"),
    ]

    static let mutationErrors: [(String, String)] = [
        ("create", "1:1: 'create' needs a subcommand: user"),
        ("create usr", "1:8: 'create' takes user; got 'usr'; did you mean 'user'?"),
        ("create user first=A last=B", "1:1: 'create user' needs the new user's email address"),
        ("create user a@b.c last=L", "1:1: 'create user' needs first=<name>"),
        ("create user a@b.c first=F", "1:1: 'create user' needs last=<name>"),
        ("create user a@b.c first=A last=B frist=C",
         "1:34: unknown option 'frist'; did you mean 'first'? Options: first, last, acl, api, service, password"),
        ("create user a@b.c first=A last=B color=red",
         "1:34: unknown option 'color'; options: first, last, acl, api, service, password"),
        ("create user a@b.c first=A last=B first=C", "1:34: duplicate option 'first'"),
        ("create user a@b.c service first=A last=B service", "1:42: duplicate option 'service'"),
        ("create user a@b.c first= last=B", "1:19: option 'first' needs a value, e.g. first=Ada"),
        ("create user a@b.c first=A last=B api=maybe", "1:34: api takes on or off, got 'maybe'"),
        ("create user a@b.c first=A last=B service=maybe", "1:34: service takes yes or no, got 'maybe'"),
        ("create user a@b.c first=A last=B acl=billing,biling",
         "1:34: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \(Fixture.aclList)"),
        ("create user a@b.c b@c.d first=A last=B", "1:19: unexpected argument 'b@c.d'"),
        ("create user bob first=A last=B", "1:13: 'bob' is not an email address (no '@')"),
        ("rm", "1:1: 'rm' needs a subcommand: user"),
        ("rm users", "1:4: 'rm' takes user; got 'users'; did you mean 'user'?"),
        ("rm user #1 #2", "1:12: unexpected argument '#2'"),
        ("key", "1:1: 'key' needs a subcommand: new or rm"),
        ("key nwe", "1:5: 'key' takes new or rm; got 'nwe'; did you mean 'new'?"),
        ("key new expires=tomorrow", "1:9: expires takes a date like 2025-12-31 or 2025-12-31T23:59:59Z, got 'tomorrow'"),
        ("key new expires=2023-02-29", "1:9: expires takes a date like 2025-12-31 or 2025-12-31T23:59:59Z, got '2023-02-29'"),
        ("key new expire=2025-01-01", "1:9: unknown option 'expire'; did you mean 'expires'?"),
        ("key new a expires=2025-01-01 expires=2025-01-02", "1:30: duplicate option 'expires'"),
        ("key new a b", "1:11: unexpected argument 'b'"),
        ("key new ''", "1:9: the key name can't be empty"),
        ("key rm", "1:1: 'key rm' needs the key id; 'ls keys' shows them"),
        ("key rm a b", "1:10: unexpected argument 'b'"),
        ("allow", "1:1: 'allow' needs a subcommand: add or rm"),
        ("allow add", "1:1: 'allow add' needs a subnet like 203.0.113.0/24"),
        ("allow add 300.1.2.3/24", "1:11: invalid subnet '300.1.2.3/24'; expected an address like 203.0.113.0/24 or 2001:db8::/32"),
        ("allow add 10.0.0.0/33", "1:11: prefix size 33 is out of range for IPv4 (0-32)"),
        ("allow rm ::1/129", "1:10: prefix size 129 is out of range for IPv6 (0-128)"),
        ("allow add 10.0.0.0/x", "1:11: invalid prefix size 'x'; expected a number after '/'"),
        ("allow add 10.0.0.0/", "1:11: invalid prefix size ''; expected a number after '/'"),
        ("allow add 10.0.0.0/24 x", "1:23: unexpected argument 'x'"),
    ]

    @Test("command and argument-count errors", arguments: commandErrors)
    func commandError(source: String, expected: String) {
        #expect(errors(source) == [expected])
    }

    @Test("value errors", arguments: valueErrors)
    func valueError(source: String, expected: String) {
        #expect(errors(source) == [expected])
    }

    @Test("errors in account-changing commands", arguments: mutationErrors)
    func mutationError(source: String, expected: String) {
        #expect(errors(source) == [expected])
    }

    @Test("invalid expiry dates", arguments: [
        "2025-13-01", "2025-00-10", "2025-04-31", "1900-02-29", "2025-1-01", "2025-12-31T24:00:00Z",
        "2025-12-31T23:60:00Z", "2025-12-31T23:59:60Z", "2025-12-31T23:59:59", "2025-12-31T23:59Z",
        "2025-12-31T23:59:59.Z", "2025-12-31T23:59:59+2:00", "2025-12-31T23:59:59+02:00x", "2025-12-31 ",
        "0000-01-01", "２０２５-12-31", "",
    ] as [String])
    func invalidDates(date: String) {
        #expect(errors("key new 'expires=\(date)'") == [
            "1:9: expires takes a date like 2025-12-31 or 2025-12-31T23:59:59Z, got '\(date)'",
        ])
    }
}
