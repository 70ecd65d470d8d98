/// A dataset line as the harmony Conversation a trainer makes of it (the mapping that
/// scripts/generate-chat-format-fixtures.py gives openai-harmony): harmony's system message first;
/// the line's first `system`/`developer` message and its `tools` as the developer message; later
/// system messages as developer messages in place; an assistant's `thinking` (or
/// `reasoning_content`, `reasoning`) on the analysis channel, its reply on the final channel, its
/// tool calls as commentary to `functions.NAME` (after its text, as a preamble); tool results from
/// `functions.NAME` to the assistant.
enum HarmonyConversation {
    static let defaultIdentity = "You are ChatGPT, a large language model trained by OpenAI."

    static func messages(_ request: ChatRenderRequest) throws -> [HarmonyMessage] {
        let lines = request.messages
        let functions = try (request.tools ?? []).enumerated().map(function)
        var result = [try systemMessage(request.variables, hasFunctions: !functions.isEmpty)]

        let firstIsInstructions = ["system", "developer"].contains(lines.first?["role"]?.stringValue ?? "")
        let instructions = firstIsInstructions ? try text(lines[0]["content"], at: 0) : ""
        if !functions.isEmpty || !instructions.isEmpty {
            var body: [(text: String, message: Int?)] = []
            if !instructions.isEmpty { body.append(("# Instructions\n\n" + instructions, 0)) }
            if !functions.isEmpty {
                body.append(((body.isEmpty ? "" : "\n\n") + HarmonyToolsSection.text(functions: functions), nil))
            }
            result.append(HarmonyMessage(role: .developer, author: "developer", body: body, message: instructions.isEmpty ? nil : 0))
        }

        var calls: [String: String] = [:]
        for (index, line) in lines.enumerated() {
            let role = line["role"]?.stringValue
            switch role {
            case "system", "developer":
                let instructions = try text(line["content"], at: index)
                if index > 0 && !instructions.isEmpty {
                    result.append(HarmonyMessage(role: .developer, author: "developer", body: [("# Instructions\n\n" + instructions, index)], message: index))
                }
            case "user":
                result.append(HarmonyMessage(role: .user, author: "user", body: [(try text(line["content"], at: index), index)], message: index))
            case "assistant":
                try assistant(line, at: index, calls: &calls, into: &result)
            case "tool":
                let id = line["tool_call_id"]?.stringValue
                guard let name = nonEmpty(line["name"]?.stringValue) ?? id.flatMap({ calls[$0] }) else {
                    throw TokenizersError(.chatTemplate, "message \(index + 1) is a tool result that names no function (no \"name\") and answers no earlier tool call (its \"tool_call_id\" matches none); add the function's \"name\"")
                }
                result.append(HarmonyMessage(role: .tool, author: "functions." + name, recipient: "assistant", channel: "commentary",
                                             body: [(try text(line["content"], at: index), index)], message: index))
            default:
                let shown = role.map { "\"\($0)\"" } ?? "no role"
                throw TokenizersError(.chatTemplate, "message \(index + 1) has \(shown); gpt-oss's harmony format takes system, developer, user, assistant and tool messages")
            }
        }
        return result
    }

    private static func assistant(_ line: TemplateValue, at index: Int, calls: inout [String: String], into result: inout [HarmonyMessage]) throws {
        let trains = trainsReply(line)
        func reply(_ channel: String, _ body: String) -> HarmonyMessage {
            HarmonyMessage(role: .assistant, author: "assistant", channel: channel, body: [(body, index)], message: index, trains: trains)
        }
        let thinking = ["thinking", "reasoning_content", "reasoning"].lazy.compactMap { nonEmpty(line[$0]?.stringValue) }.first
        if let thinking { result.append(reply("analysis", thinking)) }
        let content = try text(line["content"], at: index)
        var toolCalls: [TemplateValue] = []
        if case .array(let listed)? = line["tool_calls"] { toolCalls = listed }
        guard !toolCalls.isEmpty else {
            result.append(reply("final", content))
            return
        }
        if !content.isEmpty { result.append(reply("commentary", content)) }
        for call in toolCalls {
            guard let name = call["function"]?["name"]?.stringValue else {
                throw TokenizersError(.chatTemplate, "message \(index + 1) has a tool call without \"function\": {\"name\": ...}; name the function it calls")
            }
            let arguments: String = switch call["function"]?["arguments"] {
            case nil, .null?: "{}"
            case .string(let text)?: text
            case let other?: PythonJSONCodec.dumps(other, compact: true)
            }
            if let id = nonEmpty(call["id"]?.stringValue) { calls[id] = name }
            var message = reply("commentary", arguments)
            message.recipient = "functions." + name
            message.constrainedToJSON = true
            result.append(message)
        }
    }

    /// The harmony system message: identity, knowledge cutoff, the date only when the request gives
    /// one (`conversation_start_date`), reasoning effort (`reasoning_effort`, medium by default), channels.
    private static func systemMessage(_ variables: [String: TemplateValue], hasFunctions: Bool) throws -> HarmonyMessage {
        var top = [defaultIdentity, "Knowledge cutoff: 2024-06"]
        switch variables["conversation_start_date"] {
        case nil, .null?: break
        case .string(let date)?: top.append("Current date: " + date)
        default: throw TokenizersError(.chatTemplate, "conversation_start_date must be text such as \"2026-08-01\"")
        }
        var effort = "medium"
        switch variables["reasoning_effort"] {
        case nil, .null?: break
        case .string(let given)? where ["low", "medium", "high"].contains(given): effort = given
        case let other?:
            throw TokenizersError(.chatTemplate, "reasoning_effort \(PythonJSONCodec.dumps(other)) is not one of low, medium, high; use one of those")
        }
        var channels = "# Valid channels: analysis, commentary, final. Channel must be included for every message."
        if hasFunctions { channels += "\nCalls to these tools must go to the commentary channel: 'functions'." }
        let text = [top.joined(separator: "\n"), "Reasoning: " + effort, channels].joined(separator: "\n\n")
        return HarmonyMessage(role: .system, author: "system", body: [(text, nil)], message: nil)
    }

    private static func function(_ index: Int, _ tool: TemplateValue) throws -> HarmonyToolsSection.Function {
        guard let name = tool["function"]?["name"]?.stringValue else {
            throw TokenizersError(.chatTemplate, "tool \(index + 1) has no \"function\": {\"name\": ...}; write tools as {\"type\": \"function\", \"function\": {\"name\": ..., \"parameters\": {...}}}")
        }
        let parameters = tool["function"]?["parameters"]
        switch parameters {
        case nil, .null?, .object?: break
        default: throw TokenizersError(.chatTemplate, "tool \(index + 1) (\(name)) has \"parameters\" that are not a JSON schema object; give an object such as {\"type\": \"object\", \"properties\": {...}}")
        }
        return .init(name: name, description: nonEmpty(tool["function"]?["description"]?.stringValue) ?? "",
                     parameters: parameters == .null ? nil : parameters)
    }

    /// A message's text: a string, nothing (""), or text parts joined.
    static func text(_ content: TemplateValue?, at index: Int) throws -> String {
        switch content {
        case nil, .null?: return ""
        case .string(let text)?: return text
        case .array(let parts)?:
            return try parts.map { part in
                guard part["type"]?.stringValue == "text", let text = part["text"]?.stringValue else {
                    throw TokenizersError(.chatTemplate, "message \(index + 1) has a content part that is not text; gpt-oss is counted for text only, so write the content as text")
                }
                return text
            }.joined()
        default:
            throw TokenizersError(.chatTemplate, "message \(index + 1) has content that is neither text nor a list of text parts; write it as a string")
        }
    }

    /// Whether an assistant reply trains: its weight is absent or not 0.
    static func trainsReply(_ line: TemplateValue) -> Bool {
        switch line["weight"] {
        case .int(0)?: false
        case .double(let weight)? where weight == 0: false
        default: true
        }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
