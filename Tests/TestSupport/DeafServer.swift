import NIOCore
import NIOPosix
import Synchronization

/// A server on 127.0.0.1 that accepts connections and never reads from them: a request body
/// fills the socket buffers and then can go no further, as with a server that stopped taking an
/// upload. It counts the connections it accepted, so a test can tell whether a request was sent again.
public final class DeafServer: Sendable {
    public let port: Int
    private let channel: Channel
    private let counter: Counter

    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// Connections accepted so far.
    public var connections: Int { counter.value }

    public static func start() async throws -> DeafServer {
        let counter = Counter()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.autoRead, value: false)  // never read: the client's writes back up
            .childChannelInitializer { channel in
                counter.increment()
                return channel.eventLoop.makeSucceededVoidFuture()
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return DeafServer(port: channel.localAddress?.port ?? 0, channel: channel, counter: counter)
    }

    private init(port: Int, channel: Channel, counter: Counter) {
        self.port = port
        self.channel = channel
        self.counter = counter
    }

    public func shutdown() async { try? await channel.close() }
}

private final class Counter: Sendable {
    private let count = Mutex(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
