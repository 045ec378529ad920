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
struct ResilienceMiddleware: ClientMiddleware {
    let policy: RetryPolicy
    let limiter: RateLimiter?
    let trace: (@Sendable (TraceEvent) -> Void)?
    let redactor: Redactor

    /// Operations whose repetition would do the work twice.
    static let nonIdempotentOperations: Set<String> = ["create-user", "create-user-api-key"]
    static let maximumBody = 64 << 20

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let clock = ContinuousClock()
        let start = clock.now
        let idempotent = !Self.nonIdempotentOperations.contains(operationID)
        let host = (baseURL.host ?? "the server") + (baseURL.port.map { ":\($0)" } ?? "")
        let requestBytes: Data? = if let body { try await Data(collecting: body, upTo: Self.maximumBody) } else { nil }
        var attempt = 0
        var mayHaveBeenApplied = false

        while true {
            attempt += 1
            try Task.checkCancellation()
            try await limiter?.acquire()
            let sent = clock.now
            let retry: (reason: VultrError, after: Duration?)
            do {
                let (response, responseBody) = try await next(request, requestBytes.map { HTTPBody($0) }, baseURL)
                let bytes = try await Self.collect(responseBody)
                record(request, baseURL: baseURL, status: response.status.code, attempt: attempt, since: sent)
                if (200..<300).contains(response.status.code) {
                    return (response, HTTPBody(bytes))
                }
                // An earlier attempt may have deleted it before its answer was lost.
                if request.method == .delete, response.status.code == 404, mayHaveBeenApplied {
                    return (HTTPResponse(status: .noContent), nil)
                }
                let error = VultrError(kind: .http(status: response.status.code),
                                       message: redactor.redact(ErrorBody.message(bytes, response: response)),
                                       attempts: attempt)
                let status = response.status.code
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
                let failure = VultrError(kind: .transport, message: redactor.redact(TransportFailure.describe(cause, host: host)),
                                         attempts: attempt)
                record(request, baseURL: baseURL, status: nil, attempt: attempt, since: sent, failure: failure.message)
                let neverConnected = TransportFailure.neverConnected(cause)
                guard idempotent || neverConnected else { throw failure }
                if !neverConnected { mayHaveBeenApplied = true }
                retry = (failure, nil)
            }

            let wait = policy.delay(afterAttempt: attempt, retryAfter: retry.after)
            guard attempt < policy.maxAttempts else { throw retry.reason }
            guard start.duration(to: clock.now) + wait <= policy.maxTotalTime else {
                var timedOut = retry.reason
                if retry.reason.status == nil { timedOut.kind = .timedOut }
                throw timedOut
            }
            try await Task.sleep(for: wait)
        }
    }

    private func record(_ request: HTTPRequest, baseURL: URL, status: Int?, attempt: Int, since: ContinuousClock.Instant,
                        failure: String? = nil) {
        guard let trace else { return }
        let path = baseURL.path + (request.path ?? "")
        trace(TraceEvent(method: request.method.rawValue, path: redactor.redact(path), status: status,
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
