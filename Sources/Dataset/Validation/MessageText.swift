import Tokenizers

/// What of a message the token count reads, as OpenAI's check does: every string field (role,
/// content, name and any other), plus, for today's fields, the text of content parts and the name
/// and arguments of tool calls. Non-string values (`weight`) are not text.
enum MessageText {
    static func of(_ message: JSONObject) -> ChatMessageText {
        var strings: [String] = []
        for member in message.members {
            switch member.value {
            case .string(let s): strings.append(s)
            case .array(let items) where member.key == "content":
                for part in items { if let text = part.objectValue?["text"]?.stringValue { strings.append(text) } }
            case .array(let calls) where member.key == "tool_calls":
                for call in calls {
                    guard let function = call.objectValue?["function"]?.objectValue else { continue }
                    if let name = function["name"]?.stringValue { strings.append(name) }
                    if let arguments = function["arguments"]?.stringValue { strings.append(arguments) }
                }
            default: break
            }
        }
        return ChatMessageText(strings: strings, hasName: message.has("name"))
    }

    /// The text an assistant turn is trained on: its content (a string, or the text parts).
    static func content(_ message: JSONObject) -> [String] {
        switch message["content"] {
        case .string(let s)?: [s]
        case .array(let parts)?: parts.compactMap { $0.objectValue?["text"]?.stringValue }
        default: []
        }
    }
}

extension ChatMessage {
    /// This message's text as the token count reads it.
    public var tokenText: ChatMessageText { MessageText.of(json) }
}
