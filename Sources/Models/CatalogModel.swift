import Foundation

/// One model one provider fine-tunes: what tunesmith needs to count for it, price it, and warn
/// before the provider stops training or serving it.
public struct CatalogModel: Sendable, Hashable {
    public var provider: ModelProvider
    /// The provider's own id: `gpt-4.1-mini-2025-04-14`, `Qwen/Qwen3-8B`, `accounts/fireworks/models/qwen3-8b`.
    public var id: String
    /// OpenAI: the family name that prefixes its snapshots (`gpt-4.1-mini`); the name shown.
    public var family: String?
    /// The Hugging Face repo of its tokenizer and chat template (open models).
    public var huggingFaceRepo: String?
    public var counting: TokenCounting
    public var context: TrainingContext
    /// nil when the provider publishes no per-token rate (it prices each job instead).
    public var trainingPrice: TrainingPrice?
    public var methods: [FineTuningMethod]
    /// From this day on the provider creates no new jobs for it.
    public var trainingEnds: CalendarDay?
    /// From this day on the provider no longer serves it (nor, for OpenAI, its fine-tunes).
    public var servingEnds: CalendarDay?
    /// Where the shipped figures come from.
    public var source: String
    /// The context the provider serves it with (its model list), which is not the training limit.
    public var servingContextLength: Int?
    /// The largest LoRA rank, when the provider reported it.
    public var maxLoRARank: Int?
    /// False when the provider's refreshed list of fine-tunable models no longer has it.
    public var isOffered: Bool = true
    /// When the provider's own API last confirmed these figures; nil for the shipped defaults.
    public var refreshedAt: Date?

    public init(provider: ModelProvider, id: String, family: String? = nil, huggingFaceRepo: String? = nil, counting: TokenCounting,
                context: TrainingContext, trainingPrice: TrainingPrice? = nil, methods: [FineTuningMethod],
                trainingEnds: CalendarDay? = nil, servingEnds: CalendarDay? = nil, source: String) {
        self.provider = provider
        self.id = id
        self.family = family
        self.huggingFaceRepo = huggingFaceRepo
        self.counting = counting
        self.context = context
        self.trainingPrice = trainingPrice
        self.methods = methods
        self.trainingEnds = trainingEnds
        self.servingEnds = servingEnds
        self.source = source
    }

    /// The name a person types: the OpenAI family, else the provider's id.
    public var name: String { family ?? id }

    /// Whether the provider takes new jobs for it on `day`.
    public func isTrainable(on day: CalendarDay) -> Bool {
        isOffered && !methods.isEmpty && (trainingEnds.map { day < $0 } ?? true)
    }
}
