import AsyncHTTPClient
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Every call goes through here: it waits for the rate limiter, sends, reads the whole answer
/// (so a cut-off answer is noticed while a retry is still possible), traces the exchange,
/// retries what is safe to retry, and turns any non-2xx answer into a ``VultrError``.
///
/// Safe to retry: GET, PATCH and DELETE always (sending them twice changes nothing more), and a
/// create only when Vultr provably did not act on it — a 429, or a connection that never opened.
///
/// Two clocks bound a call: each attempt gets at most `limits.request` from sending to the last
/// byte of the answer (a server that stalls or trickles cannot hold it longer), and the whole
/// call, retries and waits included, at most `limits.operation` from its first send.
struct ResilienceMiddleware: ClientMiddleware {
    /// How long one attempt, and one whole call, may take.
    struct Limits: Sendable {
        var request: Duration
        var operation: Duration
    }

    let policy: RetryPolicy
    let limits: Limits
    let limiter: RateLimiter?
    let trace: (@Sendable (TraceEvent) -> Void)?
    let redactor: Redactor

    /// Operations whose repetition would do the work twice: each makes a new object that nothing
    /// else about the request names (a key, a trust), or a user, whose repetition Vultr does not
    /// refuse cleanly. (A create that names its object, like a group, is refused when repeated:
    /// that refusal is read back, see ``VultrError/earlierAttemptMayHaveActed``.)
    static let nonIdempotentOperations: Set<String> = ["create-user", "create-user-api-key", "create-api-key", "create-iam-role-trust"]
    static let maximumBody = 64 << 20

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        // The deadline runs the attempt in a child task, which outlives no call of this method.
        try await withoutActuallyEscaping(next) { next in
            try await send(request, body: body, baseURL: baseURL, operationID: operationID, next: next)
        }
    }

    private func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @escaping @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let clock = ContinuousClock()
        let idempotent = !Self.nonIdempotentOperations.contains(operationID)
        let requestBytes: Data? = if let body { try await Data(collecting: body, upTo: Self.maximumBody) } else { nil }
        let exchange = Exchange(request: request, baseURL: baseURL)
        // Queueing behind this client's own rate limiter is not the server's slowness, so the
        // operation's clock starts at the first send.
        var start: ContinuousClock.Instant?
        var attempt = 0
        var mayHaveBeenApplied = false

        while true {
            attempt += 1
            // A refusal of this attempt may be an earlier one's own work.
            let earlierMayHaveActed = mayHaveBeenApplied
            try Task.checkCancellation()
            try await limiter?.acquire()
            let sent = clock.now
            if start == nil { start = sent }
            let remaining = limits.operation - start!.duration(to: sent)
            let limit = min(limits.request, remaining)
            let retry: (reason: VultrError, after: Duration?)
            let progress = Exchange.Progress()
            do {
                let (response, bytes) = try await withDeadline(limit) {
                    let (response, body) = try await next(request, requestBytes.map { HTTPBody($0) }, baseURL)
                    progress.headersArrived()
                    return (response, try await Self.collect(body))
                }
                record(exchange, status: response.status.code, attempt: attempt, since: sent)
                let status = response.status.code
                if (200..<300).contains(status) { return (response, HTTPBody(bytes)) }
                if RedirectRefusal.isRedirect(status) {
                    var refusal = RedirectRefusal.error(response, requestURL: exchange.url, attempts: attempt)
                    refusal.message = redactor.redact(refusal.message)
                    throw refusal
                }
                // An earlier attempt may have deleted it before its answer was lost.
                if request.method == .delete, status == 404, mayHaveBeenApplied {
                    return (HTTPResponse(status: .noContent), nil)
                }
                var error = VultrError(kind: .http(status: status),
                                       message: redactor.redact(ErrorBody.message(bytes, response: response)),
                                       attempts: attempt)
                error.earlierAttemptMayHaveActed = earlierMayHaveActed
                guard RetryPolicy.isRetryable(status: status), idempotent || status == 429 else { throw error }
                if status != 429 { mayHaveBeenApplied = true }
                retry = (error, Self.retryAfter(response))
            } catch let error as VultrError {
                throw error
            } catch {
                let cause = Self.unwrap(error)
                if Task.isCancelled || cause is CancellationError || (cause as? HTTPClientError) == .cancelled {
                    throw CancellationError()
                }
                let failure: VultrError
                if cause is DeadlineExceeded {
                    let whole = limit < limits.request
                    failure = VultrError(kind: .timedOut, message: redactor.redact(
                        exchange.stalled(after: limit, headersArrived: progress.hasHeaders, wholeOperation: whole)),
                        attempts: attempt)
                } else {
                    failure = VultrError(kind: .transport, message: redactor.redact(
                        TransportFailure.describe(cause, host: exchange.host)), attempts: attempt)
                }
                record(exchange, status: nil, attempt: attempt, since: sent, failure: failure.message)
                let neverConnected = TransportFailure.neverConnected(cause)
                guard idempotent || neverConnected else { throw failure }
                if !neverConnected { mayHaveBeenApplied = true }
                retry = (failure, nil)
            }

            let wait = policy.delay(afterAttempt: attempt, retryAfter: retry.after)
            var reason = retry.reason
            reason.earlierAttemptMayHaveActed = earlierMayHaveActed
            guard attempt < policy.maxAttempts else { throw reason }
            let budget = min(policy.maxTotalTime, limits.operation)
            guard start!.duration(to: clock.now) + wait < budget else {
                var timedOut = reason
                if reason.status == nil { timedOut.kind = .timedOut }
                throw timedOut
            }
            try await Task.sleep(for: wait)
        }
    }

    private func record(_ exchange: Exchange, status: Int?, attempt: Int, since: ContinuousClock.Instant,
                        failure: String? = nil) {
        guard let trace else { return }
        trace(TraceEvent(method: exchange.method, path: redactor.redact(exchange.path), status: status,
                         attempt: attempt, duration: since.duration(to: ContinuousClock().now), failure: failure))
    }

    private static func collect(_ body: HTTPBody?) async throws -> Data {
        guard let body else { return Data() }
        return try await Data(collecting: body, upTo: maximumBody)
    }

    static func retryAfter(_ response: HTTPResponse) -> Duration? {
        guard let text = response.headerFields[.retryAfter], let seconds = Double(text.trimmingCharacters(in: .whitespaces)),
              seconds >= 0 else { return nil }
        return .milliseconds(Int(seconds * 1000))
    }

    /// The runtime wraps transport failures; this is the failure itself.
    static func unwrap(_ error: any Error) -> any Error {
        var current = error
        while let wrapped = current as? ClientError { current = wrapped.underlyingError }
        return current
    }
}
