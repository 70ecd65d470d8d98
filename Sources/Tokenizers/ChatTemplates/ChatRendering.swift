/// One conversation to render: the dataset line's `messages` (each an object with `role`,
/// `content`, and whatever else the line holds: `tool_calls`, `weight`, `thinking`, ...), its
/// `tools`, and the extra variables a template reads (`enable_thinking`, `date_string`, ...).
public struct ChatRenderRequest: Sendable, Hashable {
    public var messages: [TemplateValue]
    public var tools: [TemplateValue]?
    public var variables: [String: TemplateValue]

    public init(messages: [TemplateValue], tools: [TemplateValue]? = nil, variables: [String: TemplateValue] = [:]) {
        self.messages = messages
        self.tools = tools
        self.variables = variables
    }
}

/// A piece of a rendering, attributed to the message it renders.
public struct RenderedSegment: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// Template output: adjacent text segments are joined and tokenized as one string, with
        /// special-token text turned into the special token (as a trainer tokenizing the rendering does).
        case text(String)
        /// Tokens the renderer encoded itself (harmony, mistral-common encode piece by piece).
        case ids([Int])
    }

    public var content: Content
    /// The index in `ChatRenderRequest.messages` of the message this renders; nil for the
    /// template's own text (BOS, a default system prompt, tool definitions).
    public var message: Int?
    /// Whether these tokens train: an assistant message's reply with weight 1 (not its header).
    public var trains: Bool

    public init(_ content: Content, message: Int?, trains: Bool) {
        self.content = content
        self.message = message
        self.trains = trains
    }
}

/// A conversation as the model sees it, in order.
public struct RenderedChat: Sendable, Hashable {
    public var segments: [RenderedSegment]

    public init(segments: [RenderedSegment]) {
        self.segments = segments
    }
}

/// A model's chat format: a Hugging Face Jinja template, harmony, or mistral-common's encoding.
public protocol ChatRenderer: Sendable {
    /// Throws `TokenizersError` with the template's own words when it refuses the conversation.
    func render(_ request: ChatRenderRequest) throws -> RenderedChat
}

/// The tokens of a rendered conversation, and how they divide.
public struct RenderedTokens: Sendable, Hashable {
    /// Every id the trainer sees, in order (identical to the family's reference library).
    public var ids: [Int]
    /// For each id, the message it belongs to (nil: the template's own tokens).
    public var messages: [Int?]
    /// For each id, whether it trains.
    public var trains: [Bool]

    public init(ids: [Int], messages: [Int?], trains: [Bool]) {
        self.ids = ids
        self.messages = messages
        self.trains = trains
    }

    public var count: Int { ids.count }
    public var trainedCount: Int { trains.lazy.filter { $0 }.count }
    /// The tokens of message `index`, its template framing included.
    public func count(ofMessage index: Int) -> Int { messages.lazy.filter { $0 == index }.count }
    /// Tokens that belong to no message: BOS, default system prompts, tool definitions.
    public var templateCount: Int { messages.lazy.filter { $0 == nil }.count }
}
