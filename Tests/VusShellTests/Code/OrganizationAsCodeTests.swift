import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport

/// Users as code covers the organization: `export users` writes each user's groups, roles and
/// direct policies and the groups, roles and custom policies; `plan` and `apply` make the
/// account match with minimal changes; `vus-sandbox --from` starts a copy of it.
@Suite struct OrganizationAsCodeTests {
    func export(_ sandbox: RunningSandbox, to file: URL) async throws {
        let run = try await VusProcess.run(["-c", "export users file=\(file.path)"], sandbox: sandbox)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func droppingAMemberFromAGroupPlansAppliesAndThenMatches() async throws {
        try await withTestSandbox { sandbox in
            let file = try temporaryDirectory().appendingPathComponent("users.yaml")
            try await export(sandbox, to: file)
            var text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains("\ngroups:\n") && text.contains("\nroles:\n") && text.contains("\npolicies:\n"))
            #expect(!text.contains("name: FullAccess"), "managed policies are referred to by name, never written out")
            let frank = try #require(text.range(of: "- email: frank.jensen@contractor.com"))
            let groups = try #require(text.range(of: "  groups:\n  - contractors\n", range: frank.upperBound..<text.endIndex))
            text.replaceSubrange(groups, with: "  groups: []\n")
            try text.write(to: file, atomically: false, encoding: .utf8)

            let plan = try await VusProcess.run(["--format", "json", "-c", "plan \(file.path)"], sandbox: sandbox)
            #expect(plan.status == 3, "\(plan.stderr)")
            #expect(plan.stdout.contains(#""field":"groups","from":"contractors","to":"""#), "\(plan.stdout)")
            let table = try await VusProcess.run(["-c", "plan \(file.path)"], sandbox: sandbox)
            #expect(table.stdout.contains("frank.jensen@contractor.com  change  groups  contractors  (none)\n"), "\(table.stdout)")
            let apply = try await VusProcess.run(["-y", "-c", "apply \(file.path)"], sandbox: sandbox)
            #expect(apply.status == 0 && apply.stdout.contains("frank.jensen@contractor.com: apply: group rm contractors — changed"), "\(apply.stdout)\(apply.stderr)")
            let after = try await VusProcess.run(["-c", "plan \(file.path)"], sandbox: sandbox)
            #expect(after.status == 0, "\(after.stdout)")
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let contractors = try #require(try await client.groups().first { $0.name == "contractors" })
            #expect(!contractors.members.contains { $0.email == "frank.jensen@contractor.com" })
        }
    }

    /// With prune, a group the document leaves out of groups: is deleted, so its users cannot
    /// keep it: the document is refused whole, before the group is gone for good.
    @Test func pruneRefusesADocumentThatStillUsesWhatItWouldDelete() async throws {
        try await withTestSandbox { sandbox in
            let file = try temporaryDirectory().appendingPathComponent("users.yaml")
            try await export(sandbox, to: file)
            var text = try String(contentsOf: file, encoding: .utf8)
            let entry = try #require(text.range(of: "- name: contractors\n"))
            let end = try #require(text.range(of: "\n- name: ", range: entry.upperBound..<text.endIndex)).lowerBound
            text.removeSubrange(entry.lowerBound...end)
            try text.write(to: file, atomically: false, encoding: .utf8)

            let pruning = try await VusProcess.run(["-y", "-c", "apply \(file.path) prune"], sandbox: sandbox)
            #expect(pruning.status == 2, "\(pruning.stdout)\(pruning.stderr)")
            #expect(pruning.stderr.contains("dmitri.fischer@contractor.com: group 'contractors' is used here but not in groups:, so prune would delete it"),
                    "\(pruning.stderr)")
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            #expect(try await client.groups().contains { $0.name == "contractors" }, "nothing was deleted")
            // Without prune the group stays, and the document may go on using it.
            let plain = try await VusProcess.run(["-c", "plan \(file.path)"], sandbox: sandbox)
            #expect(plain.status == 0, "\(plain.stdout)\(plain.stderr)")
        }
    }

    @Test func aDocumentCreatesAttachesAndPrunesTheOrganization() async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            let file = directory.appendingPathComponent("users.yaml")
            try await export(sandbox, to: file)
            var text = try String(contentsOf: file, encoding: .utf8)
            // A new policy in a new role given to a new group that alice joins; unused-legacy dropped.
            text = text.replacingOccurrences(of: "- email: alice.anderson@example.com\n", with: "- email: alice.anderson@example.com\n")
            let alice = try #require(text.range(of: "- email: alice.anderson@example.com"))
            let aliceGroups = try #require(text.range(of: "  groups: []\n", range: alice.upperBound..<text.endIndex))
            text.replaceSubrange(aliceGroups, with: "  groups:\n  - on-call\n")
            text = text.replacingOccurrences(of: "\nroles:\n", with: """

                - name: on-call
                  description: Paged engineers
                  roles: [responder]
                  policies: []
                roles:
                - name: responder
                  type: assignable
                  description: Restarts things
                  policies: [restart-only, ReadOnlyAccess]

                """)
            let unused = try #require(text.range(of: "- name: unused-legacy"))
            let end = text.range(of: "\n- name: ", range: unused.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
            text.replaceSubrange(unused.lowerBound..<end, with: """
                - name: restart-only
                  description: Reboot instances
                  document:
                    Version: '2012-10-17'
                    Statement:
                    - Effect: Allow
                      Action: [compute.instance.Reboot]
                      Resource: ['*']
                """ + (end == text.endIndex ? "\n" : ""))
            try text.write(to: file, atomically: false, encoding: .utf8)

            let plan = try await VusProcess.run(["-c", "plan \(file.path) prune"], sandbox: sandbox)
            #expect(plan.status == 3 && plan.stdout.contains("policy unused-legacy") && plan.stdout.contains("group on-call"), "\(plan.stdout)\(plan.stderr)")
            let apply = try await VusProcess.run(["-y", "-c", "apply \(file.path) prune"], sandbox: sandbox)
            #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let can = try await VusProcess.run(["--format", "json", "-c", "can alice.anderson@example.com compute.instance.Reboot fresh"], sandbox: sandbox)
            #expect(can.stdout.contains(#""decision":"allow""#), "alice holds the new policy through group and role: \(can.stdout)")
            #expect(try await !client.policies().contains { $0.name == "unused-legacy" })
            let again = try await VusProcess.run(["-y", "-c", "apply \(file.path) prune"], sandbox: sandbox)
            #expect(again.status == 0 && again.stdout.contains("already matches"), "\(again.stdout)")
            let match = try await VusProcess.run(["-c", "plan \(file.path) prune"], sandbox: sandbox)
            #expect(match.status == 0, "\(match.stdout)")

            // A typo in a name is refused before anything is sent; so is a managed policy written out.
            try text.replacingOccurrences(of: "roles: [responder]", with: "roles: [responer]").write(to: file, atomically: false, encoding: .utf8)
            let typo = try await VusProcess.run(["-y", "-c", "apply \(file.path)"], sandbox: sandbox)
            #expect(typo.status == 2 && typo.stderr.contains("no role named 'responer' in the account or the document; did you mean 'responder'?"), "\(typo.stderr)")
        }
    }

    @Test func aSandboxStartsFromTheDocumentsOrganization() async throws {
        let file = try temporaryDirectory().appendingPathComponent("users.yaml")
        try """
            users:
            - email: dana@example.com
              first_name: Dana
              last_name: Lee
              groups: [ops]
              policies: [BillingFullAccess]
            groups:
            - name: ops
              description: Operations
              roles: [operator]
              policies: []
            roles:
            - name: operator
              type: assignable
              description: Runs things
              policies: [reboot]
            policies:
            - name: reboot
              description: Reboot
              document:
                Version: '2012-10-17'
                Statement:
                - {Effect: Allow, Action: [compute.instance.Reboot], Resource: ['*']}

            """.write(to: file, atomically: false, encoding: .utf8)
        try await withTestSandbox({ $0.seedFile = file }) { sandbox in
            let plan = try await VusProcess.run(["-c", "plan \(file.path)"], sandbox: sandbox)
            #expect(plan.status == 0, "the copy matches its document: \(plan.stdout)\(plan.stderr)")
            let can = try await VusProcess.run(["-c", "can dana@example.com compute.instance.Reboot"], sandbox: sandbox)
            #expect(can.stdout.contains("allow"), "\(can.stdout)")
            let groups = try await VusProcess.run(["--format", "json", "-c", "ls groups"], sandbox: sandbox)
            #expect(groups.stdout.contains(#""name":"ops""#) && !groups.stdout.contains(#""name":"contractors""#), "\(groups.stdout)")
        }
    }

    @Test(arguments: [UInt64(5), 17])
    func applyFinishesTheOrganizationUnderFaults(seed: UInt64) async throws {
        try await withTestSandbox { sandbox in
            let file = try temporaryDirectory().appendingPathComponent("users.yaml")
            try await export(sandbox, to: file)
            var text = try String(contentsOf: file, encoding: .utf8)
            // Every contractor leaves every group; the developer role loses dns-editor.
            for email in ["frank.jensen", "niaj.zimmermann", "victor.petrov", "dmitri.fischer"] {
                let user = try #require(text.range(of: "- email: \(email)@contractor.com"))
                let groups = try #require(text.range(of: "  groups:\n  - contractors\n", range: user.upperBound..<text.endIndex))
                text.replaceSubrange(groups, with: "  groups: []\n")
            }
            text = text.replacingOccurrences(of: "  - compute-admin\n  - dns-editor\n  - no-instance-delete\n", with: "  - compute-admin\n  - no-instance-delete\n")
            try text.write(to: file, atomically: false, encoding: .utf8)
            sandbox.faults.update(FaultPlan(rate: 0.3, seed: seed))
            let apply = try await VusProcess.run(["-y", "-c", "apply \(file.path)"], sandbox: sandbox)
            #expect(apply.status == 0, "apply, seed \(seed):\n\(apply.stderr)")
            #expect(sandbox.faults.injected > 5, "faults were injected")
            sandbox.faults.update(FaultPlan())
            let plan = try await VusProcess.run(["-c", "plan \(file.path)"], sandbox: sandbox)
            #expect(plan.status == 0, "plan, seed \(seed):\n\(plan.stdout)\n\(plan.stderr)")
        }
    }
}
