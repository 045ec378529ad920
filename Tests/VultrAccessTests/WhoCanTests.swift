import Testing
import VusTestSupport
import VultrAccess

@Suite struct WhoCanTests {
    let graph = Fixtures.graph

    @Test func listsAllowedAndPartialUsersInGraphOrder() {
        #expect(graph.whoCan(action: "compute.instance.Create").map(\.user.id) == ["owner", "alice"])
        #expect(graph.whoCan(action: "compute.instance.Delete", resource: "i-prod").map(\.user.id) == ["owner"])
        let dns = graph.whoCan(action: "network.dns.Delete")
        #expect(dns.map(\.user.id) == ["owner", "bob"])
        #expect(dns.last?.decision.outcome == .partial(resources: ["d-1"]))
        #expect(graph.whoCan(action: "user.acl.ManageUsers").map(\.user.id) == ["owner", "dave"])
    }

    @Test func equalsFilteringDecideOverAllUsers() throws {
        for action in ActionCatalog.published.actions {
            for resource in [nil, "i-prod", "d-1", "d-2"] as [String?] {
                let expected = try graph.users.compactMap { user -> UserAccess? in
                    let decision = try graph.decide(user: user.id, action: action, resource: resource)
                    return decision.isAllowedSomewhere ? UserAccess(user: user, decision: decision) : nil
                }
                #expect(graph.whoCan(action: action, resource: resource) == expected)
            }
        }
    }
}
