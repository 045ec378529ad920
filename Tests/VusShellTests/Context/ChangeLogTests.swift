import Foundation
import Testing
@testable import VusLanguage
@testable import VusShell

/// A run id sorts by time and names the process: `20261118T110640Z-4821`.
@Suite struct ChangeLogTests {
    @Test func runIDIsTheUTCTimeAndTheProcess() {
        let id = ChangeLog.newRunID(at: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(id == "20261118T110640Z-\(ProcessInfo.processInfo.processIdentifier)")
    }

    @Test func aRunKeepsOneID() {
        let log = ChangeLog()
        #expect(log.runID == log.runID)
        #expect(log.runID.hasSuffix("-\(ProcessInfo.processInfo.processIdentifier)"))
    }

    @Test func laterRunsSortAfterEarlierOnes() {
        let earlier = ChangeLog.newRunID(at: Date(timeIntervalSince1970: 1_795_000_000))
        let later = ChangeLog.newRunID(at: Date(timeIntervalSince1970: 1_795_000_001))
        #expect(earlier < later)
    }
}
