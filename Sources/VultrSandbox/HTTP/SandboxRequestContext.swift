import Hummingbird
import NIOCore

/// Per-request context: Hummingbird's core storage plus the connection, which the rate limiter
/// needs for the client's address and fault injection needs to cut the connection.
struct SandboxRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    var remoteAddress: SocketAddress? { channel.remoteAddress }
}
