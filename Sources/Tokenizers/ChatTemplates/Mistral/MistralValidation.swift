/// mistral-common's `MistralRequestValidator` (v1) and `MistralRequestValidatorV3` (v3, tekken) rules,
/// in their order, in words that say what to change.
extension MistralRequest {
    /// A conversation that ends with the assistant is checked as for fine-tuning; one that does not
    /// (a draft) as mistral-common's agnostic mode does, which has no rule for the last role.
    var isFinished: Bool { messages.last?.role == .assistant }

    func checkStructure() throws {
        guard let first = messages.first else {
            throw Self.refuse("the conversation has no messages; add a user message and the assistant's reply")
        }
        if messages.count == 1, first.role != .user, first.role != .system {
            throw Self.refuse("a conversation of one message must start with a user or system message; add the user's turn first")
        }
        for (index, pair) in zip(messages, messages.dropFirst()).enumerated() {
            let allowed: Set<MistralMessage.Role> = switch pair.0.role {
            case .system: [.user, .assistant, .system]
            case .user: [.assistant, .system, .user]
            case .assistant: [.assistant, .user, .tool]
            case .tool: [.assistant, .tool, .user]
            }
            if !allowed.contains(pair.1.role) {
                throw Self.refuse("message \(index + 2) (\(pair.1.role.rawValue)) cannot follow a \(pair.0.role.rawValue) message in Mistral's format; move it or merge it into a neighbour")
            }
        }
        // Every tool call is answered before the next assistant message (the first message is not counted).
        var expected = 0
        for (index, message) in messages.enumerated().dropFirst() {
            if message.role == .tool {
                expected -= 1
            } else if message.role == .assistant {
                if expected != 0 {
                    throw Self.refuse("message \(index + 1): the assistant speaks before its tool calls have exactly one result each; give every call one tool message")
                }
                if let calls = message.toolCalls { expected = calls.count }
            }
        }
        if expected < 0 && isFinished {
            throw Self.refuse("the conversation has more tool results than tool calls; remove the extra tool messages")
        }
    }

    func checkContent(version: MistralChatFormat.Version) throws {
        for (index, message) in messages.enumerated() {
            switch message.role {
            case .assistant:
                if message.hasContent == !(message.toolCalls ?? []).isEmpty {
                    throw Self.refuse(message.hasContent
                        ? "message \(index + 1) has both text and tool calls, which Mistral's format refuses; put the text in a message of its own"
                        : "message \(index + 1) is an assistant message with empty content and no tool calls, which Mistral's format refuses; write the reply or remove the message")
                }
                for call in message.toolCalls ?? [] {
                    if version == .v3 { try checkCallID(call.id, at: index, isLast: index == messages.count - 1) }
                    try Self.checkName(call.name, "message \(index + 1)")
                }
                if let weight = message.weight, weight != 0, weight != 1 {
                    throw Self.refuse("message \(index + 1) has weight \(FloatText.pythonJSON(weight)); Mistral's fine-tuning takes 0 or 1")
                }
            case .tool:
                if let name = message.name { try Self.checkName(name, "message \(index + 1)") }
                if version == .v3 {
                    guard let id = message.toolCallID else {
                        throw Self.refuse("message \(index + 1) is a tool result without a \"tool_call_id\"; give the id of the call it answers")
                    }
                    if !Self.isCallID(id) {
                        throw Self.refuse("message \(index + 1) answers tool call id \"\(id)\"; Mistral's ids are 9 letters or digits, so rename the call and its result")
                    }
                }
            case .user, .system: break
            }
        }
    }

    private func checkCallID(_ id: String, at index: Int, isLast: Bool) throws {
        if id == "null" {
            if isLast { return }
            throw Self.refuse("message \(index + 1) has a tool call without an id; only the last message may leave it out, so give it a 9-character id such as \"call00001\"")
        }
        if !Self.isCallID(id) {
            throw Self.refuse("message \(index + 1) has tool call id \"\(id)\"; Mistral's ids are 9 letters or digits, so rename the call and its result")
        }
    }

    static func isCallID(_ id: String) -> Bool { id.utf8.count == 9 && id.utf8.allSatisfy(\.isASCIIAlphanumeric) }
}
