import Foundation
import Synchronization

/// A server that does everything a client must survive, chosen by the first path segment of the
/// base URL it hands out (`baseURL(.silent)` is `http://127.0.0.1:PORT/silent/v1`): escape
/// sequences in every string of every object, no answer at all, an endless JSON body, an endless
/// or stalling event stream, a redirect (or one in a circle), one JSON document for a stream request, and a 404 for
/// any path without its `/v1`.
public final class HostileServer: Sendable {
    public enum Behaviour: String, Sendable, CaseIterable {
        /// Every list and show answers with `HostileServerText.raw` in each string field.
        case escapes
        /// Accepts the connection and the request, then says nothing.
        case silent
        /// A JSON body that never ends.
        case endlessJSON = "endless-json"
        /// An event stream of deltas that never ends.
        case endlessStream = "endless-stream"
        /// An event stream that sends one delta and then goes silent.
        case stallingStream = "stalling-stream"
        /// Every request is redirected to `HostileServer.redirectTarget`.
        case redirect
        /// A chat stream request answered with a 5 MB JSON document.
        case jsonForStream = "json-for-stream"
        /// Every request is redirected to itself, for ever.
        case redirectLoop = "redirect-loop"
    }

    public static let redirectTarget = "http://elsewhere.example/v1"

    public let server: StubHTTPServer
    private let received = Mutex<[String]>([])

    /// "METHOD /path" of every request received, in order.
    public var requests: [String] { received.withLock { $0 } }

    private init(server: StubHTTPServer) { self.server = server }

    public static func start() async throws -> HostileServer {
        let box = Mutex<HostileServer?>(nil)
        let server = try await StubHTTPServer.start { request in
            guard let hostile = box.withLock({ $0 }) else { return .silence }
            return hostile.answer(request)
        }
        let hostile = HostileServer(server: server)
        box.withLock { $0 = hostile }
        return hostile
    }

    public func baseURL(_ behaviour: Behaviour) -> String { server.baseURL + "/" + behaviour.rawValue + "/v1" }

    /// A base URL without the API version: every request is a 404.
    public var baseURLWithoutVersion: String { server.baseURL }

    public func shutdown() async { await server.shutdown() }

    private func answer(_ request: StubRequest) -> StubResponse {
        received.withLock { $0.append("\(request.method) \(request.path)") }
        let segments = request.path.split(separator: "/", maxSplits: 2).map(String.init)
        guard segments.count == 3, segments[1] == "v1", let behaviour = Behaviour(rawValue: segments[0]) else {
            return .full(status: 404, headers: [("content-type", "text/html")], body: Array("<h1>Not Found</h1>".utf8))
        }
        let route = "\(request.method) /" + segments[2]
        let event = "text/event-stream"
        switch behaviour {
        case .escapes: return HostileObjects.answer(route)
        case .silent: return .silence
        case .endlessJSON:
            return .endless(status: 200, headers: [("content-type", "application/json")], first: Array(#"{"object":"list","data":["#.utf8),
                            piece: Array(String(repeating: #"{"id":"x"},"#, count: 1000).utf8))
        case .endlessStream:
            return .endless(status: 200, headers: [("content-type", event)], first: Self.delta("la "), piece: Self.delta("la "))
        case .stallingStream:
            return .stream(status: 200, headers: [("content-type", event)], pieces: [(0, Self.delta("Hello")), (3_600, Self.delta("!"))], reset: false)
        case .redirect:
            return .full(status: 301, headers: [("location", Self.redirectTarget + "/" + segments[2])], body: [])
        case .jsonForStream:
            return .full(status: 200, headers: [("content-type", "application/json")], body: Array(repeating: 0x20, count: 5_000_000) + Array("{}".utf8))
        case .redirectLoop:
            return .full(status: 302, headers: [("location", request.path)], body: [])
        }
    }

    static func delta(_ text: String) -> [UInt8] {
        Array("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\(text)\"},\"finish_reason\":null}]}\n\n".utf8)
    }
}
