/// One line of a training file, in one of OpenAI's three formats.
public enum TrainingExample: Sendable, Hashable {
    case chat(ChatExample)
    case preference(PreferenceExample)
    case completion(CompletionExample)

    /// Which format a JSON line is in, judged by its keys; nil when it is none of them.
    public static func format(of object: JSONObject) -> TrainingFormat? {
        if object.has("messages") { return .chat }
        if object.has("input") || object.has("preferred_output") || object.has("non_preferred_output") { return .preference }
        if object.has("prompt") || object.has("completion") { return .completion }
        return nil
    }

    public init(json: JSONValue) throws(DatasetError) {
        guard let object = json.objectValue else {
            throw DatasetError(.invalidExample, "the line is a JSON \(json.typeName), not an object")
        }
        switch Self.format(of: object) {
        case .chat: self = .chat(try ChatExample(json: object))
        case .preference: self = .preference(try PreferenceExample(json: object))
        case .completion: self = .completion(try CompletionExample(json: object))
        case nil:
            throw DatasetError(.invalidExample, "the line has none of \"messages\", \"input\" or \"prompt\"")
        }
    }

    public var json: JSONObject {
        switch self {
        case .chat(let example): example.json
        case .preference(let example): example.json
        case .completion(let example): example.json
        }
    }

    /// The line as tunesmith writes it (compact, no newline).
    public var jsonLine: String { JSONWriter.string(.object(json)) }
}

public enum TrainingFormat: String, Sendable, CaseIterable {
    case chat
    case preference
    case completion
}

/// `{"messages": [...], "tools"?, "parallel_tool_calls"?}`
public struct ChatExample: Sendable, Hashable {
    public var messages: [ChatMessage]
    public var tools: JSONValue?
    public var parallelToolCalls: Bool?
    public var extra: [JSONObject.Member]

    public init(messages: [ChatMessage], tools: JSONValue? = nil) {
        self.messages = messages
        self.tools = tools
        self.parallelToolCalls = nil
        self.extra = []
    }

    public init(json object: JSONObject) throws(DatasetError) {
        guard let items = object["messages"]?.arrayValue else {
            throw DatasetError(.invalidExample, "\"messages\" is not an array")
        }
        var messages: [ChatMessage] = []
        for (k, item) in items.enumerated() {
            guard let message = item.objectValue else {
                throw DatasetError(.invalidExample, "message \(k + 1) is a JSON \(item.typeName), not an object")
            }
            do { messages.append(try ChatMessage(json: message)) } catch {
                throw DatasetError(.invalidExample, "message \(k + 1): \(error.message)")
            }
        }
        self.messages = messages
        self.tools = object["tools"]
        if case .bool(let b)? = object["parallel_tool_calls"] { parallelToolCalls = b } else { parallelToolCalls = nil }
        self.extra = object.members.filter { !["messages", "tools", "parallel_tool_calls"].contains($0.key) }
    }

    public var json: JSONObject {
        var members = [JSONObject.Member("messages", .array(messages.map { .object($0.json) }))]
        if let tools { members.append(.init("tools", tools)) }
        if let parallelToolCalls { members.append(.init("parallel_tool_calls", .bool(parallelToolCalls))) }
        return JSONObject(members + extra)
    }
}

/// `{"input": {"messages": [...]}, "preferred_output": [assistant], "non_preferred_output": [assistant]}`
public struct PreferenceExample: Sendable, Hashable {
    public var input: ChatExample
    public var preferred: ChatMessage
    public var nonPreferred: ChatMessage
    public var extra: [JSONObject.Member]

    public init(input: ChatExample, preferred: ChatMessage, nonPreferred: ChatMessage) {
        self.input = input
        self.preferred = preferred
        self.nonPreferred = nonPreferred
        self.extra = []
    }

    public init(json object: JSONObject) throws(DatasetError) {
        guard let input = object["input"]?.objectValue else {
            throw DatasetError(.invalidExample, "\"input\" is not an object with \"messages\"")
        }
        func single(_ key: String) throws(DatasetError) -> ChatMessage {
            guard let items = object[key]?.arrayValue, items.count == 1, let message = items[0].objectValue else {
                throw DatasetError(.invalidExample, "\"\(key)\" must be an array of exactly one assistant message")
            }
            return try ChatMessage(json: message)
        }
        self.input = try ChatExample(json: input)
        self.preferred = try single("preferred_output")
        self.nonPreferred = try single("non_preferred_output")
        self.extra = object.members.filter { !["input", "preferred_output", "non_preferred_output"].contains($0.key) }
    }

    public var json: JSONObject {
        JSONObject([
            .init("input", .object(input.json)),
            .init("preferred_output", .array([.object(preferred.json)])),
            .init("non_preferred_output", .array([.object(nonPreferred.json)])),
        ] + extra)
    }
}

/// The legacy `{"prompt": "...", "completion": "..."}` of babbage-002 and davinci-002.
public struct CompletionExample: Sendable, Hashable {
    public var prompt: String
    public var completion: String
    public var extra: [JSONObject.Member]

    public init(prompt: String, completion: String) {
        self.prompt = prompt
        self.completion = completion
        self.extra = []
    }

    public init(json object: JSONObject) throws(DatasetError) {
        guard let prompt = object["prompt"]?.stringValue, let completion = object["completion"]?.stringValue else {
            throw DatasetError(.invalidExample, "\"prompt\" and \"completion\" must both be strings")
        }
        self.prompt = prompt
        self.completion = completion
        self.extra = object.members.filter { $0.key != "prompt" && $0.key != "completion" }
    }

    public var json: JSONObject {
        JSONObject([.init("prompt", .string(prompt)), .init("completion", .string(completion))] + extra)
    }
}
