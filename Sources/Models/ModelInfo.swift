import Tokenizers

/// What tunesmith knows about one model family: its encoding and, when it can be fine-tuned, the
/// per-example token limit, the training price and the methods.
public struct ModelInfo: Sendable, Hashable {
    /// The family name that prefixes its snapshots (`gpt-4.1-mini` covers `gpt-4.1-mini-2025-04-14`).
    public let family: String
    /// The snapshot OpenAI names for fine-tuning, when there is one.
    public let snapshot: String?
    public let encoding: EncodingName
    /// Tokens one training example may hold; longer ones are truncated from the end.
    public let maxTokensPerExample: Int?
    /// USD per 1M training tokens.
    public let trainingPricePerMillion: Double?
    /// Empty when the model cannot be fine-tuned.
    public let methods: [FineTuningMethod]

    public var isFineTunable: Bool { !methods.isEmpty }
}
