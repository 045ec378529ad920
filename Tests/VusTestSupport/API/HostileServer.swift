import Foundation
import NIOCore
import NIOPosix

/// A loopback TCP server that misbehaves below HTTP, where a Hummingbird server cannot: it
/// never answers, trickles, resets the connection, or answers with bytes that are not HTTP.
/// Every connection gets the same treatment once the request's head has arrived.
public final class HostileServer: Sendable {
    public enum Behaviour: Sendable {
        /// Reads the request and never answers.
        case silent
        /// Sends `head` (status line and headers), then one byte of body every `interval`.
        case trickle(head: String, every: Duration)
        /// Reads the request, then resets the connection (TCP RST).
        case reset
        /// Answers with these bytes, then closes.
        case raw(String)
    }

    public typealias Connection = NIOAsyncChannel<ByteBuffer, ByteBuffer>

    public let port: Int
    public var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    private let listener: NIOAsyncChannel<Connection, Never>
    private let task: Task<Void, Never>

    private init(port: Int, listener: NIOAsyncChannel<Connection, Never>, task: Task<Void, Never>) {
        self.port = port
        self.listener = listener
        self.task = task
    }

    public static func start(_ behaviour: Behaviour) async throws -> HostileServer {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture { try Connection(wrappingChannelSynchronously: channel) }
            }
        let task = Task<Void, Never> {
            _ = try? await listener.executeThenClose { connections in
                await withDiscardingTaskGroup { group in
                    do {
                        for try await connection in connections {
                            group.addTask { try? await serve(connection, behaviour) }
                        }
                    } catch {}
                }
            }
        }
        return HostileServer(port: listener.channel.localAddress?.port ?? 0, listener: listener, task: task)
    }

    /// Stops listening and drops every connection.
    public func stop() async {
        try? await listener.channel.close()
        task.cancel()
        await task.value
    }

    private static func serve(_ connection: Connection, _ behaviour: Behaviour) async throws {
        try await connection.executeThenClose { inbound, outbound in
            var requests = inbound.makeAsyncIterator()
            var head = ""
            while !head.contains("\r\n\r\n"), let chunk = try await requests.next() { head += String(buffer: chunk) }
            switch behaviour {
            case .silent:
                while try await requests.next() != nil {}
            case .trickle(let head, let interval):
                try await outbound.write(ByteBuffer(string: head))
                while true {
                    try await Task.sleep(for: interval)
                    try await outbound.write(ByteBuffer(string: " "))
                }
            case .reset:
                // Lingering zero seconds makes the close a reset instead of an orderly goodbye.
                if let socket = connection.channel as? any SocketOptionProvider {
                    try await socket.setSoLinger(linger(l_onoff: 1, l_linger: 0)).get()
                }
            case .raw(let bytes):
                try await outbound.write(ByteBuffer(string: bytes))
            }
        }
    }
}
