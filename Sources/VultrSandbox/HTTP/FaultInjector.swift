import Foundation
import Hummingbird
import NIOCore
import Synchronization

/// Adds latency and injects failures according to a ``FaultPlan``. Which requests fail is
/// decided from the plan's seed and the request's arrival number, so a run can be reproduced.
/// The plan can be changed while the sandbox runs (tests turn faults on around one call).
public final class FaultInjector: Sendable {
    private let plan: Mutex<FaultPlan>
    private let arrivals = Atomic<UInt64>(0)

    init(plan: FaultPlan) { self.plan = Mutex(plan) }

    /// An injector that starts with `plan`.
    public static func make(_ plan: FaultPlan) -> FaultInjector { FaultInjector(plan: plan) }

    /// The plan in force.
    public var current: FaultPlan { plan.withLock { $0 } }

    /// Replaces the plan; the sequence of choices restarts from its seed.
    public func update(_ newPlan: FaultPlan) {
        plan.withLock { $0 = newPlan }
        arrivals.store(0, ordering: .relaxed)
    }

    /// How many requests met a fault since start or the last ``update(_:)``.
    public var injected: Int { Int(injectedCount.load(ordering: .relaxed)) }
    private let injectedCount = Atomic<Int>(0)

    /// The latency to add and the fault, if any, for the next request.
    func decide(method: String) -> (latency: Int, fault: FaultPlan.Kind?) {
        let plan = current
        let arrival = arrivals.wrappingAdd(1, ordering: .relaxed).oldValue
        guard plan.rate > 0, !plan.kinds.isEmpty, plan.methods.isEmpty || plan.methods.contains(method) else {
            return (plan.latencyMilliseconds, nil)
        }
        let draw = SplitMix64.value(seed: plan.seed, index: arrival)
        let fraction = Double(draw >> 11) / Double(1 << 53)
        guard fraction < plan.rate else { return (plan.latencyMilliseconds, nil) }
        injectedCount.wrappingAdd(1, ordering: .relaxed)
        return (plan.latencyMilliseconds, plan.kinds[Int((draw & 0xFFFF) % UInt64(plan.kinds.count))])
    }
}

/// Applies a ``FaultInjector``'s decision to each request.
struct FaultInjectionMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let injector: FaultInjector

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let (latency, fault) = injector.decide(method: request.method.rawValue)
        if latency > 0 { try await Task.sleep(for: .milliseconds(latency)) }
        switch fault {
        case nil:
            return try await next(request, context)
        case .internalError:
            throw SandboxError(status: 500, message: "Internal server error (injected by the sandbox)")
        case .unavailable:
            throw SandboxError(status: 503, message: "Service unavailable (injected by the sandbox)")
        case .cutOff:
            return try await cutOff(try await next(request, context), channel: context.channel)
        }
    }

    /// Promises the whole body (or, for an answer without one, ten bytes) in `Content-Length`,
    /// sends only half, then closes the connection: the client sees an answer cut short and
    /// cannot tell whether the change happened. (Closing the channel before the answer is
    /// written, or failing the body write, trips an assertion inside the server, so the answer
    /// is completed as far as the server knows and the connection is closed just after.)
    private func cutOff(_ response: Response, channel: any Channel) async throws -> Response {
        let collected = CollectedBytes()
        try await response.body.write(CollectingWriter(collected: collected))
        let bytes = collected.buffer
        var cut = response
        if bytes.readableBytes < 2 { cut.status = .ok }
        let promised = max(bytes.readableBytes, 10)
        let half = bytes.getSlice(at: bytes.readerIndex, length: bytes.readableBytes / 2) ?? ByteBuffer()
        cut.headers[.contentLength] = String(promised)
        cut.headers[.connection] = "close"
        cut.body = ResponseBody(contentLength: promised) { writer in
            try await writer.write(half)
            try await writer.finish(nil)
            channel.eventLoop.scheduleTask(in: .milliseconds(20)) { channel.close(promise: nil) }
        }
        return cut
    }

    /// The writer is consumed by the body, so what it collects lives in a shared box.
    private final class CollectedBytes: @unchecked Sendable { var buffer = ByteBuffer() }

    private struct CollectingWriter: ResponseBodyWriter {
        let collected: CollectedBytes
        mutating func write(_ buffer: ByteBuffer) async throws {
            var copy = buffer
            collected.buffer.writeBuffer(&copy)
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
