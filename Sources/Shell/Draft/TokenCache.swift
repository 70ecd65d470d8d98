import Dataset
import Tokenizers

/// The draft's token counts for the target: by OpenAI's cookbook rule (per message, cached by
/// text), or by rendering the target's chat format (the whole draft, remembered until it changes;
/// the format's tokenizer caches the text between special tokens, so a keystroke re-tokenizes only
/// the line being typed).
/// Not `Sendable`: it belongs to the shell that made it, and the compiler keeps it there.
public final class TokenCache {
    public private(set) var counting: ExampleCounting
    private var cookbookCache: [String: Int] = [:]
    private var rendered: (key: [TemplateValue], tokens: Result<RenderedTokens, Error>)?
    private var typed: (key: [TemplateValue], count: Int?)?

    public init(counting: ExampleCounting) {
        self.counting = counting
    }

    public convenience init(encoding: Encoding) {
        self.init(counting: .cookbook(encoding))
    }

    public func use(_ counting: ExampleCounting) {
        self.counting = counting
        cookbookCache = [:]
        rendered = nil
        typed = nil
    }

    /// "o200k_base" or "Qwen/Qwen3-8B chat template".
    public var countedWith: String { counting.name }

    public var isRendered: Bool {
        if case .rendered = counting { return true }
        return false
    }

    /// Message `number` (1-based, as /show numbers them) of `draft`: the cookbook's 3 + role + text,
    /// or the tokens the chat format renders for it (its header and end tokens included).
    public func count(_ message: DraftMessage, number: Int, in draft: Draft) -> Int {
        switch counting {
        case .cookbook(let encoding): return cookbookCount(message, ChatTokenCounter(encoding: encoding))
        case .rendered: return (try? rendering(of: draft).get().count(ofMessage: number - 1)) ?? 0
        }
    }

    /// A message on its own (an edit's or a system message's report): the cookbook's count, or its
    /// text's tokens for a chat format.
    public func count(_ message: DraftMessage) -> Int {
        switch counting {
        case .cookbook(let encoding): cookbookCount(message, ChatTokenCounter(encoding: encoding))
        case .rendered(let format): format.tokenizer.count(message.text)
        }
    }

    /// The whole draft as the trainer sees it; nil when the chat format refuses it (`problem` says why).
    public func total(_ draft: Draft) -> Int? {
        switch counting {
        case .cookbook(let encoding):
            let counter = ChatTokenCounter(encoding: encoding)
            return counter.total(messageCounts: draft.numbered.map { cookbookCount($0, counter) })
        case .rendered:
            return try? rendering(of: draft).get().count
        }
    }

    /// The chat format's own tokens (BOS, headers it adds outside the messages, a default system prompt).
    public func templateTokens(_ draft: Draft) -> Int? {
        switch counting {
        case .cookbook: ChatTokenCounter.replyPriming
        case .rendered: try? rendering(of: draft).get().templateCount
        }
    }

    /// Why the chat format refuses the draft as it is now, in the template's words.
    public func problem(_ draft: Draft) -> String? {
        guard case .rendered = counting, case .failure(let error) = rendering(of: draft) else { return nil }
        return "\(error)"
    }

    /// What a line adds as the next user message; nil when the format refuses the result.
    public func countTyped(_ text: String, after draft: Draft) -> Int? {
        guard !text.isEmpty else { return 0 }
        switch counting {
        case .cookbook(let encoding):
            return ChatTokenCounter(encoding: encoding).count(ChatMessageText(role: "user", content: text))
        case .rendered(let format):
            let key = Self.messages(of: draft) + [Self.message(role: "user", text: text, weight: nil)]
            if let typed, typed.key == key { return typed.count }
            let before = total(draft)
            let after = try? format.tokens(ChatRenderRequest(messages: key)).count
            let count = before.flatMap { before in after.map { $0 - before } }
            typed = (key, count)
            return count
        }
    }

    private func cookbookCount(_ message: DraftMessage, _ counter: ChatTokenCounter) -> Int {
        let key = message.role + "\u{0}" + message.text
        if let cached = cookbookCache[key] { return cached }
        let count = counter.count(ChatMessageText(role: message.role, content: message.text))
        if cookbookCache.count > 10_000 { cookbookCache.removeAll() }
        cookbookCache[key] = count
        return count
    }

    private func rendering(of draft: Draft) -> Result<RenderedTokens, Error> {
        guard case .rendered(let format) = counting else { preconditionFailure("only a chat format renders") }
        let key = Self.messages(of: draft)
        if let rendered, rendered.key == key { return rendered.tokens }
        let tokens = Result { try format.tokens(ChatRenderRequest(messages: key)) }
        rendered = (key, tokens)
        return tokens
    }

    /// The draft's messages as the saved example will hold them (a rejected reply has weight 0).
    static func messages(of draft: Draft) -> [TemplateValue] {
        draft.numbered.map { message(role: $0.role, text: $0.text, weight: $0.isAssistant && $0.judgement == .rejected ? 0 : nil) }
    }

    static func message(role: String, text: String, weight: Int?) -> TemplateValue {
        .object([("role", .string(role)), ("content", .string(text))] + (weight.map { [("weight", .int($0))] } ?? []))
    }
}
