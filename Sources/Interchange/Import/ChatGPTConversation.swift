import Dataset

/// One conversation of ChatGPT's data export (`conversations.json`): `mapping` is a tree of
/// nodes (`id`, `message`, `parent`, `children`); every edit or regeneration is a branch, and
/// `current_node` is the leaf the person last saw. Following `parent` from it to the root gives
/// exactly the kept branch. A message is `{author: {role}, content: {content_type, parts},
/// recipient, metadata}`; `text` and `multimodal_text` content carry the words (image and file
/// parts are objects, dropped and counted). Left out and counted: messages hidden from the
/// conversation (`metadata.is_visually_hidden_from_conversation`: the default system prompt,
/// custom instructions), assistant messages addressed to a tool (`recipient` other than `all`),
/// `tool` messages, and content that is not text (code runs, browsing, thoughts).
enum ChatGPTConversation {
    static func read(_ record: JSONObject, builder: inout ConversationBuilder) throws(SkipReason) {
        guard let mapping = record["mapping"]?.objectValue else { throw SkipReason("has no \"mapping\" object (not a ChatGPT conversation)") }
        guard let current = record["current_node"]?.stringValue else { throw SkipReason("has no \"current_node\"") }
        var path: [JSONObject] = []
        var seen: Set<String> = []
        var nodeID: String? = current
        while let id = nodeID {
            guard seen.insert(id).inserted else { throw SkipReason("its mapping loops back to node \(id)") }
            guard let node = mapping[id]?.objectValue else { throw SkipReason("names node \(id), which its mapping does not have") }
            if let message = node["message"]?.objectValue { path.append(message) }
            nodeID = node["parent"]?.stringValue
        }
        for message in path.reversed() { add(message, to: &builder) }
    }

    private static func add(_ message: JSONObject, to builder: inout ConversationBuilder) {
        let role = message["author"]?.objectValue?["role"]?.stringValue ?? ""
        let metadata = message["metadata"]?.objectValue
        if metadata?["is_visually_hidden_from_conversation"] == .bool(true) { return builder.leaveOut(.hiddenMessage) }
        if role == "tool" { return builder.leaveOut(.toolResult) }
        if role == "assistant", let recipient = message["recipient"]?.stringValue, recipient != "all" { return builder.leaveOut(.toolCall) }
        guard ["system", "user", "assistant"].contains(role) else { return builder.leaveOut(.nonTextPart) }
        let content = message["content"]?.objectValue
        let type = content?["content_type"]?.stringValue ?? "text"
        switch type {
        case "text", "multimodal_text":
            var texts: [String] = []
            for part in content?["parts"]?.arrayValue ?? [] {
                if let text = part.stringValue { texts.append(text) } else { builder.leaveOut(.nonTextPart) }
            }
            builder.add(ChatRole(rawValue: role), texts.filter { !$0.isEmpty }.joined(separator: "\n"))
        case "thoughts", "reasoning_recap":
            builder.leaveOut(.reasoning)
        default:
            builder.leaveOut(.nonTextPart)
        }
    }
}
