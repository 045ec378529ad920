import Foundation
import Testing
import VultrAccess

@Suite struct PolicyValidationTests {
    func problems(_ json: String) -> [String] {
        PolicyDocument.validate(json: Data(json.utf8)).map(\.description)
    }

    @Test func acceptsAGoodDocument() {
        #expect(problems("""
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": ["compute.*", "*", "compute.instance.*", "iam.group.AddMember"], "Resource": "*"},
              {"Effect": "deny", "Action": "compute.instance.Delete", "Resource": ["i-1"]}]}
            """).isEmpty)
    }

    @Test func reportsEmptyStatement() {
        #expect(problems(#"{"Version": "2012-10-17", "Statement": []}"#) == ["Statement is empty"])
        #expect(problems(#"{"Version": "2012-10-17"}"#) == ["Statement is missing"])
        #expect(problems(#"{"Statement": {"Effect": "Allow"}}"#) == ["Statement must be a list of statements"])
    }

    @Test func reportsEveryProblemOfEveryStatement() {
        let found = problems("""
            {"Version": "2011-01-01", "Statement": [
              {"Effect": "Permit", "Action": []},
              {"Action": ["compute.instance", "compute..Read", "compute.instance.Delete.Now", "ok.ok.Ok"]},
              {"Effect": "Allow", "Action": 7, "Resource": []}]}
            """)
        #expect(found == [
            #"Version must be "2012-10-17", got "2011-01-01""#,
            #"Statement 1: Effect must be "Allow" or "Deny", got "Permit""#,
            "Statement 1: Action is empty",
            #"Statement 1: Resource is missing; write "*" for every resource, or the ids"#,
            "Statement 2: Effect is missing",
            #"Statement 2: Action "compute.instance" is not of the form service.resource.Operation or a wildcard such as compute.*"#,
            #"Statement 2: Action "compute..Read" is not of the form service.resource.Operation or a wildcard such as compute.*"#,
            #"Statement 2: Action "compute.instance.Delete.Now" is not of the form service.resource.Operation or a wildcard such as compute.*"#,
            #"Statement 2: Resource is missing; write "*" for every resource, or the ids"#,
            "Statement 3: Action must be a string or a list of strings",
            #"Statement 3: Resource is empty; write "*" for every resource, or the ids"#,
        ])
    }

    /// A key the grammar does not have is refused by name, never dropped: a Condition left out
    /// would make its Allow unconditional.
    @Test func refusesKeysItDoesNotKnow() {
        #expect(problems("""
            {"Version": "2012-10-17", "Sid": "x", "Statement": [
              {"Effect": "Allow", "Action": "compute.instance.Delete", "Resource": "*",
               "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}},
              {"Effect": "Allow", "Actoin": "compute.instance.Read", "Resource": "*"}]}
            """) == [
            "unknown key 'Sid'; a document takes Version, Statement",
            "Statement 1: Condition is not part of Vultr's policy documents; limits of time and address go on role trusts",
            "Statement 2: Action is missing",
            "Statement 2: unknown key 'Actoin' (did you mean 'Action'?); a statement takes Effect, Action, Resource",
        ])
    }

    @Test func reportsUnparseableJSON() {
        let found = PolicyDocument.validate(json: Data("[1, 2".utf8))
        #expect(found.count == 1)
        #expect(found.first?.statement == nil)
    }

    @Test func decodedDocumentProblems() {
        let document = PolicyDocument(statements: [
            PolicyStatement(effect: .allow, actions: []),
            PolicyStatement(effect: .deny, actions: ["bad action"], resources: [""]),
        ])
        #expect(document.problems.map(\.description) == [
            "Statement 1: Action is empty",
            #"Statement 2: Action "bad action" is not of the form service.resource.Operation or a wildcard such as compute.*"#,
            "Statement 2: Resource contains an empty id",
        ])
        #expect(PolicyDocument(statements: []).problems.map(\.description) == ["Statement is empty"])
    }
}
