import Dataset

/// A chat completion request. Messages are tunesmith's own; `weight` and unknown keys are not sent.
public struct ChatRequest: Sendable {
    public var model: String
    public var messages: [ChatMessage]
    public var temperature: Double?
    public var topP: Double?
    public var maxTokens: Int?
    /// How many candidates to generate at once.
    public var n: Int?
    public var seed: Int?
    public var tools: JSONValue?

    public init(model: String, messages: [ChatMessage], temperature: Double? = nil, topP: Double? = nil,
                maxTokens: Int? = nil, n: Int? = nil, seed: Int? = nil, tools: JSONValue? = nil) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.topP = topP
        self.maxTokens = maxTokens
        self.n = n
        self.seed = seed
        self.tools = tools
    }

    /// `streamUsage`: ask a stream to end with the token usage (`stream_options`), for the servers that take it.
    func body(stream: Bool, streamUsage: Bool = true) -> JSONValue {
        var object = JSONObject([
            .init("model", .string(model)),
            .init("messages", .array(messages.map { message in
                var wire = message.json
                wire.members.removeAll { !["role", "content", "name", "tool_calls", "tool_call_id"].contains($0.key) }
                return .object(wire)
            })),
        ])
        if let temperature { object["temperature"] = .number("\(temperature)") }
        if let topP { object["top_p"] = .number("\(topP)") }
        if let maxTokens { object["max_completion_tokens"] = .number("\(maxTokens)") }
        if let n, n != 1 { object["n"] = .number("\(n)") }
        if let seed { object["seed"] = .number("\(seed)") }
        if let tools { object["tools"] = tools }
        if stream {
            object["stream"] = .bool(true)
            if streamUsage { object["stream_options"] = .object(JSONObject(["include_usage": .bool(true)])) }
        }
        return .object(object)
    }
}

public struct ChatUsage: Sendable, Hashable {
    public var promptTokens: Int
    public var completionTokens: Int
    public var totalTokens: Int

    init?(_ value: JSONValue?) {
        guard let object = value?.objectValue else { return nil }
        promptTokens = object["prompt_tokens"]?.integerValue ?? 0
        completionTokens = object["completion_tokens"]?.integerValue ?? 0
        totalTokens = object["total_tokens"]?.integerValue ?? promptTokens + completionTokens
    }
}

/// A whole reply: one message per candidate.
public struct ChatCompletion: Sendable {
    public struct Choice: Sendable {
        public var index: Int
        public var message: ChatMessage
        /// `stop`, `length`, `tool_calls`, `content_filter`, ... (open); nil when the reply was cut off.
        public var finishReason: String?

        public init(index: Int, message: ChatMessage, finishReason: String?) {
            self.index = index
            self.message = message
            self.finishReason = finishReason
        }
    }

    public var id: String?
    public var model: String?
    public var choices: [Choice]
    public var usage: ChatUsage?

    init(json: JSONValue) throws {
        guard let object = json.objectValue else { throw ProvidersError(.decoding, "the chat reply is not a JSON object") }
        id = object["id"]?.stringValue
        model = object["model"]?.stringValue
        usage = ChatUsage(object["usage"])
        choices = (object["choices"]?.arrayValue ?? []).enumerated().map { offset, value in
            let choice = value.objectValue
            let wire = choice?["message"]?.objectValue ?? JSONObject()
            var message = ChatMessage(role: .assistant, text: wire["content"]?.stringValue ?? wire["refusal"]?.stringValue ?? "")
            if let calls = wire["tool_calls"], calls != .null {
                message.toolCalls = calls
                if wire["content"]?.stringValue == nil { message.content = nil }
            }
            return Choice(index: choice?["index"]?.integerValue ?? offset, message: message,
                          finishReason: choice?["finish_reason"]?.stringValue)
        }
    }

    public init(id: String?, model: String?, choices: [Choice], usage: ChatUsage?) {
        self.id = id
        self.model = model
        self.choices = choices
        self.usage = usage
    }
}

/// One streamed chunk: deltas for some candidates, or the usage at the end.
public struct ChatStreamChunk: Sendable {
    public struct ToolCallDelta: Sendable {
        public var index: Int
        public var id: String?
        public var name: String?
        public var arguments: String?
    }

    public struct Delta: Sendable {
        public var index: Int
        public var content: String?
        public var toolCalls: [ToolCallDelta]
        public var finishReason: String?

        public init(index: Int, content: String?, toolCalls: [ToolCallDelta] = [], finishReason: String?) {
            self.index = index
            self.content = content
            self.toolCalls = toolCalls
            self.finishReason = finishReason
        }
    }

    public var model: String?
    public var deltas: [Delta]
    public var usage: ChatUsage?

    public init(model: String?, deltas: [Delta], usage: ChatUsage? = nil) {
        self.model = model
        self.deltas = deltas
        self.usage = usage
    }

    init(json object: JSONObject) {
        model = object["model"]?.stringValue
        usage = ChatUsage(object["usage"])
        deltas = (object["choices"]?.arrayValue ?? []).enumerated().map { offset, value in
            let choice = value.objectValue ?? JSONObject()
            let delta = choice["delta"]?.objectValue ?? JSONObject()
            let calls = (delta["tool_calls"]?.arrayValue ?? []).enumerated().map { k, call in
                let call = call.objectValue ?? JSONObject()
                let function = call["function"]?.objectValue
                return ToolCallDelta(index: call["index"]?.integerValue ?? k, id: call["id"]?.stringValue,
                                     name: function?["name"]?.stringValue, arguments: function?["arguments"]?.stringValue)
            }
            return Delta(index: choice["index"]?.integerValue ?? offset, content: delta["content"]?.stringValue,
                         toolCalls: calls, finishReason: choice["finish_reason"]?.stringValue)
        }
    }
}

/// Builds whole candidates from streamed chunks: text appended, tool-call fragments merged by
/// index. What it holds after an interruption is the text that arrived.
public struct ChatStreamAccumulator: Sendable {
    private struct Candidate {
        var text = ""
        var calls: [Int: (id: String?, name: String, arguments: String)] = [:]
        var finishReason: String?
    }

    private var candidates: [Int: Candidate] = [:]
    public private(set) var usage: ChatUsage?
    public private(set) var model: String?

    public init() {}

    public mutating func add(_ chunk: ChatStreamChunk) {
        if let usage = chunk.usage { self.usage = usage }
        if let model = chunk.model { self.model = model }
        for delta in chunk.deltas {
            var candidate = candidates[delta.index] ?? Candidate()
            if let content = delta.content { candidate.text += content }
            for call in delta.toolCalls {
                var merged = candidate.calls[call.index] ?? (nil, "", "")
                if let id = call.id { merged.id = id }
                if let name = call.name { merged.name += name }
                if let arguments = call.arguments { merged.arguments += arguments }
                candidate.calls[call.index] = merged
            }
            if let reason = delta.finishReason { candidate.finishReason = reason }
            candidates[delta.index] = candidate
        }
    }

    /// Whether every candidate that started has a finish reason.
    public var isFinished: Bool { !candidates.isEmpty && candidates.values.allSatisfy { $0.finishReason != nil } }

    public func text(of index: Int = 0) -> String { candidates[index]?.text ?? "" }

    public var completion: ChatCompletion {
        let choices = candidates.keys.sorted().map { index -> ChatCompletion.Choice in
            let candidate = candidates[index]!
            var message = ChatMessage(role: .assistant, text: candidate.text)
            if !candidate.calls.isEmpty {
                message.toolCalls = .array(candidate.calls.keys.sorted().map { k in
                    let call = candidate.calls[k]!
                    return .object(JSONObject([
                        .init("id", .string(call.id ?? "call_\(k)")), .init("type", .string("function")),
                        .init("function", .object(JSONObject([.init("name", .string(call.name)), .init("arguments", .string(call.arguments))]))),
                    ]))
                })
                if candidate.text.isEmpty { message.content = nil }
            }
            return .init(index: index, message: message, finishReason: candidate.finishReason)
        }
        return ChatCompletion(id: nil, model: model, choices: choices, usage: usage)
    }
}
