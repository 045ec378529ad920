/// How every bulk change ends, in one place: each outcome looked at, errors printed, and the
/// job failed (or marked interrupted) as a whole when any part was.
extension Interpreter {
    /// Calls `succeeded` for each success with its index; prints each failure; counts both
    /// failures and the parts an interrupt kept from running.
    func settle<Value>(_ results: [Result<Value, any Error>],
                       succeeded: (Int, Value) -> Void) -> (failed: Int, interrupted: Int) {
        var failed = 0, interrupted = 0
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let value):
                succeeded(index, value)
            case .failure(let error) where error is CancellationError:
                interrupted += 1
            case .failure(let error):
                failed += 1
                sink.writeError("error: \(error)\n")
            }
        }
        return (failed, interrupted)
    }

    /// Ends a bulk change: a failed or interrupted part may or may not have happened, so the user
    /// cache is dropped to be fetched afresh; then an interrupt or a failure ends the command.
    func conclude(failed: Int, interrupted: Int, failure message: @autoclosure () -> String) throws {
        if failed > 0 || interrupted > 0 { session.invalidateCache() }
        if interrupted > 0 { throw CancellationError() }
        if failed > 0 { throw ShellError(message()) }
    }
}
