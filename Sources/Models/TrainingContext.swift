/// The longest training example (tokens) a provider takes, per method and per kind of training.
/// nil where the provider's material does not state it.
public struct TrainingContext: Sendable, Hashable, Codable {
    public var supervisedLoRA: Int?
    public var supervisedFull: Int?
    public var preferenceLoRA: Int?
    public var preferenceFull: Int?

    public init(supervisedLoRA: Int? = nil, supervisedFull: Int? = nil, preferenceLoRA: Int? = nil, preferenceFull: Int? = nil) {
        (self.supervisedLoRA, self.supervisedFull, self.preferenceLoRA, self.preferenceFull) = (supervisedLoRA, supervisedFull, preferenceLoRA, preferenceFull)
    }

    /// One limit for every method: OpenAI's per-example limit (it offers no LoRA/full choice).
    public static func uniform(_ tokens: Int?) -> TrainingContext {
        TrainingContext(supervisedLoRA: tokens, supervisedFull: tokens, preferenceLoRA: tokens, preferenceFull: tokens)
    }

    /// The limit for `method`, LoRA unless `lora` is false. Reinforcement and legacy completion
    /// jobs count against the supervised limit.
    public func tokens(for method: FineTuningMethod, lora: Bool = true) -> Int? {
        switch (method, lora) {
        case (.dpo, true): preferenceLoRA
        case (.dpo, false): preferenceFull
        case (_, true): supervisedLoRA
        case (_, false): supervisedFull
        }
    }

    /// Each stated value of `other` over this one.
    func overlaid(with other: TrainingContext) -> TrainingContext {
        TrainingContext(supervisedLoRA: other.supervisedLoRA ?? supervisedLoRA, supervisedFull: other.supervisedFull ?? supervisedFull,
                        preferenceLoRA: other.preferenceLoRA ?? preferenceLoRA, preferenceFull: other.preferenceFull ?? preferenceFull)
    }
}

/// USD per million training tokens, with when and where it was read.
public struct TrainingPrice: Sendable, Hashable, Codable {
    public var usdPerMillion: Double
    /// `YYYY-MM` or `YYYY-MM-DD`.
    public var asOf: String
    public var source: String

    public init(usdPerMillion: Double, asOf: String, source: String) {
        (self.usdPerMillion, self.asOf, self.source) = (usdPerMillion, asOf, source)
    }
}
