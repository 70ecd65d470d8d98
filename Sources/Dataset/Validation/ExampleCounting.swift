import Tokenizers

/// How an example's tokens are counted: by OpenAI's cookbook rule over an encoding (OpenAI's
/// models, whose chat format is not public), or by rendering the target model's own chat format and
/// tokenizing it (open models: the count the trainer sees).
public enum ExampleCounting: Sendable {
    case cookbook(Encoding)
    case rendered(RenderedCounting)

    /// What the report says it counted with: "o200k_base", "Qwen/Qwen3-8B chat template".
    public var name: String {
        switch self {
        case .cookbook(let encoding): encoding.name.rawValue
        case .rendered(let counting): counting.name
        }
    }

    /// Plain text (a completion example's prompt and completion).
    func count(_ text: String) -> Int {
        switch self {
        case .cookbook(let encoding): encoding.count(text)
        case .rendered(let counting): counting.tokenizer.count(text)
        }
    }
}

/// A model's chat format and tokenizer: renders a conversation and tokenizes the rendering.
public struct RenderedCounting: Sendable {
    public let format: ChatFormat

    public init(_ format: ChatFormat) {
        self.format = format
    }

    public var name: String { format.name }
    public var tokenizer: Tokenizer { format.tokenizer }

    public func tokens(_ request: ChatRenderRequest) throws -> RenderedTokens {
        try format.tokens(request)
    }

    /// The request for a dataset line's messages and tools, as Python's `json.loads` would pass them.
    public static func request(messages: [JSONObject], tools: JSONValue?) -> ChatRenderRequest {
        ChatRenderRequest(messages: messages.map { .object($0.templateMembers) }, tools: tools?.arrayValue?.map(\.templateValue))
    }
}
