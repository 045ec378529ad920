import Testing
import VusShell

@Suite("Parser: every command form")
struct ParserCommandTests {
    static let listing: [(String, Command)] = [
        ("ls users", .listUsers([])),
        ("LS Users", .listUsers([])),
        ("ls users api=on email=*@x.com", .listUsers([Filter(key: .api, pattern: "on"), Filter(key: .email, pattern: "*@x.com")])),
        ("ls users api=YES service=false status=Active acl=Billing name=Ada* id=7f?3*", .listUsers([
            Filter(key: .api, pattern: "on"), Filter(key: .service, pattern: "no"),
            Filter(key: .status, pattern: "active"), Filter(key: .acl, pattern: "billing"),
            Filter(key: .name, pattern: "Ada*"), Filter(key: .id, pattern: "7f?3*"),
        ])),
        ("ls users acl=sub* acl=dns", .listUsers([Filter(key: .acl, pattern: "sub*"), Filter(key: .acl, pattern: "dns")])),
        ("ls users EMAIL=a=b@x.com", .listUsers([Filter(key: .email, pattern: "a=b@x.com")])),
        ("ls acls", .listACLs),
        ("ls keys", .listKeys(nil)),
        ("ls keys #2", .listKeys(.row(2))),
        ("ls allow", .listAllowlist(nil)),
        ("ls allow bob@x.com", .listAllowlist(.text("bob@x.com"))),
        ("use bob@x.com", .use(.text("bob@x.com"))),
        ("use #3", .use(.row(3))),
        ("use #007", .use(.row(7))),
        (##"use "#3""##, .use(.text("#3"))),
        ("use users acl=billing status=active", .useUsers([Filter(key: .acl, pattern: "billing"), Filter(key: .status, pattern: "active")])),
        ("use 'users'", .use(.text("users"))),
        ("use", .showSelection),
        ("use -", .clearSelection),
        ("use '-'", .use(.text("-"))),
        ("show", .show(nil)),
        ("show #1", .show(.row(1))),
        ("whoami", .whoami),
        ("api", .apiShow(nil)),
        ("api bob", .apiShow(.text("bob"))),
        ("api of", .apiShow(.text("of"))),
        ("api on", .apiSet(true, nil)),
        ("api off #2", .apiSet(false, .row(2))),
        ("api yes", .apiSet(true, nil)),
        ("api FALSE bob", .apiSet(false, .text("bob"))),
    ]

    static let changes: [(String, Command)] = [
        ("acl add billing dns", .acl(.add, ["billing", "dns"])),
        ("acl rm Billing", .acl(.rm, ["billing"])),
        ("acl set", .acl(.set, [])),
        ("acl set dns,firewall, dns", .acl(.set, ["dns", "firewall"])),
        ("email new@x.com", .email("new@x.com")),
        ("create user c@x.com first=Carol last=Diaz", .createUser(NewUserSpec(email: "c@x.com", firstName: "Carol", lastName: "Diaz"))),
        (#"create user ci@x.com first=CI last="Bot Account" acl=billing,Support api=on service password='s3cr3t pw'"#,
         .createUser(NewUserSpec(email: "ci@x.com", firstName: "CI", lastName: "Bot Account", acls: ["billing", "support"],
                                 apiEnabled: true, serviceUser: true, password: "s3cr3t pw"))),
        ("create user first=A last=B api=no acl= a@b.c service=yes",
         .createUser(NewUserSpec(email: "a@b.c", firstName: "A", lastName: "B", apiEnabled: false, serviceUser: true))),
        ("create user a=b@x.com first=A last=B", .createUser(NewUserSpec(email: "a=b@x.com", firstName: "A", lastName: "B"))),
        ("rm user", .removeUser(nil)),
        ("rm user #4", .removeUser(.row(4))),
        ("key new", .newKey(name: nil, expires: nil)),
        ("key new deploy", .newKey(name: "deploy", expires: nil)),
        ("key new deploy expires=2025-12-31", .newKey(name: "deploy", expires: "2025-12-31")),
        ("key new expires=2024-02-29T12:00:00Z", .newKey(name: nil, expires: "2024-02-29T12:00:00Z")),
        ("key new expires=2025-12-31T23:59:59.123+02:00 ci", .newKey(name: "ci", expires: "2025-12-31T23:59:59.123+02:00")),
        ("key new x expires=2000-02-29T00:00:00-0530", .newKey(name: "x", expires: "2000-02-29T00:00:00-0530")),
        (#"key new "deploy=prod""#, .newKey(name: "deploy=prod", expires: nil)),
        ("key rm abc-123", .removeKey("abc-123")),
        ("allow add 203.0.113.0/24", .allow(.add, CIDR(address: "203.0.113.0", prefixLength: 24, isIPv6: false))),
        ("allow rm 2001:db8::1", .allow(.rm, CIDR(address: "2001:db8::1", prefixLength: 128, isIPv6: true))),
        ("allow add 10.0.0.1", .allow(.add, CIDR(address: "10.0.0.1", prefixLength: 32, isIPv6: false))),
        ("allow add ::/0", .allow(.add, CIDR(address: "::", prefixLength: 0, isIPv6: true))),
    ]

    static let session: [(String, Command)] = [
        ("set format json", .set(.format(.json))),
        ("set FORMAT CSV", .set(.format(.csv))),
        ("set on-error continue", .set(.onError(.continue))),
        ("set on-error stop", .set(.onError(.stop))),
        ("set dry-run on", .set(.dryRun(true))),
        ("set dry-run no", .set(.dryRun(false))),
        ("set greeting hello   world", .set(.variable(name: "greeting", value: "hello world"))),
        ("set _x1 ''", .set(.variable(name: "_x1", value: ""))),
        ("set frmat json", .set(.variable(name: "frmat", value: "json"))),
        ("create user a@b first=A last=B password=p@ss service=no",
         .createUser(NewUserSpec(email: "a@b", firstName: "A", lastName: "B", serviceUser: false, password: "p@ss"))),
        ("echo", .echo("")),
        ("echo a   b", .echo("a b")),
        (#"echo "a   b" #c"#, .echo("a   b")),
        ("source x.vus", .source("x.vus")),
        ("help", .help(nil)),
        ("help acl", .help("acl")),
        ("help QUIT", .help("exit")),
        ("help create user", .help("create")),
        ("exit", .exit),
        ("quit", .exit),
    ]

    @Test("listing and selection commands", arguments: listing)
    func listingCommands(source: String, expected: Command) {
        #expect(commands(source) == [expected])
    }

    @Test("commands that change the account", arguments: changes)
    func changeCommands(source: String, expected: Command) {
        #expect(commands(source) == [expected])
    }

    @Test("session commands", arguments: session)
    func sessionCommands(source: String, expected: Command) {
        #expect(commands(source) == [expected])
    }

    @Test("isMutation is true exactly for commands that change the account", arguments: [
        (.listUsers([]), false), (.listACLs, false), (.listKeys(nil), false), (.listAllowlist(nil), false),
        (.use(.row(1)), false), (.useUsers([]), false), (.showSelection, false), (.clearSelection, false),
        (.show(nil), false), (.whoami, false), (.apiShow(nil), false), (.apiSet(true, nil), true),
        (.acl(.set, []), true), (.email("a@b"), true),
        (.createUser(NewUserSpec(email: "a@b", firstName: "A", lastName: "B")), true), (.removeUser(nil), true),
        (.newKey(name: nil, expires: nil), true), (.removeKey("k"), true),
        (.allow(.add, CIDR(address: "::", prefixLength: 0, isIPv6: true)), true),
        (.set(.dryRun(true)), false), (.echo(""), false), (.source("f"), false), (.help(nil), false), (.exit, false),
    ] as [(Command, Bool)])
    func mutation(command: Command, expected: Bool) {
        #expect(command.isMutation == expected)
    }

    @Test("statements keep their location and text")
    func statements() throws {
        let script = try parse("whoami\n  ls users \\\n    api=on # on\n").get()
        #expect(script.statements == [
            Statement(command: .whoami, location: location(1, 1), text: "whoami"),
            Statement(command: .listUsers([Filter(key: .api, pattern: "on")]), location: location(2, 3), text: "ls users api=on"),
        ])
    }

    @Test("an empty script parses to no statements")
    func emptyScript() {
        #expect(commands("\n# nothing\n\n") == [])
    }
}
