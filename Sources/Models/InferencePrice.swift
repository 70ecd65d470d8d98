/// What a model's replies cost: USD per 1M input and output tokens (standard tier, uncached).
public struct InferencePrice: Sendable, Hashable {
    public let inputPerMillion: Double
    public let outputPerMillion: Double

    public init(inputPerMillion: Double, outputPerMillion: Double) {
        self.inputPerMillion = inputPerMillion
        self.outputPerMillion = outputPerMillion
    }

    /// USD for one request.
    public func cost(promptTokens: Int, completionTokens: Int) -> Double {
        (Double(promptTokens) * inputPerMillion + Double(completionTokens) * outputPerMillion) / 1_000_000
    }
}

extension ModelCatalog {
    /// Inference on OpenAI fine-tunes, by family (notes/openai-api.md §10, OpenAI's pricing page, 2026).
    /// Base models and other providers' models are not listed: their price is unknown here.
    static let fineTunedInferencePrices: [String: InferencePrice] = [
        "gpt-4.1": InferencePrice(inputPerMillion: 3.00, outputPerMillion: 12.00),
        "gpt-4.1-mini": InferencePrice(inputPerMillion: 0.80, outputPerMillion: 3.20),
        "gpt-4.1-nano": InferencePrice(inputPerMillion: 0.20, outputPerMillion: 0.80),
        "gpt-4o": InferencePrice(inputPerMillion: 3.75, outputPerMillion: 15.00),
        "gpt-4o-mini": InferencePrice(inputPerMillion: 0.30, outputPerMillion: 1.20),
        "gpt-3.5-turbo": InferencePrice(inputPerMillion: 3.00, outputPerMillion: 6.00),
    ]

    /// The price of chatting with `name` when the catalog knows it (an OpenAI `ft:` model); nil otherwise.
    public static func inferencePrice(for name: String) -> InferencePrice? {
        guard name.hasPrefix("ft:"), let family = info(for: name)?.family else { return nil }
        return fineTunedInferencePrices[family]
    }
}
