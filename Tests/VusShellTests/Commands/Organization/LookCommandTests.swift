import Foundation
import Testing
import VusTestSupport

/// The IAM look commands through the real binary against the seeded organization.
@Suite struct LookCommandTests {
    static func json(_ text: String) -> Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func listsAndShowsTheOrganization() async throws {
        try await withTestSandbox { sandbox in
            let groups = try await VusProcess.run(["--format", "json", "-c", "ls groups"], sandbox: sandbox)
            #expect((Self.json(groups.stdout) as? [[String: Any]])?.compactMap { $0["name"] as? String }.prefix(4)
                    == ["admins", "developers", "billing", "contractors"], "\(groups.stderr)")
            for list in ["ls roles", "ls policies", "ls invitations", "ls trusts", "ls trusts break-glass"] {
                let result = try await VusProcess.run(["--format", "json", "-c", list], sandbox: sandbox)
                #expect(result.status == 0 && (Self.json(result.stdout) as? [Any])?.isEmpty == false, "\(list): \(result.stderr)")
            }
            let policy = try await VusProcess.run(["-c", "show policy CONTRACTOR-boundary"], sandbox: sandbox)
            #expect(policy.stdout.contains("Deny iam.*, account.*; Allow compute.instance.List, compute.instance.Read"), "\(policy.stdout)")
            let document = try await VusProcess.run(["--format", "json", "-c", "show policy contractor-boundary"], sandbox: sandbox)
            let statements = ((Self.json(document.stdout) as? [String: Any])?["policy_document"] as? [String: Any])?["Statement"] as? [[String: Any]]
            #expect(statements?.first?["Effect"] as? String == "Deny")
            let members = try await VusProcess.run(["--format", "json", "-c", "show group contractors"], sandbox: sandbox)
            #expect(members.stdout.contains(#""email":"frank.jensen@contractor.com""#) && !members.stdout.contains(#""email":"bob.hughes@example.com""#),
                    "\(members.stdout.prefix(300))")
            let typo = try await VusProcess.run(["-c", "show role developr"], sandbox: sandbox)
            #expect(typo.status == 1 && typo.stderr.contains("no role named 'developr'; did you mean 'developer'?"), "\(typo.stderr)")
        }
    }

    @Test func anAccountWithoutIAMSaysSoInOneSentence() async throws {
        try await withTestSandbox({ $0.iam = false }) { sandbox in
            let result = try await VusProcess.run(["-c", "ls groups"], sandbox: sandbox)
            #expect(result.status == 1 && result.stderr.contains("IAM is not enabled on this account: it has no organization."), "\(result.stderr)")
        }
    }
}
