import Foundation
import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// Each form of every command parses to the typed command it names.
@Suite("Parser: every command form")
struct ParserCommandTests {
    static let listing: [(String, String)] = [
        ("ls users", "ListUsers(filters: [])"),
        ("LS Users", "ListUsers(filters: [])"),
        ("ls users api=on email=*@x.com", #"ListUsers(filters: [Filter(key: FilterKey.api, pattern: "on"), Filter(key: FilterKey.email, pattern: "*@x.com")])"#),
        ("ls users api=YES service=false status=Active acl=Billing name=Ada* id=7f?3*", #"ListUsers(filters: [Filter(key: FilterKey.api, pattern: "on"), Filter(key: FilterKey.service, pattern: "no"), Filter(key: FilterKey.status, pattern: "active"), Filter(key: FilterKey.acl, pattern: "billing"), Filter(key: FilterKey.name, pattern: "Ada*"), Filter(key: FilterKey.id, pattern: "7f?3*")])"#),
        ("ls users acl=sub* acl=dns", #"ListUsers(filters: [Filter(key: FilterKey.acl, pattern: "sub*"), Filter(key: FilterKey.acl, pattern: "dns")])"#),
        ("ls users EMAIL=a=b@x.com", #"ListUsers(filters: [Filter(key: FilterKey.email, pattern: "a=b@x.com")])"#),
        ("ls acls", "ListACLs()"),
        ("ls keys", "ListKeys(user: nil)"),
        ("ls keys #2", "ListKeys(user: UserRef.row(2))"),
        ("ls allow", "ListAllowlist(user: nil)"),
        ("ls allow bob@x.com", #"ListAllowlist(user: UserRef.text("bob@x.com"))"#),
        ("ls settings", "ListSettings()"),
        ("export users api=on last_activity<=2026-01-01 file=u.yaml allowlists",
         #"ExportUsers(filters: [Filter(key: FilterKey.api, pattern: "on"), Filter(key: FilterKey.lastActivity, pattern: "2026-01-01", comparison: Filter.Comparison.lessOrEqual)], allowlists: true, file: "u.yaml")"#),
        ("use bob@x.com", #"Use(user: UserRef.text("bob@x.com"))"#),
        ("use #3", "Use(user: UserRef.row(3))"),
        ("use #007", "Use(user: UserRef.row(7))"),
        ("use 7f3c2a10", #"Use(user: UserRef.text("7f3c2a10"))"#),
        ("use 7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6", #"Use(user: UserRef.text("7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6"))"#),
        ("use users acl=billing status=active", #"UseUsers(filters: [Filter(key: FilterKey.acl, pattern: "billing"), Filter(key: FilterKey.status, pattern: "active")])"#),
        ("use users@x.com", #"Use(user: UserRef.text("users@x.com"))"#),
        ("use", "Use(user: nil)"),
        ("use -", "ClearSelection()"),
        ("show", "ShowUser(user: nil)"),
        ("show #1", "ShowUser(user: UserRef.row(1))"),
        ("whoami", "WhoAmI()"),
        ("api", "ShowAPI(user: nil)"),
        ("api bob@x.com", #"ShowAPI(user: UserRef.text("bob@x.com"))"#),
        ("api on", "ChangeAPI(enabled: true, user: nil)"),
        ("api off #2", "ChangeAPI(enabled: false, user: UserRef.row(2))"),
        ("api yes", "ChangeAPI(enabled: true, user: nil)"),
        ("api FALSE bob@x.com", #"ChangeAPI(enabled: false, user: UserRef.text("bob@x.com"))"#),
    ]

    static let changes: [(String, String)] = [
        ("acl add billing dns", #"ChangeACLs(operation: ChangeACLs.Operation.add, names: ["billing", "dns"])"#),
        ("acl rm Billing", #"ChangeACLs(operation: ChangeACLs.Operation.rm, names: ["billing"])"#),
        ("acl set", "ChangeACLs(operation: ChangeACLs.Operation.set, names: [])"),
        ("acl set dns,firewall, dns", #"ChangeACLs(operation: ChangeACLs.Operation.set, names: ["dns", "firewall"])"#),
        ("email new@x.com", #"ChangeEmail(address: "new@x.com")"#),
        ("create user c@x.com first=Carol last=Diaz password=pw", #"CreateUser(email: "c@x.com", firstName: "Carol", lastName: "Diaz", acls: [], apiEnabled: nil, serviceUser: false, password: "pw")"#),
        (#"create user ci@x.com first=CI last="Bot Account" acl=billing,Support api=on service password='s3cr3t pw'"#, #"CreateUser(email: "ci@x.com", firstName: "CI", lastName: "Bot Account", acls: ["billing", "support"], apiEnabled: true, serviceUser: true, password: "s3cr3t pw")"#),
        ("create user first=A last=B api=no acl= a@b.c service=yes password=x", #"CreateUser(email: "a@b.c", firstName: "A", lastName: "B", acls: [], apiEnabled: false, serviceUser: true, password: "x")"#),
        ("create user a=b@x.com first=A last=B password=x", #"CreateUser(email: "a=b@x.com", firstName: "A", lastName: "B", acls: [], apiEnabled: nil, serviceUser: false, password: "x")"#),
        ("rm user", "RemoveUser(user: nil)"),
        ("rm user #4", "RemoveUser(user: UserRef.row(4))"),
        ("key new", "NewKey(name: nil, expires: nil)"),
        ("key new deploy", #"NewKey(name: "deploy", expires: nil)"#),
        ("key new deploy expires=2099-12-31", #"NewKey(name: "deploy", expires: 2099-12-31 00:00:00 +0000)"#),
        ("key new expires=2096-02-29T12:00:00Z", "NewKey(name: nil, expires: 2096-02-29 12:00:00 +0000)"),
        ("key new expires=2099-12-31T23:59:59.123+02:00 ci", #"NewKey(name: "ci", expires: 2099-12-31 21:59:59 +0000)"#),
        ("key new x expires=2400-02-29T00:00:00-0530", #"NewKey(name: "x", expires: 2400-02-29 05:30:00 +0000)"#),
        (#"key new "deploy=prod""#, #"NewKey(name: "deploy=prod", expires: nil)"#),
        ("key rm 7f3c2a10-1b2c", #"RemoveKey(keyID: "7f3c2a10-1b2c")"#),
        ("key rm all", #"RemoveKey(keyID: "all")"#),
        ("key rm ALL", #"RemoveKey(keyID: "all")"#),
        ("allow add 203.0.113.0/24", "ChangeAllowlist(adding: true, block: 203.0.113.0/24)"),
        ("allow rm 2001:db8::1", "ChangeAllowlist(adding: false, block: 2001:db8::1/128)"),
        ("allow add 8.8.8.8", "ChangeAllowlist(adding: true, block: 8.8.8.8/32)"),
        ("allow add ::/0", "ChangeAllowlist(adding: true, block: ::/0)"),
    ]

    static let session: [(String, String)] = [
        ("set format json", "SetFormat(format: OutputFormat.json)"),
        ("set FORMAT CSV", "SetFormat(format: OutputFormat.csv)"),
        ("set on-error continue", "SetOnError(policy: ErrorPolicy.continue)"),
        ("set on-error stop", "SetOnError(policy: ErrorPolicy.stop)"),
        ("set dry-run on", "SetDryRun(isOn: true)"),
        ("set dry-run no", "SetDryRun(isOn: false)"),
        ("let greeting = hello   world", #"Let(name: "greeting", value: "hello world")"#),
        ("let _x1 = ''", #"Let(name: "_x1", value: "")"#),
        ("echo", #"Echo(text: "")"#),
        ("echo a   b", #"Echo(text: "a b")"#),
        (#"echo "a   b" # c"#, #"Echo(text: "a   b")"#),
        ("echo a #b", #"Echo(text: "a #b")"#),
        ("source x.vus", #"Source(path: "x.vus")"#),
        ("source ~/x.vus", #"Source(path: "\#(NSHomeDirectory())/x.vus")"#),
        ("source '~/x.vus'", #"Source(path: "~/x.vus")"#),
        ("help", "Help(verb: nil, keyword: nil)"),
        ("help acl", #"Help(verb: "acl", keyword: nil)"#),
        ("help QUIT", #"Help(verb: "exit", keyword: nil)"#),
        ("help create user", #"Help(verb: "create", keyword: "user")"#),
        ("exit", "Exit()"),
        ("quit", "Exit()"),
    ]

    @Test("listing and selection commands", arguments: listing)
    func listingCommands(source: String, expected: String) {
        #expect(commands(source) == [expected])
    }

    @Test("commands that change the account", arguments: changes)
    func changeCommands(source: String, expected: String) {
        #expect(commands(source) == [expected])
    }

    @Test("session commands", arguments: session)
    func sessionCommands(source: String, expected: String) {
        #expect(commands(source) == [expected])
    }

    @Test("statements keep their location and text")
    func statements() throws {
        let script = try parse("whoami\n  ls users \\\n    api=on # on\n").get()
        #expect(script.statements.map { describe($0.command) } == [
            "WhoAmI()", #"ListUsers(filters: [Filter(key: FilterKey.api, pattern: "on")])"#,
        ])
        #expect(script.statements.map(\.location) == [location(1, 1), location(2, 3)])
        #expect(script.statements.map(\.text) == ["whoami", "ls users api=on"])
    }

    @Test("an empty script parses to no statements")
    func emptyScript() {
        #expect(commands("\n# nothing\n\n") == [])
    }

    @Test("at a prompt, create user may leave out the password (vus asks for it)")
    func interactiveCreate() throws {
        let context = Fixture.context(interactive: true)
        let script = try Parser.parse("create user c@x.com first=C last=D", context: context).get()
        #expect(script.statements.map { describe($0.command) } == [
            #"CreateUser(email: "c@x.com", firstName: "C", lastName: "D", acls: [], apiEnabled: nil, serviceUser: false, password: nil)"#,
        ])
    }
}
