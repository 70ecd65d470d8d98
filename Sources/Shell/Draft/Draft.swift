import Dataset
import Tokenizers

/// The conversation being written: an optional system message, then turns. Token counts are
/// cached per message and recomputed only for what changed.
public struct Draft: Sendable, Codable, Equatable {
    public var system: String?
    public var messages: [DraftMessage]
    /// The example line this draft replaces on /save (set by /open).
    public var replacingLine: Int?
    /// The example number that line holds, for messages.
    public var replacingExample: Int?
    /// What that line said when it was opened: /save replaces it only if it still says so.
    public var replacingFingerprint: LineFingerprint?

    public init(system: String? = nil, messages: [DraftMessage] = []) {
        self.system = system
        self.messages = messages
    }

    public var isEmpty: Bool { messages.isEmpty }

    /// All messages as numbered in /show: the system message (when set) is 1.
    public var numbered: [DraftMessage] {
        (system.map { [DraftMessage(role: .system, text: $0)] } ?? []) + messages
    }

    /// Index into `messages` of displayed message `number` (1-based), or nil for the system message.
    public func index(ofNumber number: Int) -> Int? {
        let offset = system == nil ? 1 : 2
        let index = number - offset
        return messages.indices.contains(index) ? index : nil
    }

    public func number(ofIndex index: Int) -> Int { index + (system == nil ? 1 : 2) }

    public var lastAssistantIndex: Int? { messages.lastIndex { $0.isAssistant } }

    public var example: ChatExample {
        ChatExample(messages: numbered.map(\.trainingMessage))
    }

    /// The messages sent to the model for the next reply.
    public var chatMessages: [ChatMessage] {
        numbered.map { ChatMessage(role: $0.chatRole, text: $0.text) }
    }

    /// Why the draft cannot be a training example yet, the most basic reason first; nil when it can.
    /// One reason, not a list: a draft with only a user turn lacks a reply, and that is all it lacks.
    public func problem() -> String? {
        if messages.isEmpty { return "the draft is empty; type a user message first" }
        if !messages.contains(where: \.isAssistant) { return "no reply yet; write one (or /reply TEXT)" }
        if messages.contains(where: { $0.text.isEmpty }) { return "a message is empty; /edit it or /undo it" }
        if let last = messages.last, !last.isAssistant { return "the last message is the user's; add the reply, or /undo it" }
        if !messages.contains(where: { $0.isAssistant && $0.judgement != .rejected }) {
            return "every reply is rejected, so there is nothing to learn; /keep one"
        }
        return nil
    }
}

