import Testing
import VultrAccess

/// How a written action is taken: as the catalog spells it, as written for what the list does
/// not cover, or as a typo with the name most likely meant.
@Suite struct ActionSpellingTests {
    let catalog = ActionCatalog.published

    @Test(arguments: [
        ("compute.instance.delete", "compute.instance.Delete"),  // the catalog's spelling
        ("compute.*", "compute.*"),
        ("*.*.Read", "*.*.Read"),
        ("compute.instance.Reboot", "compute.instance.Reboot"),  // an operation near none listed
        ("vpc.network.Create", "vpc.network.Create"),  // a service the list does not cover
    ])
    func takesWhatIsListedOrUncovered(written: String, taken: String) throws {
        #expect(try catalog.spelling(of: written).get() == taken)
    }

    @Test(arguments: [
        ("compute.instanse.Delete", "unknown resource 'instanse' in 'compute.instanse.Delete'; did you mean 'compute.instance.Delete'?"),
        ("comptue.instance.List", "unknown service 'comptue' in 'comptue.instance.List'; did you mean 'compute.instance.List'?"),
        ("compute.instance.Delet", "unknown operation 'Delet' in 'compute.instance.Delet'; did you mean 'compute.instance.Delete'?"),
        ("compute", "'compute' is not an action; actions are service.resource.Operation, e.g. compute.instance.Delete"),
    ])
    func refusesANearMissWithTheNameMeant(written: String, message: String) {
        guard case .failure(let typo) = catalog.spelling(of: written) else {
            Issue.record("\(written) was taken")
            return
        }
        #expect(typo.description.hasPrefix(message), "\(typo)")
    }

    @Test func aDocumentsTyposAreNamedByStatement() {
        let document = PolicyDocument(statements: [
            PolicyStatement(effect: .allow, actions: ["compute.instance.List", "compute.instanse.Read"]),
            PolicyStatement(effect: .deny, actions: ["iam.*"]),
            PolicyStatement(effect: .deny, actions: ["compute.instance.Delet"]),
        ])
        #expect(document.actionTypos().map(\.statement) == [1, 3])
        #expect(document.actionTypos().first?.description.hasPrefix("Statement 1: unknown resource 'instanse'") == true)
        #expect(PolicyDocument(statements: [PolicyStatement(effect: .allow, actions: ["compute.*"])]).actionTypos().isEmpty)
    }
}
