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
            let attachments = try await VusProcess.run(["-c", "show group contractors; show policy contractor-boundary; show role developer"], sandbox: sandbox)
            for line in ["roles: developer", "policies: contractor-boundary", "policies through roles: compute-admin, dns-editor, no-instance-delete",
                         "attached to users: none", "attached to groups: contractors", "in roles: none",
                         "assigned to users: none", "assigned to groups: developers, contractors"] {
                #expect(attachments.stderr.contains(line + "\n") || attachments.stdout.contains(line + "\n"), "\(line): \(attachments.stdout)\(attachments.stderr)")
            }
            let unknown = try await VusProcess.run(["-c", "show policy zzzzzzzz"], sandbox: sandbox)
            #expect(unknown.status == 1 && unknown.stderr.contains("no policy named 'zzzzzzzz'; 'ls policies' lists them"), "\(unknown.stderr)")
            let typo = try await VusProcess.run(["-c", "show role developr"], sandbox: sandbox)
            #expect(typo.status == 1 && typo.stderr.contains("no role named 'developr'; did you mean 'developer'?"), "\(typo.stderr)")
        }
    }

    @Test func organizationFiltersTakePatternsAndInvitationsSuggest() async throws {
        try await withTestSandbox { sandbox in
            let named = try await VusProcess.run(["-q", "-c", "ls users group=developers"], sandbox: sandbox)
            let pattern = try await VusProcess.run(["-q", "-c", "ls users group=DEV*"], sandbox: sandbox)
            #expect(pattern.status == 0 && !named.stdout.isEmpty && pattern.stdout == named.stdout, "\(pattern.stdout)\(pattern.stderr)")
            let both = try await VusProcess.run(["-q", "-c", "ls users role=*"], sandbox: sandbox)
            #expect(both.stdout.split(separator: "\n").count > named.stdout.split(separator: "\n").count, "\(both.stdout)")
            let none = try await VusProcess.run(["-c", "ls users group=zz*"], sandbox: sandbox)
            #expect(none.status == 1 && none.stderr.contains("no group matches 'zz*'; 'ls groups' lists them"), "\(none.stderr)")
            let typo = try await VusProcess.run(["-c", "resend invitation grace.quin@example.com"], sandbox: sandbox)
            #expect(typo.status == 1 && typo.stderr.contains("did you mean 'grace.quinn@example.com'?"), "\(typo.stderr)")
        }
    }

    @Test func rowNumbersNameTheRowsLastShown() async throws {
        try await withTestSandbox { sandbox in
            // `show group` numbers its members: #2 is its second row, not the second user of `ls users`.
            let afterGroup = try await VusProcess.run(["-c", "ls users; show group contractors; use #2"], sandbox: sandbox)
            #expect(afterGroup.stdout.contains("using niaj.zimmermann@contractor.com"), "\(afterGroup.stdout)\(afterGroup.stderr)")
            // `use` with no user shows the selection numbered, and #N follows it.
            let afterUse = try await VusProcess.run(["-c", "use users email=*@contractor.com; ls users; use; use #1"], sandbox: sandbox)
            #expect(afterUse.stdout.hasSuffix("using frank.jensen@contractor.com (Frank Jensen)\n"), "\(afterUse.stdout)\(afterUse.stderr)")
        }
    }

    @Test func aLapsedInvitationSaysSoUntilItIsResent() async throws {
        try await withTestSandbox { sandbox in
            // The seeded invitations were sent in January 2026, for three days.
            let before = try await VusProcess.run(["-c", "ls invitations"], sandbox: sandbox)
            #expect(before.stdout.contains("grace.quinn@example.com      Pending (expired)"), "\(before.stdout)\(before.stderr)")
            let resent = try await VusProcess.run(["-y", "-c", "resend invitation grace.quinn@example.com; ls invitations"], sandbox: sandbox)
            let line = resent.stdout.split(separator: "\n").first { $0.hasPrefix("grace.quinn@example.com") }
            #expect(line?.contains("Pending ") == true && line?.contains("expired") == false, "\(resent.stdout)\(resent.stderr)")
            let json = try await VusProcess.run(["--format", "json", "-c", "ls invitations"], sandbox: sandbox)
            #expect(!json.stdout.contains("expired") && json.stdout.contains(#""status":"Pending""#), "\(json.stdout)")
        }
    }

    @Test func anAccountWithoutIAMSaysSoInOneSentence() async throws {
        try await withTestSandbox({ $0.iam = false }) { sandbox in
            let result = try await VusProcess.run(["-c", "ls groups"], sandbox: sandbox)
            #expect(result.status == 1 && result.stderr.contains("IAM is not enabled on this account: it has no organization."), "\(result.stderr)")
        }
    }
}
