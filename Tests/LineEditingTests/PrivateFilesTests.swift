import Foundation
import LineEditing
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The files the line editor keeps (history) are the user's alone: folders 0700, files 0600,
/// never written through a link someone planted.
@Suite struct PrivateFilesTests {
    func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vus-lineediting-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func historyIsPreparedPrivately() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = try #require(try HistoryFile.prepared(environment: ["XDG_STATE_HOME": root]))
        #expect(path == root + "/vus/history")
        let folder = try FileManager.default.attributesOfItem(atPath: root + "/vus")
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let file = try FileManager.default.attributesOfItem(atPath: path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aPlantedLinkIsRefusedByName() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try PrivateFiles.prepareDirectory(root + "/vus")
        let target = root + "/elsewhere"
        FileManager.default.createFile(atPath: target, contents: Data("keep".utf8))
        try FileManager.default.createSymbolicLink(atPath: root + "/vus/history", withDestinationPath: target)
        #expect(throws: FileRefusal.self) { _ = try HistoryFile.prepared(environment: ["XDG_STATE_HOME": root]) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
    }

    @Test func aFolderOthersCanWriteIsRefused() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/open", withIntermediateDirectories: false)
        chmod(root + "/open", 0o777)
        #expect(throws: FileRefusal.self) { try PrivateFiles.checkDirectory(root + "/open") }
    }
}
