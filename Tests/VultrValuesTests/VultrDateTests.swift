import Foundation
import Testing
import VultrValues

/// Vultr's timestamps, read and written in the one place the client and the sandbox share.
@Suite struct VultrDateTests {
    @Test("reads every form Vultr writes", arguments: [
        "2026-01-15T12:34:56+00:00", "2026-01-15T12:34:56Z", "2026-01-15T12:34:56.000+00:00",
    ])
    func reads(text: String) throws {
        let date = try #require(VultrDate.parse(text))
        #expect(date.timeIntervalSince1970 == 1_768_480_496)
    }

    @Test func writesWithANumericOffsetAndReadsItBack() throws {
        let date = Date(timeIntervalSince1970: 1_768_480_496)
        #expect(VultrDate.string(date) == "2026-01-15T12:34:56+00:00")
        #expect(VultrDate.parse(VultrDate.string(date)) == date)
    }

    @Test("an empty or unreadable value is no date", arguments: ["", "yesterday", "2026-13-01T00:00:00Z"])
    func refuses(text: String) {
        #expect(VultrDate.parse(text) == nil)
    }
}
