import Testing
import VultrValues

@Suite("CIDRBlock")
struct CIDRBlockTests {
    @Test("parses subnets and single hosts", arguments: [
        ("203.0.113.0/24", "203.0.113.0", 24, false),
        ("10.0.0.1", "10.0.0.1", 32, false),
        ("0.0.0.0/0", "0.0.0.0", 0, false),
        ("192.0.2.7/32", "192.0.2.7", 32, false),
        ("2001:db8::/32", "2001:db8::", 32, true),
        ("2001:DB8::1", "2001:DB8::1", 128, true),
        ("::/0", "::", 0, true),
        ("::ffff:192.0.2.1/128", "::ffff:192.0.2.1", 128, true),
        ("10.0.0.0/008", "10.0.0.0", 8, false),
    ] as [(String, String, Int, Bool)])
    func valid(text: String, address: String, size: Int, isIPv6: Bool) throws {
        let block = try #require(CIDRBlock(text))
        #expect(block == CIDRBlock(address: address, prefixLength: size))
        #expect(block.isIPv6 == isIPv6)
        #expect(block.description == "\(address)/\(size)")
    }

    @Test("rejects anything else", arguments: [
        "", "/24", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/1000", "10.0.0/24",
        "256.0.0.0", "10.0.0.0/24/8", "1.2.3.4 ", " 1.2.3.4", "::1/129", "fe80::1%eth0", "2001:db8:::1",
        "example.com", "10.0.0.0/ 8", "１.2.3.4",
    ] as [String])
    func invalid(text: String) {
        #expect(CIDRBlock(text) == nil)
    }

    @Test("says what is wrong", arguments: [
        ("300.1.2.3/24", "invalid subnet '300.1.2.3/24'; expected an address like 203.0.113.0/24 or 2001:db8::/32"),
        ("10.0.0.0/33", "prefix size 33 is out of range for IPv4 (0-32)"),
        ("::1/129", "prefix size 129 is out of range for IPv6 (0-128)"),
        ("10.0.0.0/x", "invalid prefix size 'x'; expected a number after '/'"),
    ])
    func messages(text: String, message: String) {
        guard case .failure(let error) = CIDRBlock.parse(text) else { Issue.record("\(text) parsed"); return }
        #expect(error.description == message)
    }
}
