/// A dataset line read and checked as mistral-common 1.13.1 reads and validates a chat completion
/// request (`ChatCompletionRequest.from_openai`, `MistralRequestValidator[V3]`): fine-tuning's rules
/// for a finished conversation, and no rule for the last role in a draft (its `agnostic` mode).
struct MistralRequest {
    var messages: [MistralMessage]
    var tools: [TemplateValue]

    static func read(_ request: ChatRenderRequest, version: MistralChatFormat.Version) throws -> MistralRequest {
        let messages = try request.messages.enumerated().map { try message($1, at: $0) }
        let tools = try (request.tools ?? []).enumerated().map { try tool($1, at: $0) }
        let result = MistralRequest(messages: messages, tools: tools)
        try result.checkStructure()
        try result.checkContent(version: version)
        return result
    }

    static func refuse(_ text: String) -> TokenizersError { TokenizersError(.chatTemplate, text) }

    private static func message(_ line: TemplateValue, at index: Int) throws -> MistralMessage {
        let role: MistralMessage.Role
        switch line["role"]?.stringValue {
        case "user": role = .user
        case "assistant": role = .assistant
        case "tool": role = .tool
        case "system", "developer": role = .system
        case let other:
            throw refuse("message \(index + 1) has \(other.map { "role \"\($0)\"" } ?? "no role"); Mistral's format takes system, user, assistant and tool messages")
        }
        var message = MistralMessage(role: role, texts: nil, hasContent: false, sources: [index])
        let content = line["content"]
        if role != .assistant, content == nil || content == .null {
            throw refuse("message \(index + 1) (\(role.rawValue)) has no \"content\"; give it text (\"\" for none)")
        }
        (message.texts, message.hasContent) = try texts(content, at: index)
        switch role {
        case .assistant:
            if let calls = line["tool_calls"], calls != .null {
                guard case .array(let listed) = calls else { throw refuse("message \(index + 1) has \"tool_calls\" that is not a list; write a list of calls") }
                message.toolCalls = try listed.map { try toolCall($0, at: index) }
            }
            for key in ["reasoning_content", "reasoning"] where line[key] != nil && line[key] != .null {
                throw refuse("message \(index + 1) has \"\(key)\"; this Mistral tokenizer (v1–v3) has no thinking, so remove it")
            }
            switch line["weight"] {
            case nil, .null?: break
            case .int(let weight)?: message.weight = Double(weight)
            case .double(let weight)?: message.weight = weight
            default: throw refuse("message \(index + 1) has a \"weight\" that is not a number; use 0 or 1")
            }
        case .tool:
            guard let id = line["tool_call_id"] else {
                throw refuse("message \(index + 1) is a tool result without \"tool_call_id\"; give the id of the call it answers")
            }
            message.toolCallID = id.stringValue
            message.name = line["name"]?.stringValue
        default: break
        }
        return message
    }

    /// The texts of a content (a string or text parts), leaving out empty ones as the normalizer does.
    private static func texts(_ content: TemplateValue?, at index: Int) throws -> ([(text: String, message: Int)]?, Bool) {
        switch content {
        case nil, .null?: return (nil, false)
        case .string(let text)?: return (text.isEmpty ? [] : [(text, index)], !text.isEmpty)
        case .array(let parts)?:
            let texts = try parts.map { part in
                guard part["type"]?.stringValue == "text", let text = part["text"]?.stringValue else {
                    throw refuse("message \(index + 1) has a content part that is not text; Mistral's v1–v3 formats take text only")
                }
                return (text: text, message: index)
            }
            return (texts.filter { !$0.text.isEmpty }, !parts.isEmpty)
        default:
            throw refuse("message \(index + 1) has content that is neither text nor a list of text parts; write it as a string")
        }
    }

    private static func toolCall(_ call: TemplateValue, at index: Int) throws -> MistralMessage.ToolCall {
        guard let function = call["function"], let name = function["name"]?.stringValue else {
            throw refuse("message \(index + 1) has a tool call without \"function\": {\"name\": ...}; name the function it calls")
        }
        let arguments: TemplateValue
        switch function["arguments"] {
        case nil, .null?: arguments = .object([])
        case .string(let text)?: arguments = MistralRequest.jsonContent(text)
        case .object(let members)?: arguments = .object(members)
        default: throw refuse("message \(index + 1) calls \(name) with \"arguments\" that are neither a JSON string nor an object")
        }
        let id: String
        switch call["id"] {
        case nil: id = "null"
        case .string(let given)?: id = given
        default: throw refuse("message \(index + 1) has a tool call whose \"id\" is not text; give it a 9-character id such as \"call00001\"")
        }
        return .init(id: id, name: name, arguments: arguments)
    }

    /// Text that mistral-common parses when it is JSON: "" is `{}`, JSON its value, anything else stays text.
    static func jsonContent(_ text: String) -> TemplateValue {
        if text.isEmpty { return .object([]) }
        return PythonJSONCodec.loads(text) ?? .string(text)
    }

    private static func tool(_ tool: TemplateValue, at index: Int) throws -> TemplateValue {
        guard tool["type"] == nil || tool["type"]?.stringValue == "function", let function = tool["function"],
              let name = function["name"]?.stringValue else {
            throw refuse("tool \(index + 1) is not {\"type\": \"function\", \"function\": {\"name\": ...}}; write it in that form")
        }
        try checkName(name, "tool \(index + 1)")
        var description = ""
        switch function["description"] {
        case nil, .null?: break
        case .string(let text)?: description = text
        default: throw refuse("tool \(index + 1) (\(name)) has a \"description\" that is not text")
        }
        var parameters = TemplateValue.object([])
        switch function["parameters"] {
        case nil, .null?: break
        case .object(let members)?: parameters = .object(members)
        default: throw refuse("tool \(index + 1) (\(name)) has \"parameters\" that are not a JSON schema object")
        }
        // mistral-common's `Tool.model_dump()`, without `strict`.
        return .object([("type", .string("function")),
                        ("function", .object([("name", .string(name)), ("description", .string(description)), ("parameters", parameters)]))])
    }

    static func checkName(_ name: String, _ what: String) throws {
        let allowed = name.utf8.allSatisfy { $0.isASCIIAlphanumeric || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
        if name.isEmpty || name.utf8.count > 64 || !allowed {
            throw refuse("\(what) names the function \"\(name)\"; Mistral takes names of 1 to 64 letters, digits, _ and -, so rename it")
        }
    }
}

extension UInt8 {
    var isASCIIAlphanumeric: Bool { (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
