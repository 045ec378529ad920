/// `FILE [prune]`, as `plan` and `apply` both take it: a users document, and whether users it
/// does not list are to go.
struct UsersFileArguments: Equatable, Sendable {
    static let parameters = [Parameter("file", .path)]
    static let options = [OptionSpec("prune", .toggle, placeholder: "yes|no", flag: true)]

    let path: String
    let prune: Bool

    init(_ arguments: ParsedArguments) {
        path = arguments.text("file") ?? ""
        prune = arguments.toggle("prune") ?? false
    }
}
