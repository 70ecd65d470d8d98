import Foundation
import Tokenizers

/// The models tunesmith counts for and the providers fine-tune.
///
/// Statically, `models` is how an OpenAI model name counts: name -> encoding, limit, price and
/// methods, from notes/openai-api.md §8 and §10 (OpenAI's pricing page and fine-tuning guide as of
/// 2026-08; the gpt-4.1 family's limits are Azure's published figures, which OpenAI's own
/// documents do not state). A value holds every provider's fine-tunable models (`entries`): the
/// shipped defaults (`shipped`), or those with a provider's refreshed report merged over them.
public struct ModelCatalog: Sendable {
    /// When the OpenAI counting table was read.
    public static let asOf = "2026-08"
    /// When the shipped per-provider entries were read from their sources.
    public static let shippedAsOf = "2026-11"

    /// Every provider's fine-tunable models, OpenAI's first, then Together's and Fireworks'.
    public var entries: [CatalogModel]
    /// When each provider's report was fetched, for the providers whose report is merged in.
    public var refreshedAt: [ModelProvider: Date]

    public init(entries: [CatalogModel], refreshedAt: [ModelProvider: Date] = [:]) {
        self.entries = entries
        self.refreshedAt = refreshedAt
    }

    /// The catalog as shipped, with the dates and sources each entry names.
    public static let shipped = ModelCatalog(entries: openAIModels + togetherModels + fireworksModels)

    public static let models: [ModelInfo] = [
        .init(family: "gpt-4.1", snapshot: "gpt-4.1-2025-04-14", encoding: .o200kBase,
              maxTokensPerExample: 65_536, trainingPricePerMillion: 25, methods: [.supervised, .dpo]),
        .init(family: "gpt-4.1-mini", snapshot: "gpt-4.1-mini-2025-04-14", encoding: .o200kBase,
              maxTokensPerExample: 65_536, trainingPricePerMillion: 5, methods: [.supervised, .dpo]),
        .init(family: "gpt-4.1-nano", snapshot: "gpt-4.1-nano-2025-04-14", encoding: .o200kBase,
              maxTokensPerExample: 32_768, trainingPricePerMillion: 1.5, methods: [.supervised, .dpo]),
        // Reinforcement fine-tuning is billed per hour of training ($100/h), not per token.
        .init(family: "o4-mini", snapshot: "o4-mini-2025-04-16", encoding: .o200kBase,
              maxTokensPerExample: 65_536, trainingPricePerMillion: nil, methods: [.reinforcement]),
        .init(family: "gpt-4o", snapshot: "gpt-4o-2024-08-06", encoding: .o200kBase,
              maxTokensPerExample: 65_536, trainingPricePerMillion: 25, methods: [.supervised, .dpo]),
        .init(family: "gpt-4o-mini", snapshot: "gpt-4o-mini-2024-07-18", encoding: .o200kBase,
              maxTokensPerExample: 65_536, trainingPricePerMillion: 3, methods: [.supervised, .dpo]),
        .init(family: "gpt-3.5-turbo", snapshot: "gpt-3.5-turbo-0125", encoding: .cl100kBase,
              maxTokensPerExample: 16_385, trainingPricePerMillion: 8, methods: [.supervised]),
        .init(family: "gpt-3.5-turbo-1106", snapshot: "gpt-3.5-turbo-1106", encoding: .cl100kBase,
              maxTokensPerExample: 16_385, trainingPricePerMillion: 8, methods: [.supervised]),
        .init(family: "gpt-3.5-turbo-0613", snapshot: "gpt-3.5-turbo-0613", encoding: .cl100kBase,
              maxTokensPerExample: 4_096, trainingPricePerMillion: 8, methods: [.supervised]),
        // gpt-4-0613's per-example limit is not published; its context window is 8,192.
        .init(family: "gpt-4", snapshot: "gpt-4-0613", encoding: .cl100kBase,
              maxTokensPerExample: 8_192, trainingPricePerMillion: nil, methods: [.supervised]),
        // The legacy completion models: their limit is the 16,384-token context window.
        .init(family: "davinci-002", snapshot: "davinci-002", encoding: .cl100kBase,
              maxTokensPerExample: 16_384, trainingPricePerMillion: 6, methods: [.completion]),
        .init(family: "babbage-002", snapshot: "babbage-002", encoding: .cl100kBase,
              maxTokensPerExample: 16_384, trainingPricePerMillion: 0.4, methods: [.completion]),
        // Chat and embedding models that cannot be fine-tuned, for counting only.
        .init(family: "gpt-5", snapshot: nil, encoding: .o200kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "gpt-4.5", snapshot: nil, encoding: .o200kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "chatgpt-4o", snapshot: nil, encoding: .o200kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "o1", snapshot: nil, encoding: .o200kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "o3", snapshot: nil, encoding: .o200kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "gpt-4-turbo", snapshot: nil, encoding: .cl100kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "gpt-4-32k", snapshot: nil, encoding: .cl100kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "gpt-35-turbo", snapshot: nil, encoding: .cl100kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "text-embedding-3-small", snapshot: nil, encoding: .cl100kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "text-embedding-3-large", snapshot: nil, encoding: .cl100kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
        .init(family: "text-embedding-ada-002", snapshot: nil, encoding: .cl100kBase,
              maxTokensPerExample: nil, trainingPricePerMillion: nil, methods: []),
    ]

    /// The base model of a fine-tuned name: `ft:gpt-4.1-mini-2025-04-14:org:suffix:id` -> `gpt-4.1-mini-2025-04-14`.
    public static func baseModel(of name: String) -> String {
        guard name.hasPrefix("ft:") else { return name }
        let fields = name.split(separator: ":", omittingEmptySubsequences: false)
        return fields.count > 1 ? String(fields[1]) : name
    }

    /// The family a model name belongs to: the longest family that is the whole base name or its
    /// prefix followed by `-` (a snapshot date or variant). Case-insensitive.
    public static func info(for name: String) -> ModelInfo? {
        let base = baseModel(of: name).lowercased()
        var best: ModelInfo?
        for model in models where base == model.family || base.hasPrefix(model.family + "-") {
            if model.family.count > best?.family.count ?? -1 { best = model }
        }
        return best
    }

    /// Like `info(for:)`, but throws the error a person sees for an unknown name.
    public static func require(_ name: String) throws -> ModelInfo {
        if let info = info(for: name) { return info }
        throw ModelsError(
            .unknownModel,
            "unknown model \"\(name)\"; pass --encoding cl100k_base or --encoding o200k_base (and --max-tokens N where a limit is needed)")
    }

    /// Every model name worth completing: families and fine-tuning snapshots.
    public static var knownNames: [String] {
        models.flatMap { [$0.family] + ($0.snapshot.map { [$0] } ?? []) }.reduce(into: []) { names, name in
            if !names.contains(name) { names.append(name) }
        }
    }
}
