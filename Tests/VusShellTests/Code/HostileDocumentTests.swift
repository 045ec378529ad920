import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport

/// Users documents a hostile or careless hand wrote, through the real binary: each is refused
/// whole, with status 2 and the problem at its file:line:col, before anything is sent.
@Suite struct HostileDocumentTests {
    static let user = "- email: ann@example.com\n  first_name: Ann\n  last_name: Lee\n"

    static let cases: [(name: String, text: String, message: String)] = [
        ("duplicate", "users:\n" + user + "  acls: [billing]\n- email: ANN@example.com\n  first_name: Ann\n  last_name: Lee\n",
         ":6:10: ANN@example.com is listed twice: at line 2 and here"),
        ("unknown-acl", "users:\n" + user + "  acls: [biling]\n", ":5:10: unknown ACL 'biling'; did you mean 'billing'?"),
        ("unknown-key", "users:\n" + user + "  acl: [billing]\n",
         ":5:3: unknown key 'acl' (did you mean 'acls'?); a user takes email, first_name, last_name, service_user, api_enabled, acls, allowlist, groups, roles, policies, password"),
        ("syntax", "users:\n" + user + "  acls: [billing\n", ":6:1: not valid YAML"),
        ("control", "users:\n- email: \"ann\\u0007@example.com\"\n  first_name: Ann\n  last_name: Lee\n", ":2:10: email contains a control character"),
        ("bad-email", "users:\n- email: ann.example.com\n  first_name: Ann\n  last_name: Lee\n", ":2:10: 'ann.example.com' is not an email address"),
        ("action-typo", "users:\n" + user + "policies:\n- name: ops\n  document:\n    Version: '2012-10-17'\n    Statement:\n"
            + "    - Effect: Allow\n      Action: [compute.instanse.List]\n      Resource: '*'\n",
         ":8:5: policy ops: Statement 1: unknown resource 'instanse' in 'compute.instanse.List'; did you mean 'compute.instance.List'?"),
        ("condition", "users:\n" + user + "policies:\n- name: ops\n  document:\n    Version: '2012-10-17'\n    Statement:\n"
            + "    - Effect: Allow\n      Action: [compute.instance.Delete]\n      Resource: '*'\n      Condition: {IpAddress: {aws:SourceIp: 10.0.0.0/8}}\n",
         ":8:5: policy ops: Statement 1: Condition is not part of Vultr's policy documents; limits of time and address go on role trusts"),
    ]

    @Test(arguments: cases.map(\.name))
    func aFlawedDocumentIsRefusedWithItsPositionAndNothingIsSent(name: String) async throws {
        let (_, text, message) = try #require(Self.cases.first { $0.name == name })
        try await withTestSandbox { sandbox in
            let file = try temporaryDirectory().appendingPathComponent("\(name).yaml")
            try text.write(to: file, atomically: false, encoding: .utf8)
            let before = try await snapshot(sandbox)
            for command in ["plan", "apply"] {
                let run = try await VusProcess.run(["-y", "-c", "\(command) \(file.path) prune"], sandbox: sandbox)
                #expect(run.status == 2, "\(command): \(run.stderr)")
                #expect(run.stderr.contains(file.path + message), "\(command): \(run.stderr)")
                #expect(run.stderr.contains("refused; nothing was sent"))
            }
            #expect(try await snapshot(sandbox) == before, "nothing was sent")
        }
    }

    @Test func aSandboxFromAFlawedDocumentIsNotStarted() async throws {
        let file = try temporaryDirectory().appendingPathComponent("users.yaml")
        try ("users:\n" + Self.user + "  acls: [biling]\n").write(to: file, atomically: false, encoding: .utf8)
        let run = try await VusProcess.run(["--sandbox", "--sandbox-from", file.path, "-c", "ls users"], sandbox: nil)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(file.path):5:10: unknown ACL 'biling'; did you mean 'billing'?\n"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    /// 10,000 aliases of a user with 10,000 ACLs (the probe's 130 KB bomb took 49 s and 1.6 GB).
    @Test func anAliasBombIsRefusedAtOnce() async throws {
        let acls = Array(repeating: "billing", count: 10_000).joined(separator: ", ")
        let text = "users:\n- &u\n  email: ann@example.com\n  first_name: Ann\n  last_name: Lee\n  acls: [\(acls)]\n"
            + String(repeating: "- *u\n", count: 10_000)
        let file = try temporaryDirectory().appendingPathComponent("bomb.yaml")
        try text.write(to: file, atomically: false, encoding: .utf8)
        let environment = VusProcess.environment(for: nil, extra: ["VULTR_API_URL": "http://127.0.0.1:9", "VULTR_API_KEY": "unused-key-0123456789"])
        let run = try await blocking { try MeasuredRun.run(VusProcess.executable, ["-c", "plan \(file.path)"], environment: environment) }
        #expect(run.status == 2, "\(run.standardError)")
        #expect(run.standardError.contains("\(file.path):2:3: this node is used again through a YAML alias"), "\(run.standardError)")
        #expect(run.cpuSeconds < 1, "refused in \(run.cpuSeconds) s of CPU")
        #expect(run.peakBytes < 100 << 20, "in at most \(run.peakBytes >> 20) MB")
    }

    @Test func aDocumentOver16MBIsRefusedUnread() async throws {
        let file = try temporaryDirectory().appendingPathComponent("huge.yaml")
        try Data(("users: []\n" + String(repeating: "#", count: 17 << 20)).utf8).write(to: file)
        let run = try await VusProcess.run(["-c", "plan \(file.path)"], sandbox: nil,
                                           extra: ["VULTR_API_URL": "http://127.0.0.1:9", "VULTR_API_KEY": "unused-key-0123456789"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path):1:1: cannot be read: larger than 16 MB"), "\(run.stderr)")
    }
}
