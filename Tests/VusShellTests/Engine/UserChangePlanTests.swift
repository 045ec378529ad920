import Testing
import VultrAPI
@testable import VusLanguage
@testable import VusShell

/// What an `unchanged` record says was already so: the state asked for, not "already true".
@Suite struct UserChangePlanTests {
    @Test func theReasonNamesWhatAlreadyHolds() {
        #expect(UserChangePlan.alreadyHolds(UserUpdate(apiEnabled: false)) == "API access already off")
        #expect(UserChangePlan.alreadyHolds(UserUpdate(apiEnabled: true)) == "API access already on")
        #expect(UserChangePlan.alreadyHolds(UserUpdate(acls: ["billing"])) == "ACLs already as asked")
        #expect(UserChangePlan.alreadyHolds(UserUpdate(email: "a@example.com", apiEnabled: true))
                == "API access already on, email already a@example.com")
        #expect(UserChangePlan.alreadyHolds(UserUpdate()) == "already true")
    }
}
