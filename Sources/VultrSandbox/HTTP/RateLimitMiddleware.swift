import Foundation
import Hummingbird
import Synchronization

/// Vultr's per-address limit: a token bucket per client address holding one second's worth of
/// requests. Over it the answer is 429 with Vultr's exact body and a `Retry-After` in seconds.
final class RateLimitMiddleware: RouterMiddleware, Sendable {
    typealias Context = SandboxRequestContext

    private struct Bucket { var tokens: Double; var updated: ContinuousClock.Instant }
    private let perSecond: Double
    private let buckets = Mutex<[String: Bucket]>([:])
    private let clock = ContinuousClock()

    /// Vultr's 429 body, byte for byte (key order and spaces included).
    static let body = #"{"status": 429,"error": "rate limit exceeded"}"#

    init(perSecond: Int) { self.perSecond = Double(perSecond) }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let address = context.remoteAddress?.ipAddress ?? "unknown"
        let wait = take(for: address)
        guard wait > 0 else { return try await next(request, context) }
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.retryAfter] = String(Int(wait.rounded(.up)))
        return Response(status: .tooManyRequests, headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: Self.body)))
    }

    /// Takes a token for `address`; returns 0 when one was available, else seconds until one is.
    private func take(for address: String) -> Double {
        let now = clock.now
        return buckets.withLock { buckets in
            if buckets.count > 10_000 { buckets.removeAll() }  // forget idle clients eventually
            var bucket = buckets[address] ?? Bucket(tokens: perSecond, updated: now)
            let elapsed = bucket.updated.duration(to: now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(perSecond, bucket.tokens + seconds * perSecond)
            bucket.updated = now
            defer { buckets[address] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return 0
            }
            return (1 - bucket.tokens) / perSecond
        }
    }
}
