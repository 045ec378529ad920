/// What vus's exit status means: the one list the code, `help` and `vus --help` share.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    /// Every command succeeded.
    case succeeded = 0
    /// A command failed.
    case failed = 1
    /// A mistake in the command line, a script or a document: nothing ran.
    case mistake = 2
    /// A plan found the account differing from its document.
    case differs = 3

    /// A run a signal stopped: 128 plus the signal.
    public static func stopped(by signal: Int32) -> Int32 { 128 + signal }

    /// `0 all succeeded, 1 a command failed, …, 130 interrupted (143 SIGTERM, 129 SIGHUP)`.
    public static let summary = "0 all succeeded, 1 a command failed, 2 a mistake (nothing ran), "
        + "3 a plan found differences, 130 interrupted (143 SIGTERM, 129 SIGHUP)"
}
