import Foundation
import Synchronization
import NIOCore
import NIOHTTP1
import NIOPosix

/// A request as the stub server received it.
public struct StubRequest: Sendable {
    public let method: String
    /// The path without the query, percent-decoded.
    public let path: String
    public let query: [String: String]
    public let headers: [(String, String)]
    public let body: [UInt8]

    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    public var json: [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
    }
}

/// What the stub server sends back.
public enum StubResponse: Sendable {
    /// A whole response with a content length.
    case full(status: Int, headers: [(String, String)], body: [UInt8])
    /// A chunked response written piece by piece (each flushed, after its delay); with `reset`,
    /// the connection is closed after the pieces without ending the body.
    case stream(status: Int, headers: [(String, String)], pieces: [(delay: Double, bytes: [UInt8])], reset: Bool)
    /// A chunked response that never ends: `first`, then `piece` again and again until the client leaves.
    case endless(status: Int, headers: [(String, String)], first: [UInt8], piece: [UInt8])
    /// No answer at all: the connection stays open and silent until the client leaves.
    case silence

    public static func json(_ object: Any, status: Int = 200, headers: [(String, String)] = []) -> StubResponse {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return .full(status: status, headers: [("content-type", "application/json")] + headers, body: Array(body))
    }
}

/// The connections a stub server accepted, held for the server's life: one accepted as the
/// server closes is dropped by NIO's connection stream, and an async channel that goes away
/// unconsumed traps (its writer was never finished).
final class AcceptedChannels: Sendable {
    let list = Mutex<[NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>]>([])
}

/// A real HTTP/1.1 server on 127.0.0.1 (an ephemeral port), built on SwiftNIO, that answers every
/// request through an async handler. Tests talk to it over real sockets in the real wire format.
public final class StubHTTPServer: Sendable {
    public let port: Int
    private let serverChannel: Channel
    /// Every connection accepted, so shutdown can close them (a client's pooled connection must
    /// fail after it, as it would against a server that went away).
    private let connections: AcceptedChannels

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public static func start(_ handler: @escaping @Sendable (StubRequest) async -> StubResponse) async throws -> StubHTTPServer {
        let accepted = AcceptedChannels()
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    let connection = try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(wrappingChannelSynchronously: channel)
                    accepted.list.withLock { $0.append(connection) }
                    return connection
                }
            }
        let port = server.channel.localAddress?.port ?? 0
        Task<Void, Never> {
            _ = try? await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        group.addTask { await Self.serve(connection, handler) }
                    }
                }
            }
        }
        return StubHTTPServer(port: port, serverChannel: server.channel, connections: accepted)
    }

    private init(port: Int, serverChannel: Channel, connections: AcceptedChannels) {
        self.port = port
        self.serverChannel = serverChannel
        self.connections = connections
    }

    /// Stops accepting and closes every connection (a client's pooled connection fails after
    /// it, as against a server that went away). The accept loop ends by itself once the
    /// connections are closed.
    public func shutdown() async {
        try? await serverChannel.close()
        for connection in connections.list.withLock({ $0 }) { try? await connection.channel.close() }
    }

    private struct Reset: Error {}

    private static func serve(
        _ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>,
        _ handler: @Sendable (StubRequest) async -> StubResponse
    ) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body: [UInt8] = []
            for try await part in inbound {
                switch part {
                case .head(let received):
                    head = received
                    body = []
                case .body(let buffer):
                    body += buffer.readableBytesView
                case .end:
                    guard let head else { continue }
                    let request = Self.request(head, body)
                    switch await handler(request) {
                    case .full(let status, let headers, let bytes):
                        var responseHeaders = HTTPHeaders(headers)
                        responseHeaders.replaceOrAdd(name: "content-length", value: "\(bytes.count)")
                        try await outbound.write(.head(HTTPResponseHead(version: head.version, status: .init(statusCode: status), headers: responseHeaders)))
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: bytes))))
                        try await outbound.write(.end(nil))
                    case .stream(let status, let headers, let pieces, let reset):
                        try await outbound.write(.head(HTTPResponseHead(version: head.version, status: .init(statusCode: status), headers: HTTPHeaders(headers))))
                        for piece in pieces {
                            if piece.delay > 0 { try await Task.sleep(nanoseconds: UInt64(piece.delay * 1e9)) }
                            try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: piece.bytes))))
                        }
                        if reset { throw Reset() }  // closes the connection mid-body
                        try await outbound.write(.end(nil))
                    case .endless(let status, let headers, let first, let piece):
                        try await outbound.write(.head(HTTPResponseHead(version: head.version, status: .init(statusCode: status), headers: HTTPHeaders(headers))))
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: first))))
                        let buffer = ByteBuffer(bytes: piece)
                        while !Task.isCancelled {
                            try await outbound.write(.body(.byteBuffer(buffer)))
                            await Task.yield()  // a write that never suspends would hold a thread the tests need
                        }
                    case .silence:
                        try await Task.sleep(nanoseconds: 3_600 * 1_000_000_000)
                    }
                }
            }
        }
    }

    private static func request(_ head: HTTPRequestHead, _ body: [UInt8]) -> StubRequest {
        let parts = head.uri.split(separator: "?", maxSplits: 1).map(String.init)
        var query: [String: String] = [:]
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                query[kv[0]] = kv.count > 1 ? kv[1] : ""
            }
        }
        return StubRequest(method: head.method.rawValue, path: parts[0].removingPercentEncoding ?? parts[0], query: query,
                           headers: head.headers.map { ($0.name, $0.value) }, body: body)
    }
}

/// The parts of a multipart/form-data body: name -> (filename, bytes).
public func parseMultipart(_ request: StubRequest) -> [String: (filename: String?, bytes: [UInt8])] {
    guard let type = request.header("content-type"), let range = type.range(of: "boundary=") else { return [:] }
    let boundary = Array(("--" + type[range.upperBound...]).utf8)
    var parts: [String: (String?, [UInt8])] = [:]
    let body = request.body
    var starts: [Int] = []
    var i = 0
    while i + boundary.count <= body.count {
        if body[i] == boundary[0] && Array(body[i..<(i + boundary.count)]) == boundary {
            starts.append(i)
            i += boundary.count
        } else {
            i += 1
        }
    }
    for (k, start) in starts.enumerated() where k + 1 < starts.count {
        let section = Array(body[(start + boundary.count + 2)..<(starts[k + 1] - 2)])  // after CRLF, before CRLF
        guard let split = (0..<max(0, section.count - 3)).first(where: { section[$0..<($0 + 4)].elementsEqual([13, 10, 13, 10]) }) else { continue }
        let headerText = String(decoding: section[..<split], as: UTF8.self)
        let content = Array(section[(split + 4)...])
        func attribute(_ name: String) -> String? {
            guard let r = headerText.range(of: "\(name)=\"") else { return nil }
            let rest = headerText[r.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        if let name = attribute("name") { parts[name] = (attribute("filename"), content) }
    }
    return parts
}
