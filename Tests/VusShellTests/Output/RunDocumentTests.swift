import Foundation
import Testing
import VusTestSupport

/// A run of several commands under a data format prints one document; under jsonl one value per
/// line; a single command prints exactly what it did before.
@Suite struct RunDocumentTests {
    static let commands = ["use users email=*@contractor.com", "acl add dns", "ls users api=on"]

    func run(_ format: String, _ commands: [String]) async throws -> (status: Int32, stdout: String, stderr: String) {
        var result: (status: Int32, stdout: String, stderr: String)?
        try await withTestSandbox { sandbox in
            result = try await VusProcess.run(["-y", "--format", format] + commands.flatMap { ["-c", $0] }, sandbox: sandbox)
        }
        return try #require(result)
    }

    @Test func severalCommandsPrintOneJSONArrayOfTaggedRecords() async throws {
        let result = try await run("json", Self.commands)
        #expect(result.status == 0, "\(result.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(Set(records.compactMap { $0["command"] as? String }) == Set(Self.commands))
        #expect(records.first?["source"] as? String == "-c:1:1")
    }

    @Test func oneCommandPrintsWhatItAlwaysDid() async throws {
        let result = try await run("json", ["ls acls"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!records.isEmpty && records.allSatisfy { $0["command"] == nil })
    }

    @Test func yamlIsOneSequenceAndCSVOneTablePerKind() async throws {
        let yaml = try await run("yaml", ["ls acls", "whoami"])
        #expect(!yaml.stdout.contains("\n---") && yaml.stdout.hasPrefix("- ") && yaml.stdout.contains("command: whoami"))
        let csv = try await run("csv", ["ls acls", "whoami"])
        let tables = csv.stdout.components(separatedBy: "\r\n\r\n")
        #expect(tables.count == 2)
        #expect(tables[0].hasPrefix("name,description,command,source"))
        #expect(tables[1].contains(",whoami,-c:2:1"))
    }

    @Test func jsonlIsOneValuePerLine() async throws {
        let result = try await run("jsonl", Self.commands)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 3)
        for line in lines {
            let value = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(value?["command"] != nil && value?["source"] != nil, "\(line)")
        }
    }
}
