import Foundation

/// What a provider's own API said about its models at one moment: fetched by the provider
/// modules (this module opens no sockets), cached as JSON, merged over the shipped entries.
public struct ProviderReport: Sendable, Hashable, Codable {
    public var provider: ModelProvider
    public var fetchedAt: Date
    /// True when `models` is the provider's complete list of fine-tunable models (Together's
    /// `fine-tunes/models/supported`), so an entry missing from it is no longer offered. False for
    /// a list of what the key can use (OpenAI's `/models`).
    public var listsFineTunableModels: Bool
    public var models: [ReportedModel]

    public init(provider: ModelProvider, fetchedAt: Date, listsFineTunableModels: Bool, models: [ReportedModel]) {
        (self.provider, self.fetchedAt, self.listsFineTunableModels, self.models) = (provider, fetchedAt, listsFineTunableModels, models)
    }
}

/// One model in a provider's report; nil for what the provider did not say.
public struct ReportedModel: Sendable, Hashable, Codable {
    public var id: String
    /// The context the provider serves it with (Together's `/models` `context_length`).
    public var servingContextLength: Int?
    /// Training limits, where a provider states them.
    public var trainingContext: TrainingContext?
    /// Together's `fine-tunes/models/limits`: `lora_training.max_rank`, `max_num_epochs`.
    public var maxLoRARank: Int?
    public var maxEpochs: Int?
    /// USD per million training tokens, where a provider states it.
    public var trainingPricePerMillion: Double?
    /// OpenAI's `shutdown_date`.
    public var shutdownDate: CalendarDay?

    public init(id: String, servingContextLength: Int? = nil, trainingContext: TrainingContext? = nil, maxLoRARank: Int? = nil,
                maxEpochs: Int? = nil, trainingPricePerMillion: Double? = nil, shutdownDate: CalendarDay? = nil) {
        self.id = id
        self.servingContextLength = servingContextLength
        self.trainingContext = trainingContext
        self.maxLoRARank = maxLoRARank
        self.maxEpochs = maxEpochs
        self.trainingPricePerMillion = trainingPricePerMillion
        self.shutdownDate = shutdownDate
    }
}
