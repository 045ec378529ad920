import Foundation
import Testing
import VultrAccess

@Suite struct PolicyDocumentTests {
    func decode(_ json: String) throws(PolicyDocumentError) -> PolicyDocument {
        try PolicyDocument(json: Data(json.utf8))
    }

    @Test func decodesStringsAndLists() throws {
        let document = try decode("""
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": "compute.*", "Resource": "*"},
              {"Effect": "deny", "Action": ["compute.instance.Delete", "compute.instance.Update"],
               "Resource": ["i-1", "i-2"]}
            ]}
            """)
        #expect(document.version == "2012-10-17")
        #expect(document.statements == [
            PolicyStatement(effect: .allow, actions: ["compute.*"], resources: ["*"]),
            PolicyStatement(effect: .deny, actions: ["compute.instance.Delete", "compute.instance.Update"],
                            resources: ["i-1", "i-2"]),
        ])
    }

    @Test func absentResourceMeansEverything() throws {
        let document = try decode(#"{"Version": "2012-10-17", "Statement": [{"Effect": "ALLOW", "Action": "iam.*"}]}"#)
        #expect(document.statements.first?.resources == ["*"])
        #expect(document.statements.first?.effect == .allow)
    }

    @Test func missingVersionDefaults() throws {
        let document = try decode(#"{"Statement": []}"#)
        #expect(document.version == PolicyDocument.currentVersion)
        #expect(document.statements.isEmpty)
    }

    @Test func encodesListsWithVultrKeys() throws {
        let document = PolicyDocument(statements: [PolicyStatement(effect: .deny, actions: ["dns.*"])])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(document), as: UTF8.self)
        #expect(json == #"{"Statement":[{"Action":["dns.*"],"Effect":"Deny","Resource":["*"]}],"Version":"2012-10-17"}"#)
        #expect(try JSONDecoder().decode(PolicyDocument.self, from: Data(json.utf8)) == document)
    }

    @Test func unknownEffectIsAClearError() {
        #expect {
            try decode(#"{"Statement": [{"Effect": "Allow", "Action": "a.b.C"}, {"Effect": "Permit", "Action": "a.b.C"}]}"#)
        } throws: { error in
            (error as? PolicyDocumentError)?.message
                == #"Statement 2, Effect: Effect must be "Allow" or "Deny", got "Permit""#
        }
    }

    @Test func actionOfWrongTypeIsAClearError() {
        #expect {
            try decode(#"{"Statement": [{"Effect": "Allow", "Action": 42}]}"#)
        } throws: { error in
            (error as? PolicyDocumentError)?.message == "Statement 1, Action: must be a string or a list of strings"
        }
    }

    @Test func missingStatementAndMissingActionAreNamed() {
        #expect {
            try decode(#"{"Version": "2012-10-17"}"#)
        } throws: { error in
            (error as? PolicyDocumentError)?.message == "Statement is missing"
        }
        #expect {
            try decode(#"{"Statement": [{"Effect": "Allow"}]}"#)
        } throws: { error in
            (error as? PolicyDocumentError)?.message == "Statement 1, Action is missing"
        }
    }

    @Test func notJSONFails() {
        #expect(throws: PolicyDocumentError.self) { try decode("Statement: nope") }
    }

    @Test func statementSummary() {
        #expect(PolicyStatement(effect: .allow, actions: ["compute.*"]).summary == "Allow compute.*")
        #expect(PolicyStatement(effect: .deny, actions: ["a.b.C", "a.b.D"], resources: ["x", "y"]).summary
                == "Deny a.b.C, a.b.D on x, y")
    }
}
