import Foundation
import Synchronization

/// An OpenAI-compatible chat server for the evaluation tests whose replies depend on the model and
/// the request: `tuned` answers "answer K is yes" to "question K" (the datasets' reference), `base`
/// answers "I think answer K might be no", and `judge` picks whichever shown reply says "is yes".
/// Faults are injected by the number of the request (1-based, in arrival order): a 429 the retry
/// policy does not repeat, or a connection reset mid-body. It counts requests per model and the
/// most it ever had at once.
public final class EvalStub: Sendable {
    public enum Fault: Sendable {
        case rateLimited
        case reset
    }

    private struct State {
        var requests = 0
        var perModel: [String: Int] = [:]
        var inFlight = 0
        var mostInFlight = 0
    }

    public let server: StubHTTPServer
    private let state: Mutex<State>
    private let faults: [Int: Fault]
    private let delay: Double

    public var baseURL: String { server.baseURL + "/v1" }

    /// `delay`: seconds each reply waits (so a run can be cancelled part way).
    public static func start(faults: [Int: Fault] = [:], delay: Double = 0) async throws -> EvalStub {
        let box = Mutex<EvalStub?>(nil)
        let server = try await StubHTTPServer.start { request in
            guard let stub = box.withLock({ $0 }) else { return .json(["error": ["message": "starting"]], status: 503) }
            return await stub.answer(request)
        }
        let stub = EvalStub(server: server, faults: faults, delay: delay)
        box.withLock { $0 = stub }
        return stub
    }

    private init(server: StubHTTPServer, faults: [Int: Fault], delay: Double) {
        self.server = server
        self.state = Mutex(State())
        self.faults = faults
        self.delay = delay
    }

    public var requestCount: Int { state.withLock { $0.requests } }
    public func requests(for model: String) -> Int { state.withLock { $0.perModel[model] ?? 0 } }
    public var mostInFlight: Int { state.withLock { $0.mostInFlight } }

    public func shutdown() async { await server.shutdown() }

    private func answer(_ request: StubRequest) async -> StubResponse {
        guard request.method == "POST", request.path == "/v1/chat/completions", let body = request.json,
              let model = body["model"] as? String, let messages = body["messages"] as? [[String: Any]] else {
            return .json(["error": ["message": "not found", "type": "invalid_request_error"]], status: 404)
        }
        let number = state.withLock { state in
            state.requests += 1
            state.perModel[model, default: 0] += 1
            state.inFlight += 1
            state.mostInFlight = max(state.mostInFlight, state.inFlight)
            return state.requests
        }
        defer { state.withLock { $0.inFlight -= 1 } }
        if delay > 0 { try? await Task.sleep(nanoseconds: UInt64(delay * 1e9)) }
        switch faults[number] {
        case .rateLimited?:
            return .json(["error": ["message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"]], status: 429,
                         headers: [("x-should-retry", "false")])
        case .reset?:
            return .stream(status: 200, headers: [("content-type", "application/json")], pieces: [(0, Array("{\"id\":\"chatcmpl-".utf8))], reset: true)
        case nil:
            break
        }
        let last = (messages.last?["content"] as? String) ?? ""
        let text: String
        switch model {
        case "tuned": text = Self.number(in: last).map { "answer \($0) is yes" } ?? "yes"
        case "base": text = Self.number(in: last).map { "I think answer \($0) might be no" } ?? "no"
        case "judge":
            let first = last.components(separatedBy: "Reply 1:\n").last?.components(separatedBy: "\n\nReply 2:").first ?? ""
            text = "{\"winner\": \"\(first.contains("is yes") ? "1" : "2")\", \"reason\": \"It says yes, as the reference does.\"}"
        default:
            return .json(["error": ["message": "The model `\(model)` does not exist", "type": "invalid_request_error", "code": "model_not_found"]], status: 404)
        }
        let promptTokens = messages.reduce(0) { $0 + (($1["content"] as? String)?.split(separator: " ").count ?? 0) }
        let completionTokens = text.split(separator: " ").count
        return .json([
            "id": "chatcmpl-\(number)", "object": "chat.completion", "created": 1_764_460_800, "model": model,
            "choices": [["index": 0, "message": ["role": "assistant", "content": text], "finish_reason": "stop"]],
            "usage": ["prompt_tokens": promptTokens, "completion_tokens": completionTokens, "total_tokens": promptTokens + completionTokens],
        ])
    }

    /// The number after "question " in a user message.
    static func number(in text: String) -> Int? {
        guard let range = text.range(of: "question ") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
