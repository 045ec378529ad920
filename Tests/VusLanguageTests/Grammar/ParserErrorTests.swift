import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// Every mistake is refused before anything runs, at its exact position, with a suggestion when
/// one is close: a typo is never taken for a user, a variable, a comment or a no-op.
@Suite("Parser: diagnostics with exact positions")
struct ParserErrorTests {
    static let cases: [(String, String)] = [
        ("alc add billing", "1:1: unknown command 'alc'; did you mean 'acl'?"),
        ("export users > users.yaml", "1:14: vus has no '>'; quote it if you meant the text. To keep the output, "
            + "add file=PATH, or run from your shell: vus -c 'export users' > ..."),
        ("ls users api=on >users.txt", "1:17: vus has no '>'; quote it if you meant the text. To keep the output, "
            + "run from your shell: vus -c 'ls users api=on' > ..."),
        ("export users sort=email", "1:14: 'export users' always writes in email order, so that two exports compare line by line; sort= is for 'ls users'"),
        ("ls users name=\"O'Brien*\" > x", "1:26: vus has no '>'; quote it if you meant the text. To keep the output, "
            + #"run from your shell: vus -c 'ls users name="O'\''Brien*"' > ..."#),
        ("export users fiel=u.yaml", "1:14: unknown option 'fiel'; did you mean 'file'? Options: allowlists, file"),
        ("ls users | grep bob", "1:10: vus has no '|'; quote it if you meant the text. To keep the output, "
            + "run from your shell: vus -c 'ls users' | ..."),
        ("echo a >> b", "1:8: vus has no '>'; quote it if you meant the text. To keep the output, "
            + "run from your shell: vus -c 'echo a' > ..."),
        ("frobnicate", "1:1: unknown command 'frobnicate'; type 'help' for the list of commands"),
        ("  shwo", "1:3: unknown command 'shwo'; did you mean 'show'?"),
        ("quiy", "1:1: unknown command 'quiy'; did you mean 'quit'?"),
        ("ls", "1:1: 'ls' needs users, acls, keys, allow, groups, roles, policies, invitations, trusts, runs, changes, access or settings"),
        ("ls user", "1:4: 'ls' takes users, acls, keys, allow, groups, roles, policies, invitations, trusts, runs, changes, access or settings; got 'user'; did you mean 'users'?"),
        ("ls frob", "1:4: 'ls' takes users, acls, keys, allow, groups, roles, policies, invitations, trusts, runs, changes, access or settings; got 'frob'"),
        ("ls acls x", "1:9: 'ls acls' takes no arguments; unexpected argument 'x'"),
        ("ls keys #1 #2", "1:12: unexpected argument '#2'"),
        ("whoami x", "1:8: 'whoami' takes no arguments; unexpected argument 'x'"),
        ("exit now", "1:6: 'exit' takes no arguments; unexpected argument 'now'"),
        ("quit now", "1:6: 'quit' takes no arguments; unexpected argument 'now'"),
        ("show #1 x", "1:9: unexpected argument 'x'"),
        ("use users", "1:1: 'use users' needs <filter>...; usage: use users <filter>..."),
        ("use a@b c@d", "1:9: unexpected argument 'c@d'"),
        ("use - x", "1:7: 'use -' takes no arguments; unexpected argument 'x'"),
        ("use #0", "1:5: row numbers start at 1, got '#0'"),
        ("use #3x", "1:5: invalid row reference '#3x'; rows are written #N with N from 1, e.g. #3"),
        ("use #99999999999999999999999", "1:5: row number '#99999999999999999999999' is too large"),
        (#"use """#, "1:5: 'use' takes users, - or a user (email, id or #N), got ''"),
        ("use '-'", "1:5: '-' is not a user; name one by email, id or #N (a row of the last listing)"),
        ("use bob", "1:5: 'use' takes users, - or a user (email, id or #N), got 'bob'"),
        ("api maybe bob@x.com", "1:5: 'api' takes on, off or a user (email, id or #N), got 'maybe'"),
        ("api of", "1:5: 'api' takes on, off or a user (email, id or #N), got 'of'; did you mean 'off'?"),
        ("api of bob@x.com", "1:5: 'api' takes on, off or a user (email, id or #N), got 'of'; did you mean 'off'?"),
        ("api offf", "1:5: 'api' takes on, off or a user (email, id or #N), got 'offf'; did you mean 'off'?"),
        ("api maybe", "1:5: 'api' takes on, off or a user (email, id or #N), got 'maybe'"),
        ("api on bob@x.com extra", "1:18: unexpected argument 'extra'"),
        ("rm user #-1", "1:9: invalid row reference '#-1'; rows are written #N with N from 1, e.g. #3"),
        ("rm user bob", "1:9: 'bob' is not a user; name one by email, id or #N (a row of the last listing)"),
        ("key rm al", "1:8: 'al' is not an API key id; expected an id from 'ls keys' or 'all'; did you mean 'all'?"),
        ("key rm", "1:1: 'key rm' needs <key-id>; usage: key rm <key-id>"),
        ("key rm a b", "1:8: 'a' is not an API key id; expected an id from 'ls keys' or 'all'; did you mean 'all'?"),
        ("set dryrun on", "1:5: 'set' takes format, on-error or dry-run; got 'dryrun'; did you mean 'dry-run'? (variables are defined with 'let name = value')"),
        ("set fromat json", "1:5: 'set' takes format, on-error or dry-run; got 'fromat'; did you mean 'format'? (variables are defined with 'let name = value')"),
        ("set x 5", "1:5: 'set' takes format, on-error or dry-run; got 'x' (variables are defined with 'let name = value')"),
        ("set", "1:1: 'set' needs format, on-error or dry-run (variables are defined with 'let name = value')"),
        ("let x=5", "1:5: write a space on each side of '=': let x = 5"),
        ("let 1x = y", "1:5: invalid variable name '1x'; names are letters, digits and '_', not starting with a digit"),
        ("let x", "1:1: 'let' needs =; usage: let <name> = <value>..."),
        ("let x =", "1:1: 'let' needs <value>...; usage: let <name> = <value>..."),
        ("acl add biling", #"1:9: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \#(Fixture.aclList)"#),
        ("acl set dns zzzzz", #"1:13: unknown ACL 'zzzzz'; valid ACLs: \#(Fixture.aclList)"#),
        ("acl add dns,biling", #"1:9: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \#(Fixture.aclList)"#),
        ("acl add sub*", #"1:9: unknown ACL 'sub*'; valid ACLs: \#(Fixture.aclList)"#),
        ("use users bob", "1:11: expected a filter key=value, got 'bob'; filters: acl, api, email, id, name, service, status, suspended, group, role, policy, last_activity, invited_on, keys, sort"),
        ("set on-error stpo", "1:14: on-error takes stop or continue, got 'stpo'; did you mean 'stop'?"),
        ("acl add", "1:1: 'acl add' needs at least one ACL name; 'ls acls' lists them"),
        ("acl rm ,", "1:1: 'acl rm' needs at least one ACL name; 'ls acls' lists them"),
        ("acl ad billing", "1:5: 'acl' takes add, rm or set; got 'ad'; did you mean 'add'?"),
        ("ls users emial=x@y", "1:10: unknown filter 'emial'; did you mean 'email'? Filters: acl, api, email, id, name, service, status, suspended, group, role, policy, last_activity, invited_on, keys, sort"),
        ("ls users color=red", "1:10: unknown filter 'color'; filters: acl, api, email, id, name, service, status, suspended, group, role, policy, last_activity, invited_on, keys, sort"),
        ("ls users bob", "1:10: expected a filter key=value, got 'bob'; filters: acl, api, email, id, name, service, status, suspended, group, role, policy, last_activity, invited_on, keys, sort"),
        ("ls users api", "1:10: filter 'api' needs a value, e.g. api=on"),
        ("ls users email=", "1:10: filter 'email' needs a value, e.g. email=*@example.com"),
        ("ls users api=maybe", "1:10: api takes on or off, got 'maybe'"),
        ("use users service=maybe", "1:11: service takes yes or no, got 'maybe'"),
        ("ls users status=actve", "1:10: status takes pending, active, suspended or closed, got 'actve'; did you mean 'active'?"),
        ("ls users acl=zz*", #"1:10: ACL pattern 'zz*' matches no ACL; valid ACLs: \#(Fixture.aclList)"#),
        ("ls users acl=biling", #"1:10: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \#(Fixture.aclList)"#),
        ("set format xml", "1:12: format takes table, json, yaml, csv or jsonl, got 'xml'"),
        ("set format jsn", "1:12: format takes table, json, yaml, csv or jsonl, got 'jsn'; did you mean 'json'?"),
        ("set format", "1:1: 'set format' needs <table|json|yaml|csv|jsonl>; usage: set format <table|json|yaml|csv|jsonl>"),
        ("set format json yaml", "1:17: unexpected argument 'yaml'"),
        ("set on-error maybe", "1:14: on-error takes stop or continue, got 'maybe'"),
        ("set dry-run perhaps", "1:13: dry-run takes on or off, got 'perhaps'"),
        ("email", "1:1: 'email' needs <new-email>; usage: email <new-email>"),
        ("email bob", "1:7: 'bob' is not an email address"),
        ("email a@b c@d", "1:11: unexpected argument 'c@d'"),
        ("source", "1:1: 'source' needs <file>; usage: source <file>"),
        ("source ''", "1:8: the file name can't be empty"),
        ("help alc", "1:6: unknown command 'alc'; did you mean 'acl'?"),
        ("help acl foo", "1:10: 'acl' has no subcommand 'foo'; it has add, rm or set"),
        ("help ls users x", "1:15: unexpected argument 'x'"),
        ("help ls frob", "1:9: 'ls' has no subcommand 'frob'; it has users, acls, keys, allow, groups, roles, policies, invitations, trusts, runs, changes, access or settings"),
        ("create", "1:1: 'create' needs user, group, role or policy"),
        ("create usr", "1:8: 'create' takes user, group, role or policy; got 'usr'; did you mean 'user'?"),
        ("create user first=A last=B password=x", "1:1: 'create user' needs <email>; usage: create user <email> first=<name> last=<name> [acl=<acl,...>] [api=<on|off>] [service] [password=<password>]"),
        ("create user a@b.c last=L password=x", "1:1: 'create user' needs first=<name>; usage: create user <email> first=<name> last=<name> [acl=<acl,...>] [api=<on|off>] [service] [password=<password>]"),
        ("create user a@b.c first=F password=x", "1:1: 'create user' needs last=<name>; usage: create user <email> first=<name> last=<name> [acl=<acl,...>] [api=<on|off>] [service] [password=<password>]"),
        ("create user a@b.c first=A last=B frist=C password=x", "1:34: unknown option 'frist'; did you mean 'first'? Options: first, last, acl, api, service, password"),
        ("create user a@b.c first=A last=B color=red password=x", "1:34: unknown option 'color'; options: first, last, acl, api, service, password"),
        ("create user a@b.c first=A last=B first=C password=x", "1:34: duplicate option 'first'"),
        ("create user a@b.c service first=A last=B service password=x", "1:42: duplicate option 'service'"),
        ("create user a@b.c first= last=B password=x", "1:19: option 'first' needs a value: first=<name>"),
        ("create user a@b.c first=A last=B api=maybe password=x", "1:34: api takes on or off, got 'maybe'"),
        ("create user a@b.c first=A last=B service=maybe password=x", "1:34: service takes on or off, got 'maybe'"),
        ("create user a@b.c first=A last=B acl=billing,biling password=x", #"1:34: unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: \#(Fixture.aclList)"#),
        ("create user a@b.c b@c.d first=A last=B password=x", "1:19: unexpected argument 'b@c.d'"),
        ("create user bob first=A last=B password=x", "1:13: 'bob' is not an email address"),
        ("create user a@b.c first=A last=B", "1:1: 'create user' needs password=<password>: Vultr requires one; in a script pass it from a variable, e.g. password=$PW with vus -v PW=@file"),
        ("rm", "1:1: 'rm' needs user, group, role, policy, member or trust"),
        ("rm users", "1:4: 'rm' takes user, group, role, policy, member or trust; got 'users'; did you mean 'user'?"),
        ("rm user #1 #2", "1:12: unexpected argument '#2'"),
        ("key", "1:1: 'key' needs new or rm"),
        ("key nwe", "1:5: 'key' takes new or rm; got 'nwe'; did you mean 'new'?"),
        ("key new expires=tomorrow", "1:9: expires takes a date like 2027-12-31 or 2027-12-31T23:59:59Z, or a time from now like 30d or 12w, got 'tomorrow'"),
        ("key new expires=2023-02-29", "1:9: expires takes a date like 2027-12-31 or 2027-12-31T23:59:59Z, or a time from now like 30d or 12w, got '2023-02-29'"),
        ("key new expire=2025-01-01", "1:9: unknown option 'expire'; did you mean 'expires'? Options: expires"),
        ("key new a expires=2099-01-01 expires=2099-01-02", "1:30: duplicate option 'expires'"),
        ("key new a expires=2020-01-01", "1:11: expires=2020-01-01 is in the past; give a later date, or a time from now like 30d"),
        ("trust break-glass user=a@example.com hours=9-25", "1:38: hours= takes a range of UTC hours such as 9-17 (from 0-23 to a later hour up to 24), got '9-25'"),
        ("trust break-glass user=a@example.com hours=9-9", "1:38: hours= takes a range of UTC hours such as 9-17 (from 0-23 to a later hour up to 24), got '9-9'"),
        ("trust break-glass user=a@example.com until=2026-01-31T00:00:00Z", "1:38: until=2026-01-31T00:00:00Z is in the past; give a later date, or a time from now like 30d"),
        ("key new a b", "1:11: unexpected argument 'b'"),
        ("allow", "1:1: 'allow' needs add or rm"),
        ("allow add", "1:1: 'allow add' needs <cidr>; usage: allow add|rm <cidr>"),
        ("allow add 300.1.2.3/24", "1:11: invalid subnet '300.1.2.3/24'; expected an address like 203.0.113.0/24 or 2001:db8::/32"),
        ("allow add 10.0.0.0/33", "1:11: prefix size 33 is out of range for IPv4 (0-32)"),
        ("allow rm ::1/129", "1:10: prefix size 129 is out of range for IPv6 (0-128)"),
        ("allow add 10.0.0.0/x", "1:11: invalid prefix size 'x'; expected a number after '/'"),
        ("allow add 10.0.0.0/", "1:11: invalid prefix size ''; expected a number after '/'"),
        ("allow add 10.0.0.0/24 x", "1:23: unexpected argument 'x'"),
    ]

    @Test("each mistake is one diagnostic at its word", arguments: cases)
    func mistake(source: String, expected: String) {
        #expect(errors(source) == [expected])
    }

    @Test func aRedirectionNeverShowsASecret() {
        let messages = errors("create user c@x.com first=C last=D password=$PW > log\nlet pw = Sekrit-2 | x",
                              variables: ["PW": "Sekrit-1"])
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { !$0.contains("Sekrit") }, "\(messages)")
        #expect(messages.first?.contains("password=***") == true, "\(messages)")
    }

    @Test("invalid expiry dates", arguments: [
        "2025-13-01", "2025-00-10", "2025-04-31", "1900-02-29", "2025-1-01", "2025-12-31T24:00:00Z",
        "2025-12-31T23:60:00Z", "2025-12-31T23:59:60Z", "2025-12-31T23:59:59", "2025-12-31T23:59Z",
        "2025-12-31T23:59:59.Z", "2025-12-31T23:59:59+2:00", "2025-12-31T23:59:59+02:00x", "2025-12-31 ",
        "0000-01-01", "２０２５-12-31",
    ] as [String])
    func invalidDates(date: String) {
        #expect(errors("key new 'expires=\(date)'") == [
            "1:9: expires takes a date like 2027-12-31 or 2027-12-31T23:59:59Z, or a time from now like 30d or 12w, got '\(date)'",
        ])
    }
}
