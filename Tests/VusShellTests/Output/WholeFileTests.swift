import Foundation
import Testing
import VultrSandbox
import VusTestSupport

/// `export users file=…` through the real binary: a new file is 0644 less the umask, an existing
/// one keeps its mode, nothing is left half-written beside it, and a dangling link is refused.
@Suite struct WholeFileTests {
    @Test func exportsAreNeverWiderThanAskedAndNeverWrittenThroughADanglingLink() async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            func export(_ name: String) async throws -> (status: Int32, stdout: String, stderr: String) {
                try await VusProcess.run(["-c", "export users file=\(directory.appendingPathComponent(name).path)"], sandbox: sandbox)
            }
            func mode(_ name: String) throws -> Int? {
                try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)[.posixPermissions] as? Int
            }
            let mask = umask(0o022)
            umask(mask)

            let fresh = try await export("new.yaml")
            #expect(fresh.status == 0, "\(fresh.stderr)")
            #expect(try mode("new.yaml") == 0o644 & ~Int(mask))

            let secret = directory.appendingPathComponent("private.yaml")
            try "old\n".write(to: secret, atomically: false, encoding: .utf8)
            chmod(secret.path, 0o600)
            #expect(try await export("private.yaml").status == 0)
            #expect(try mode("private.yaml") == 0o600, "an existing file keeps its mode")
            #expect(try String(contentsOf: secret, encoding: .utf8).contains("users:"))

            let dangling = directory.appendingPathComponent("dangling.yaml")
            let nowhere = directory.appendingPathComponent("made-by-the-link")
            try FileManager.default.createSymbolicLink(at: dangling, withDestinationURL: nowhere)
            let refused = try await export("dangling.yaml")
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("cannot write \(dangling.path): it is a symbolic link to nothing"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: nowhere.path), "no file was created through the link")

            let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            #expect(left == ["dangling.yaml", "new.yaml", "private.yaml"], "no temporary file is left beside them")
        }
    }
}
