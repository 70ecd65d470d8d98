import Dataset

/// Gathers one conversation's messages as a source yields them: consecutive messages of one role
/// are joined (a reply split around a tool call is one reply once the call is left out), empty
/// ones are left out and counted, and a conversation with no reply is refused.
struct ConversationBuilder {
    private(set) var messages: [(role: ChatRole, text: String)] = []
    private(set) var leftOut: [LeftOutKind: Int] = [:]

    mutating func add(_ role: ChatRole, _ text: String) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return leaveOut(.emptyMessage) }
        if let last = messages.last, last.role == role {
            messages[messages.count - 1].text += "\n\n" + text
        } else {
            messages.append((role, text))
        }
    }

    mutating func leaveOut(_ kind: LeftOutKind, _ count: Int = 1) {
        guard count > 0 else { return }
        leftOut[kind, default: 0] += count
    }

    /// The example, or why the record is skipped.
    func example() -> Result<ChatExample, SkipReason> {
        guard !messages.isEmpty else { return .failure(SkipReason("has no message with text")) }
        guard messages.contains(where: { $0.role == .assistant }) else { return .failure(SkipReason("has no assistant reply")) }
        guard messages.contains(where: { $0.role == .user }) else { return .failure(SkipReason("has no user message")) }
        return .success(ChatExample(messages: messages.map { ChatMessage(role: $0.role, text: $0.text) }))
    }
}

/// Why a record did not become a conversation.
struct SkipReason: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
