import VultrAPI

/// Checks, before a run sends anything, the groups, roles, policies and users that its lines name
/// after its first change: a name that is not there would otherwise stop the run part-way, after
/// the changes before it. A name the run makes itself (`create group`) is not checked, nor is a
/// name already gone that its line deletes because vus deleted it; nothing after a line that may
/// make names unseen (`apply`, `undo`, `restore`, `source`) is checked. It reads only what those
/// names need, and nothing at all when no change comes before a name.
struct NamePreflight {
    let context: CommandContext

    /// The names to check, in order: those used after the first change, up to the first line that
    /// may make names unseen, less those an earlier line makes.
    static func namesToCheck(in statements: [ShellStatement]) -> [NameUse] {
        guard let firstChange = statements.firstIndex(where: { $0.command.changesAccount }) else { return [] }
        var made: [NameUse.Subject: Set<String>] = [:]
        var toCheck: [NameUse] = []
        for (index, statement) in statements.enumerated() {
            for use in statement.names {
                if use.role == .makes { made[use.subject, default: []].insert(use.name.lowercased()) }
                else if index > firstChange && !covers(made[use.subject] ?? [], use) { toCheck.append(use) }
            }
            if type(of: statement.command).syntax.mayMakeUnnamed { break }
        }
        return toCheck
    }

    /// Whether a name the run makes is, or may be, the one `use` names (a user's prefix, a pattern).
    private static func covers(_ made: Set<String>, _ use: NameUse) -> Bool {
        let name = use.name.lowercased()
        if made.contains(name) { return true }
        // Past the exact names, only a prefix of a user or a pattern can name what the run makes.
        return switch use.subject {
        case .user: !UserResolver.isExact(use.name) && made.contains { $0.hasPrefix(name) }
        case .object: Glob.hasWildcards(name) && made.contains { Glob.matches(name, $0) }
        }
    }

    /// What the check found wrong: an error at each name that is not there (with the closest
    /// there is), or whose list could not be read (saying why).
    struct Findings: Sendable {
        var problems: [Diagnostic] = []
        /// How many of them are names that could not be checked, not names missing.
        var unchecked = 0

        /// `1 name is not there`, or `2 names could not be checked` when a read failed.
        var summary: String {
            let count = problems.count, plural = count != 1
            return unchecked > 0 ? "\(count) name\(plural ? "s" : "") could not be checked"
                : "\(count) name\(plural ? "s are" : " is") not there"
        }
    }

    /// Checks each name in `uses`; Ctrl-C (a cancelled read) ends it.
    func check(_ uses: [NameUse]) async throws -> Findings {
        // Each list is read once, and so is a failure to read it.
        var lists: [IAMNoun: Result<[String], any Error>] = [:]
        var findings = Findings()
        for use in uses {
            // A read cut short by Ctrl-C may fail as a read rather than as a cancellation.
            try Task.checkCancellation()
            do {
                switch use.subject {
                case .object(let noun):
                    if lists[noun] == nil {
                        do { lists[noun] = .success(try await context.names(of: noun)) } catch { lists[noun] = .failure(error) }
                    }
                    try check(use, noun: noun, among: try lists[noun]!.get())
                case .user:
                    try await checkUser(use)
                }
            } catch let missing as NameNotFound {
                if use.role == .removes, (try? await context.deletedByVus(missing)) != nil { continue }
                findings.problems.append(Diagnostic(location: use.location, message: missing.description))
            } catch is CancellationError {
                throw CancellationError()
            } catch let error as VultrError {
                findings.problems.append(Diagnostic(location: use.location, message: "\(error)"))
                findings.unchecked += 1
            } catch {
                // Not there, a pattern matching nothing, a prefix of several users: the script's mistake.
                findings.problems.append(Diagnostic(location: use.location, message: "\(error)"))
            }
        }
        try Task.checkCancellation()
        return findings
    }

    /// As the command will find it: a group, role or policy filter may be a pattern, a deleted one
    /// is named exactly.
    private func check(_ use: NameUse, noun: IAMNoun, among names: [String]) throws {
        if use.role == .removes {
            _ = try NamedEntity.find(use.name, in: names, noun: noun, name: { $0 })
        } else {
            _ = try NamedEntity.matching(use.name, in: names, noun: noun, name: { $0 })
        }
    }

    private func checkUser(_ use: NameUse) async throws {
        do {
            _ = try await context.resolver.resolve(.text(use.name))
        } catch let missing as UserNotFound where use.role == .removes {
            guard await context.isAlreadyDeleted(missing) else { throw missing }
        }
    }
}
