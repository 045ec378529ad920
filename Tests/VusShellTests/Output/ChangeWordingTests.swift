import Testing
import VultrAPI
@testable import VusLanguage
@testable import VusShell

/// What an `unchanged` record says was already so: the state asked for, not "already true".
@Suite struct ChangeWordingTests {
    @Test func theReasonNamesWhatAlreadyHolds() {
        #expect(ChangeWording.alreadyHolds(UserUpdate(apiEnabled: false)) == "API access already off")
        #expect(ChangeWording.alreadyHolds(UserUpdate(apiEnabled: true)) == "API access already on")
        #expect(ChangeWording.alreadyHolds(UserUpdate(acls: ["billing"])) == "ACLs already as asked")
        #expect(ChangeWording.alreadyHolds(UserUpdate(email: "a@example.com", apiEnabled: true))
                == "API access already on, email already a@example.com")
        #expect(ChangeWording.alreadyHolds(UserUpdate()) == "already true")
    }
}
