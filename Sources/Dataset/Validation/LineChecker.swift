import Tokenizers

/// Checks one parsed line by the rules of its format and counts its tokens.
struct LineChecker: Sendable {
    let counting: ExampleCounting

    static let acceptedMessageKeys: Set<String> = ["role", "content", "name", "weight", "tool_calls", "tool_call_id", "function_call"]
    static let acceptedRoles: Set<String> = Set(ChatRole.known.map(\.rawValue))

    /// `bytes`, the line as written, identifies exact duplicates; without it the value is serialized.
    func check(_ value: JSONValue, line: Int, bytes: UnsafeBufferPointer<UInt8>? = nil) -> LineOutcome {
        var outcome = LineOutcome(line: line)
        guard let object = value.objectValue else {
            outcome.add(.dataType, "the line is a JSON \(value.typeName), not an object")
            return outcome
        }
        if let bytes {
            var hasher = ContentHasher()
            hasher.add(bytes)
            outcome.exactKey = hasher.finish()
        } else {
            outcome.exactKey = ContentHash(JSONWriter.string(value))
        }
        outcome.format = TrainingExample.format(of: object)
        switch outcome.format ?? .chat {
        case .chat: checkChat(object, into: &outcome)
        case .preference: checkPreference(object, into: &outcome)
        case .completion: checkCompletion(object, into: &outcome)
        }
        return outcome
    }

    // MARK: Chat

    private func checkChat(_ object: JSONObject, into outcome: inout LineOutcome) {
        guard let messagesValue = object["messages"], messagesValue.isTruthy, let messages = messagesValue.arrayValue else {
            let what = object["messages"].map { $0.isTruthy ? "is a \($0.typeName), not an array" : "is empty" } ?? "is missing"
            outcome.add(.missingMessagesList, "\"messages\" \(what)")
            return
        }
        let objects = checkMessages(messages, into: &outcome)
        if !objects.contains(where: { $0["role"]?.stringValue == "assistant" }) {
            outcome.add(.exampleMissingAssistantMessage, "no message has role \"assistant\"")
        } else if let last = objects.last, last["role"]?.stringValue != "assistant" {
            outcome.add(.lastMessageNotAssistant, "the last message is the \(last["role"]?.stringValue ?? "unknown")'s")
        }
        let tools = object["tools"].map { checkTools($0, into: &outcome) } ?? []
        outcome.figures = figures(of: objects, count: messages.count, tools: tools, rawTools: object["tools"],
                                  renderings: [objects], into: &outcome)
    }

    /// Applies the per-message rules; returns the messages that are objects.
    private func checkMessages(_ messages: [JSONValue], into outcome: inout LineOutcome) -> [JSONObject] {
        var objects: [JSONObject] = []
        for (index, value) in messages.enumerated() {
            let number = index + 1
            guard let message = value.objectValue else {
                outcome.add(.messageNotObject, "message \(number) is a \(value.typeName)")
                continue
            }
            objects.append(message)
            check(message, number: number, into: &outcome)
        }
        return objects
    }

    private func check(_ message: JSONObject, number: Int, into outcome: inout LineOutcome) {
        let role = message["role"]?.stringValue
        let isAssistant = role == "assistant"
        let callsTools = isAssistant && (message.has("tool_calls") || message.has("function_call"))
        if !message.has("role") {
            outcome.add(.messageMissingKey, "message \(number) has no \"role\"")
        } else if !message.has("content") && !callsTools {
            outcome.add(.messageMissingKey, "message \(number) has no \"content\"")
        }
        if let unknown = message.keys.first(where: { !Self.acceptedMessageKeys.contains($0) }) {
            outcome.add(.messageUnrecognizedKey, "message \(number) has the key \"\(unknown)\"")
        }
        if role == nil || !Self.acceptedRoles.contains(role!) {
            let shown = message["role"].map { $0.stringValue.map { "\"\($0)\"" } ?? "a \($0.typeName)" } ?? "none"
            outcome.add(.unrecognizedRole, "message \(number) has role \(shown)")
        }
        switch message["content"] {
        case .string(let text)? where !text.isEmpty:
            break
        case .array(let parts)? where !parts.isEmpty:
            if let problem = Self.contentPartProblem(parts) {
                outcome.add(.invalidContentParts, "message \(number): \(problem)")
            }
        case let other where callsTools && (other == nil || other == .null):
            break
        case let other:
            let what = other.map { $0.isTruthy ? "is a \($0.typeName)" : "is empty" } ?? "is missing"
            outcome.add(.missingContent, "message \(number)'s content \(what)")
        }
        if let name = message["name"], name.stringValue == nil {
            outcome.add(.invalidName, "message \(number)'s name is a \(name.typeName)")
        }
        if let weight = message["weight"] {
            if !isAssistant {
                outcome.add(.invalidWeight, "message \(number) is not an assistant message but has a weight")
            } else if weight != .number("0") && weight != .number("1") {
                outcome.add(.invalidWeight, "message \(number)'s weight is \(JSONWriter.string(weight)), not 0 or 1")
            }
        }
        if let calls = message["tool_calls"] {
            if !isAssistant {
                outcome.add(.invalidToolCalls, "message \(number) is not an assistant message but has tool_calls")
            } else if let problem = Self.toolCallProblem(calls) {
                outcome.add(.invalidToolCalls, "message \(number): \(problem)")
            }
        }
        if role == "tool" && message["tool_call_id"]?.stringValue == nil {
            outcome.add(.invalidToolMessage, "message \(number) is a tool message without a \"tool_call_id\"")
        }
    }

    static func contentPartProblem(_ parts: [JSONValue]) -> String? {
        for (k, part) in parts.enumerated() {
            guard let object = part.objectValue else { return "content part \(k + 1) is not an object" }
            switch object["type"]?.stringValue {
            case "text":
                if object["text"]?.stringValue == nil { return "content part \(k + 1) has no \"text\" string" }
            case "image_url":
                if object["image_url"]?.objectValue?["url"]?.stringValue == nil {
                    return "content part \(k + 1) has no \"image_url\": {\"url\": ...}"
                }
            default:
                return "content part \(k + 1) has type \(object["type"].map(JSONWriter.string) ?? "none"), not \"text\" or \"image_url\""
            }
        }
        return nil
    }

    static func toolCallProblem(_ calls: JSONValue) -> String? {
        guard let items = calls.arrayValue, !items.isEmpty else { return "tool_calls is not a non-empty array" }
        for (k, item) in items.enumerated() {
            guard let call = item.objectValue, call["id"]?.stringValue != nil, call["type"]?.stringValue == "function",
                let function = call["function"]?.objectValue, function["name"]?.stringValue != nil,
                function["arguments"]?.stringValue != nil
            else { return "tool call \(k + 1) is not {id, type: \"function\", function: {name, arguments}}" }
        }
        return nil
    }

    /// Tool definitions for counting; reports a malformed `tools` value.
    private func checkTools(_ value: JSONValue, into outcome: inout LineOutcome) -> [ToolDefinition] {
        guard let items = value.arrayValue else {
            outcome.add(.invalidTools, "\"tools\" is a \(value.typeName)")
            return []
        }
        var tools: [ToolDefinition] = []
        for (k, item) in items.enumerated() {
            guard let tool = item.objectValue, tool["type"]?.stringValue == "function",
                let function = tool["function"]?.objectValue, let name = function["name"]?.stringValue
            else {
                outcome.add(.invalidTools, "tool \(k + 1) is not {type: \"function\", function: {name, ...}}")
                continue
            }
            let properties = function["parameters"]?.objectValue?["properties"]?.objectValue?.members ?? []
            tools.append(ToolDefinition(
                name: name, description: function["description"]?.stringValue ?? "",
                properties: properties.map { member in
                    let property = member.value.objectValue
                    return .init(
                        name: member.key, type: property?["type"]?.stringValue ?? "",
                        description: property?["description"]?.stringValue ?? "",
                        enumValues: property?["enum"]?.arrayValue?.compactMap(\.stringValue))
                }))
        }
        return tools
    }

    /// `renderings`: the conversations a chat format renders (one, or a preference pair's two);
    /// their longest is the total, the first one's trained tokens the assistant figure.
    private func figures(of messages: [JSONObject], count: Int, tools: [ToolDefinition], rawTools: JSONValue?,
                         renderings: [[JSONObject]], into outcome: inout LineOutcome) -> LineOutcome.Figures? {
        var near = ContentHasher()
        for message in messages {
            near.add((message["role"]?.stringValue ?? "").utf8)
            near.add(0x3A)
            for content in MessageText.content(message) { Self.addNormalized(content, to: &near) }
            near.add(0x0A)
        }
        let total: Int, assistant: Int
        switch counting {
        case .cookbook(let encoding):
            (total, assistant) = Self.cookbookCounts(messages, tools: tools, counter: ChatTokenCounter(encoding: encoding))
        case .rendered(let counting):
            // Only a well-formed example is rendered: a template reads what the format promises.
            guard !outcome.problems.contains(where: { $0.category.severity == .error }), !renderings.isEmpty else { return nil }
            do {
                let rendered = try renderings.map { try counting.tokens(RenderedCounting.request(messages: $0, tools: rawTools)) }
                (total, assistant) = (rendered.map(\.count).max()!, rendered[0].trainedCount)
            } catch {
                outcome.add(.chatTemplateRefused, "\(error)")
                return nil
            }
        }
        let system = messages.first { ["system", "developer"].contains($0["role"]?.stringValue) }
        return LineOutcome.Figures(
            messages: count, totalTokens: total, assistantTokens: assistant,
            hasSystem: system != nil, hasUser: messages.contains { $0["role"]?.stringValue == "user" },
            systemPrompt: system.map { MessageText.content($0).joined() }, nearKey: near.finish())
    }

    /// OpenAI's cookbook rule: the total, and the assistant replies' content tokens.
    private static func cookbookCounts(_ messages: [JSONObject], tools: [ToolDefinition], counter: ChatTokenCounter) -> (Int, Int) {
        var total = ChatTokenCounter.replyPriming + counter.count(tools: tools)
        var assistant = 0
        for message in messages {
            let role = message["role"]?.stringValue ?? ""
            total += ChatTokenCounter.tokensPerMessage + (message.has("name") ? ChatTokenCounter.tokensPerName : 0)
            for member in message.members {
                // Each string is counted once; an assistant's content counts for both figures.
                switch member.value {
                case .string(let s):
                    let n = counter.encoding.count(s)
                    total += n
                    if member.key == "content" && role == "assistant" { assistant += n }
                default:
                    for s in MessageText.of(JSONObject([member])).strings {
                        let n = counter.encoding.count(s)
                        total += n
                        if member.key == "content" && role == "assistant" { assistant += n }
                    }
                }
            }
        }
        return (total, assistant)
    }

    /// Feeds the text with ASCII letters lowercased, runs of ASCII punctuation and space folded to
    /// one separator (dropped at the ends), and other characters as they are: texts that differ
    /// only in case, spacing and punctuation hash alike.
    static func addNormalized(_ text: String, to hasher: inout ContentHasher) {
        var pendingSeparator = false
        var wroteAny = false
        for byte in text.utf8 {
            let isWord = byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
            if isWord {
                if pendingSeparator && wroteAny { hasher.add(0x20) }
                hasher.add(byte < 0x80 && byte &- 0x41 < 26 ? byte | 0x20 : byte)
                pendingSeparator = false
                wroteAny = true
            } else {
                pendingSeparator = true
            }
        }
    }

    // MARK: Preference and completion

    private func checkPreference(_ object: JSONObject, into outcome: inout LineOutcome) {
        guard let input = object["input"]?.objectValue, let messages = input["messages"]?.arrayValue, !messages.isEmpty else {
            outcome.add(.invalidPreference, "\"input\" has no non-empty \"messages\" array")
            return
        }
        let inputs = checkMessages(messages, into: &outcome)
        var objects = inputs
        for key in ["preferred_output", "non_preferred_output"] {
            guard let items = object[key]?.arrayValue, items.count == 1, let message = items[0].objectValue,
                message["role"]?.stringValue == "assistant", MessageText.content(message).contains(where: { !$0.isEmpty })
            else {
                outcome.add(.invalidPreference, "\"\(key)\" is not an array of exactly one assistant message with text")
                continue
            }
            objects.append(message)
        }
        let tools = input["tools"].map { checkTools($0, into: &outcome) } ?? []
        // A preference pair trains as two sequences, the input with each output.
        let renderings = objects.count == inputs.count + 2 ? [inputs + [objects[inputs.count]], inputs + [objects[inputs.count + 1]]] : []
        outcome.figures = figures(of: objects, count: objects.count, tools: tools, rawTools: input["tools"],
                                  renderings: renderings, into: &outcome)
    }

    private func checkCompletion(_ object: JSONObject, into outcome: inout LineOutcome) {
        guard let prompt = object["prompt"]?.stringValue, let completion = object["completion"]?.stringValue else {
            outcome.add(.invalidCompletion, "\"prompt\" and \"completion\" must both be strings")
            return
        }
        if completion.isEmpty { outcome.add(.invalidCompletion, "\"completion\" is empty") }
        let completionTokens = counting.count(completion)
        outcome.figures = .init(
            messages: 2, totalTokens: counting.count(prompt) + completionTokens, assistantTokens: completionTokens,
            // A completion has no roles, so it lacks none: not counted as missing a system message.
            hasSystem: true, hasUser: true, systemPrompt: nil,
            nearKey: { () -> ContentHash in
                var near = ContentHasher()
                Self.addNormalized(prompt, to: &near)
                near.add(0x0A)
                Self.addNormalized(completion, to: &near)
                return near.finish()
            }())
    }
}
