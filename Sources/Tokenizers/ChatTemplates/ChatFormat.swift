/// A model's chat format with its tokenizer: what a trainer does to a conversation, from messages
/// to ids. Harmony (gpt-oss) and mistral-common's formats are built in, picked by the tokenizer's
/// family; every other model renders with the `chat_template` its files carry.
public struct ChatFormat: Sendable {
    /// For people: "Qwen/Qwen3-8B chat template", "gpt-oss harmony".
    public let name: String
    public let tokenizer: Tokenizer
    public let renderer: any ChatRenderer

    public init(name: String, tokenizer: Tokenizer, renderer: any ChatRenderer) {
        self.name = name
        self.tokenizer = tokenizer
        self.renderer = renderer
    }

    /// The tokens of a conversation: rendered, then tokenized as the trainer does.
    public func tokens(_ request: ChatRenderRequest) throws -> RenderedTokens {
        tokenizer.tokens(of: try renderer.render(request))
    }

    /// The format for `tokenizer`: its family's built-in one, else the chat template found by
    /// `template` (the model's folder or repo), else the family's built-in template (Llama 4).
    public static func load(for tokenizer: Tokenizer, name: String, template: () throws -> ChatTemplateFile) throws -> ChatFormat {
        if let builtIn = try BuiltInChatFormat.renderer(for: tokenizer) {
            let format = tokenizer.family.map { $0.hasPrefix("mistral") ? "mistral-common \($0)" : "\($0) harmony" } ?? "built-in"
            return ChatFormat(name: "\(name) (\(format))", tokenizer: tokenizer, renderer: builtIn)
        }
        return ChatFormat(name: "\(name) chat template", tokenizer: tokenizer, renderer: try HuggingFaceChatTemplate(try template()))
    }

    /// The format of the model whose files are at `path` (a folder or one of its files).
    public static func load(path: String, tokenizer: Tokenizer) throws -> ChatFormat {
        try load(for: tokenizer, name: tokenizer.name) { try ChatTemplateFile.load(path, family: tokenizer.family) }
    }

    /// The format of Hugging Face repo `repo`, its files found by `locator`.
    public static func load(repo: String, tokenizer: Tokenizer, locator: TokenizerLocator) throws -> ChatFormat {
        try load(for: tokenizer, name: repo) { try ChatTemplateFile.load(repo: repo, locator: locator, family: tokenizer.family) }
    }
}
