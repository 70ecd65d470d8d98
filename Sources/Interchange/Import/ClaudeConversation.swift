import Dataset

/// One conversation of Claude's data export (`conversations.json`): `chat_messages`, each with
/// `sender` (`human` or `assistant`), `text`, and in newer exports `content` blocks (`{type:
/// "text", text}`, and `tool_use` / `tool_result` / `thinking` blocks, left out and counted).
/// When `content` has text blocks they are the message; otherwise `text` is. `attachments` (with
/// their `extracted_content`) and `files` are left out and counted.
enum ClaudeConversation {
    static func read(_ record: JSONObject, builder: inout ConversationBuilder) throws(SkipReason) {
        guard let messages = record["chat_messages"]?.arrayValue else { throw SkipReason("has no \"chat_messages\" array (not a Claude conversation)") }
        for (k, item) in messages.enumerated() {
            guard let message = item.objectValue else { throw SkipReason("message \(k + 1) is a JSON \(item.typeName), not an object") }
            let role: ChatRole
            switch message["sender"]?.stringValue {
            case "human": role = .user
            case "assistant": role = .assistant
            case let other: throw SkipReason("message \(k + 1) has sender \(other.map { "\"\($0)\"" } ?? "missing"); Claude's are \"human\" and \"assistant\"")
            }
            builder.leaveOut(.attachment, (message["attachments"]?.arrayValue?.count ?? 0) + (message["files"]?.arrayValue?.count ?? 0))
            var texts: [String] = []
            for block in message["content"]?.arrayValue ?? [] {
                let object = block.objectValue
                switch object?["type"]?.stringValue {
                case "text": texts.append(object?["text"]?.stringValue ?? "")
                case "tool_use": builder.leaveOut(.toolCall)
                case "tool_result": builder.leaveOut(.toolResult)
                case "thinking", "redacted_thinking": builder.leaveOut(.reasoning)
                default: builder.leaveOut(.nonTextPart)
                }
            }
            builder.add(role, texts.isEmpty ? message["text"]?.stringValue ?? "" : texts.joined(separator: "\n"))
        }
    }
}
