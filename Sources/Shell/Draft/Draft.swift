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

    /// The draft as a training example, or why it cannot be one yet.
    public func problems() -> [String] {
        var problems: [String] = []
        if !messages.contains(where: \.isAssistant) { problems.append("there is no assistant reply yet; write one (or /reply TEXT)") }
        if messages.contains(where: { $0.text.isEmpty }) { problems.append("a message is empty; /edit it or /undo it") }
        if let last = messages.last, !last.isAssistant { problems.append("the last message is the user's; add the reply, or /undo it") }
        if !messages.contains(where: { $0.isAssistant && $0.judgement != .rejected }) {
            problems.append("every reply is rejected, so there is nothing to learn; /keep one")
        }
        return problems
    }
}

/// Per-message token counts, cached by text.
public final class TokenCache: @unchecked Sendable {  // used from the shell's task only
    public private(set) var counter: ChatTokenCounter
    private var cache: [String: Int] = [:]

    public init(encoding: Encoding) {
        counter = ChatTokenCounter(encoding: encoding)
    }

    public func use(_ encoding: Encoding) {
        guard encoding.name != counter.encoding.name else { return }
        counter = ChatTokenCounter(encoding: encoding)
        cache = [:]
    }

    /// The cookbook's count of one message (3 + role + text).
    public func count(_ message: DraftMessage) -> Int {
        let key = message.role + "\u{0}" + message.text
        if let cached = cache[key] { return cached }
        let count = counter.count(ChatMessageText(role: message.role, content: message.text))
        if cache.count > 10_000 { cache.removeAll() }
        cache[key] = count
        return count
    }

    public func total(_ draft: Draft) -> Int {
        counter.total(messageCounts: draft.numbered.map(count))
    }

    /// Tokens of a line as a new user message would add.
    public func countTyped(_ text: String) -> Int {
        text.isEmpty ? 0 : counter.count(ChatMessageText(role: "user", content: text))
    }
}
