import Foundation
import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

@Suite struct ScriptVariablesTests {
    @Test func valuesAreTakenAsWrittenUpToTheFirstEqualsSign() throws {
        let values = try ScriptVariables.values(["A=1", "B=x=y", "C="]).get()
        #expect(values == ["A": "1", "B": "x=y", "C": ""])
    }

    @Test func aFileGivesItsTextWithOneTrailingNewlineDropped() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pw.txt")
        try "Pw-Zebra\n\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try ScriptVariables.values(["PW=@\(file.path)"]).get() == ["PW": "Pw-Zebra\n"])
    }

    /// `-v PW=@<(pass show vultr)` hands vus a pipe, which can be read only once.
    @Test func aPipeGivesItsValue() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pw.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo)
            handle?.write(Data("from-a-pipe\n".utf8))
            try? handle?.close()
        }
        writer.start()
        #expect(try ScriptVariables.values(["PW=@\(fifo)"]).get() == ["PW": "from-a-pipe"])
    }

    @Test func whatIsNotAFileOrAPipeIsRefusedByNameNotRead() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let long = directory.appendingPathComponent("long.txt")
        try Data(repeating: 0x61, count: ScriptVariables.maximumFileSize + 1).write(to: long)
        let binary = directory.appendingPathComponent("binary")
        try Data([0x61, 0xFF]).write(to: binary)
        let cases = [
            ("/dev/zero", "not a file or a pipe"),
            (directory.path, "it is a directory"),
            (directory.path + "/none", "no such file"),
            (long.path, "larger than 64 KB"),
            (binary.path, "not UTF-8 text"),
        ]
        for (path, reason) in cases {
            let result = ScriptVariables.values(["PW=@\(path)"])
            #expect(result.failureText == "-v PW=@\(path): cannot read \(path): \(reason)")
        }
    }
}
