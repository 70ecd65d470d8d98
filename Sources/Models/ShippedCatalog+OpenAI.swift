/// OpenAI's fine-tunable models, built from the counting table (`ModelCatalog.models`) plus the
/// wind-down dates.
extension ModelCatalog {
    static let openAISource = "notes/openai-api.md §8 (limits; gpt-4.1 family from Azure's docs [S11]), §10 (OpenAI's pricing page [S10], 2026-08), wind-down: OpenAI's deprecations page [S9] and its 2026-10-14 mirror [S9c]"

    /// No new fine-tuning jobs for anyone after this day [S9].
    static let openAITrainingEnds = CalendarDay("2027-01-06")!

    /// Snapshots OpenAI shuts down, with their fine-tunes [S9c].
    static let openAIShutdowns: [String: CalendarDay] = [
        "gpt-4o-2024-08-06": CalendarDay("2027-01-14")!, "gpt-4o-mini-2024-07-18": CalendarDay("2027-01-14")!,
        "gpt-4.1-2025-04-14": CalendarDay("2027-01-14")!, "gpt-4.1-mini-2025-04-14": CalendarDay("2027-01-14")!,
    ]

    static var openAIModels: [CatalogModel] {
        models.filter(\.isFineTunable).map { info in
            let id = info.snapshot ?? info.family
            return CatalogModel(
                provider: .openAI, id: id, family: info.family, counting: .openAI(info.encoding),
                context: .uniform(info.maxTokensPerExample),
                trainingPrice: info.trainingPricePerMillion.map { TrainingPrice(usdPerMillion: $0, asOf: "2026-08", source: "OpenAI's pricing page [S10]") },
                methods: info.methods, trainingEnds: openAITrainingEnds, servingEnds: openAIShutdowns[id], source: openAISource)
        }
    }
}
