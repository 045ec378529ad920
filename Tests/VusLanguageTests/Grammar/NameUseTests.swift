import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// The grammar finds, from the argument kinds, the names of the account each command uses or makes.
@Suite struct NameUseTests {
    /// Each statement's names, as `role subject name@line:column`.
    static func names(_ source: String) throws -> [[String]] {
        guard case .success(let script) = parse(source) else { throw ParseFailed() }
        return script.statements.map { statement in
            statement.names.map { use in
                let subject = switch use.subject {
                case .user: "user"
                case .object(let noun): noun.rawValue
                }
                return "\(use.role) \(subject) \(use.name)@\(use.location.line):\(use.location.column)"
            }
        }
    }

    struct ParseFailed: Error {}

    @Test func namesComeFromTheKindsOfParametersOptionsAndFilters() throws {
        let source = """
            group add contractors
            role rm auditor group=dev
            policy add billing-reader role=auditor
            use users group=dev* suspended=no
            create group auditors
            rm role auditor
            rm user bob@example.com
            invite ada@example.com
            use #2
            trust break-glass user=bob@ex
            ls users email=*@contractor.com
            """
        #expect(try Self.names(source) == [
            ["needs group contractors@1:11"],
            ["removes role auditor@2:9", "removes group dev@2:17"],
            ["needs policy billing-reader@3:12", "needs role auditor@3:27"],
            ["needs group dev*@4:11"],
            ["makes group auditors@5:14"],
            ["removes role auditor@6:9"],
            ["removes user bob@example.com@7:9"],
            ["makes user ada@example.com@8:8"],
            [],
            ["needs role break-glass@10:7", "needs user bob@ex@10:19"],
            [],
        ])
    }
}
