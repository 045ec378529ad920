/// `FILE [prune]`, as `plan` and `apply` both take it: a users document, and whether users it
/// does not list are to go.
struct UsersFileArguments: Equatable, Sendable {
    static let fileParameter: TypedParameter<String> = .one("file", .path)
    static let pruneOption: TypedOption<Bool> = .flag("prune")
    static let parameters = [fileParameter.parameter]
    static let options = [pruneOption.spec]

    let path: String
    let prune: Bool

    init(_ arguments: ParsedArguments) {
        path = arguments[Self.fileParameter]
        prune = arguments[Self.pruneOption]
    }
}
