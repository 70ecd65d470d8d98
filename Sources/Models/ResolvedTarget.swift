import Tokenizers

/// A model to count and train for, with what counting for it needs loaded: OpenAI's encoding (its
/// chat format is not public: the cookbook's rule counts), or the model's own chat format.
public struct ResolvedTarget: Sendable {
    public enum Counting: Sendable {
        case openAI(Encoding)
        case chatFormat(ChatFormat)
    }

    /// The name as the author gave it.
    public let name: String
    /// The catalog's entry; nil for a Hugging Face repo no provider lists.
    public let model: CatalogModel?
    public let counting: Counting

    public init(name: String, model: CatalogModel?, counting: Counting) {
        self.name = name
        self.model = model
        self.counting = counting
    }

    /// The longest example the provider trains for `method` (LoRA unless `lora` is false).
    public func limit(for method: FineTuningMethod = .supervised, lora: Bool = true) -> Int? {
        guard let model else { return nil }
        return model.context.tokens(for: method, lora: lora) ?? model.context.tokens(for: method, lora: !lora)
    }

    /// What the count is done with, for people: "o200k_base", "Qwen/Qwen3-8B chat template".
    public var countedWith: String {
        switch counting {
        case .openAI(let encoding): encoding.name.rawValue
        case .chatFormat(let format): format.name
        }
    }
}
