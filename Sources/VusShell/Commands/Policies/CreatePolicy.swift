import Foundation
import VultrAccess
import VultrAPI
import VultrDocuments

/// `create policy NAME allow ACTION... [deny ACTION...]` or `create policy NAME file=DOC.json`.
struct CreatePolicy: ShellCommand {
    static let policyName: TypedParameter<String> = .one("name", .newName)
    static let statementWords: TypedParameter<[String]> = .many("allow|deny action", .statementWord)
    static let fileOption: TypedOption<String?> = .optional("file", .path, placeholder: "document.json")

    static let syntax = CommandSyntax(
        verb: "create", keywords: ["policy"], parameters: [policyName.parameter, statementWords.parameter],
        options: [fileOption.spec, CreateGroup.descriptionOption.spec],
        summary: "Create a policy: Allow and Deny statements of actions",
        details: """
        Write the document inline, 'allow' or 'deny' followed by actions or patterns (compute.*, \
        *.*.Read), on every resource; or give file=DOC.json, a document as Vultr writes it \
        ({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [...], \
        "Resource": [...]}]}), which can name resources; any other key (a Condition) is refused, \
        never dropped. A mistyped action is an error. A policy of that name with the same \
        document is reported unchanged. 'undo' deletes it.
        """,
        examples: ["create policy no-snapshot-delete deny compute.snapshot.Delete",
                   "create policy dns-reader allow network.dns.List network.dns.Read description=\"Read DNS\""],
        changesAccount: true)

    let name: String
    let document: Source
    let description: String?

    /// Where the document comes from.
    enum Source: Equatable, Sendable {
        case inline(PolicyDocument)
        case file(String)
    }

    init(_ arguments: ParsedArguments) throws(Diagnostic) {
        name = arguments[Self.policyName]
        description = arguments[CreateGroup.descriptionOption]
        let words = arguments[Self.statementWords]
        switch (words.isEmpty, arguments[Self.fileOption]) {
        case (true, let file?): document = .file(file)
        case (false, nil): document = .inline(try Self.document(words, arguments: arguments))
        case (true, nil): throw arguments.missing("'create policy' needs its statements (allow ACTION... deny ACTION...) or file=DOC.json")
        case (false, _?): throw arguments.missing("'create policy' takes its statements inline or from file=, not both")
        }
    }

    /// `allow a b deny c` as statements, in order.
    static func document(_ words: [String], arguments: ParsedArguments) throws(Diagnostic) -> PolicyDocument {
        var statements: [PolicyStatement] = []
        for word in words {
            if let effect = PolicyEffectWord(rawValue: word) {
                statements.append(PolicyStatement(effect: effect == .allow ? .allow : .deny, actions: []))
            } else if statements.isEmpty {
                throw arguments.missing("a policy's statements start with 'allow' or 'deny', e.g. create policy NAME allow \(word)")
            } else {
                statements[statements.count - 1].actions.append(word)
            }
        }
        if let empty = statements.first(where: { $0.actions.isEmpty }) {
            throw arguments.missing("'\(empty.effect == .allow ? "allow" : "deny")' needs at least one action after it")
        }
        return PolicyDocument(statements: statements)
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let change = "create policy \(name)"
        let document = try readDocument()
        let (name, description) = (self.name, self.description)
        let find: @Sendable () async throws -> Policy? = { try await client.policies().first { $0.name.lowercased() == name.lowercased() } }
        let plan: PlannedChange
        if let existing = try await find() {
            guard existing.document == document else {
                throw ShellError("policy \(existing.name) already exists with another document ('show policy \(existing.name)'); nothing changed")
            }
            try CreatedObject.check(existing.description, wanted: description, of: "policy \(existing.name)")
            plan = .alreadyTrue(.object(OrganizationObject(existing)), change, reason: "already exists")
        } else {
            plan = OrganizationPlans.create(OrganizationObject(kind: .policy, id: "", name: name), change: change,
                                            find: { try await find().map(OrganizationObject.init) }) {
                OrganizationObject(try await client.createPolicy(name: name, document: document, description: description ?? ""))
            }
        }
        return await ChangeEngine.run([plan], change, in: context)
    }

    /// The document written inline, or read and checked from its file (every problem named).
    private func readDocument() throws -> PolicyDocument {
        switch document {
        case .inline(let document): return document
        case .file(let path):
            // A policy document is a few kilobytes; Vultr's own limit is far below a megabyte.
            let data: Data
            switch NamedFile.bytes(at: path, maximumSize: 1 << 20) {
            case .success(let bytes): data = bytes
            case .failure(let refusal): throw ShellError("cannot read \(path): \(refusal)")
            }
            let problems = PolicyDocument.validate(json: data)
            guard problems.isEmpty else {
                throw ShellError("\(path) is not a policy document: " + problems.map(\.description).joined(separator: "; "))
            }
            let document: PolicyDocument
            do { document = try PolicyDocument(json: data) } catch { throw ShellError("\(path): \(error)") }
            // Its actions are held to what the inline form is: a near miss is a typo, not a new action.
            let typos = document.actionTypos()
            guard typos.isEmpty else { throw ShellError("\(path): " + typos.map(\.description).joined(separator: "; ")) }
            return document
        }
    }
}
