import Foundation

extension ModelCatalog {
    /// This catalog with `report` merged over its entries of that provider: what the provider
    /// stated replaces the shipped figure, the rest stays; a model its complete list no longer has
    /// is marked not offered; a fine-tunable model the shipped data lacks is added, counted as
    /// "not supported exactly yet" (its family is unknown).
    public func merging(_ report: ProviderReport) -> ModelCatalog {
        var reported: [String: ReportedModel] = [:]
        for model in report.models { reported[model.id.lowercased()] = model }
        var used = Set<String>()
        var merged = entries.map { entry -> CatalogModel in
            guard entry.provider == report.provider else { return entry }
            var entry = entry
            let keys = [entry.id, entry.family].compactMap { $0?.lowercased() }
            guard let key = keys.first(where: { reported[$0] != nil }), let model = reported[key] else {
                if report.listsFineTunableModels { entry.isOffered = false }
                return entry
            }
            used.insert(key)
            entry.refreshedAt = report.fetchedAt
            entry.servingContextLength = model.servingContextLength ?? entry.servingContextLength
            entry.maxLoRARank = model.maxLoRARank ?? entry.maxLoRARank
            if let context = model.trainingContext { entry.context = entry.context.overlaid(with: context) }
            if let price = model.trainingPricePerMillion {
                entry.trainingPrice = TrainingPrice(usdPerMillion: price, asOf: CalendarDay(report.fetchedAt).description,
                                                    source: "\(report.provider.displayName)'s API")
            }
            if let shutdown = model.shutdownDate { entry.servingEnds = shutdown }
            return entry
        }
        if report.listsFineTunableModels {
            for model in report.models where !used.contains(model.id.lowercased()) {
                var entry = CatalogModel(
                    provider: report.provider, id: model.id, huggingFaceRepo: model.id.hasSuffix("-Reference") ? nil : model.id,
                    counting: .notSupportedYet(family: nil), context: model.trainingContext ?? TrainingContext(),
                    methods: [.supervised], source: "\(report.provider.displayName)'s API only")
                entry.servingContextLength = model.servingContextLength
                entry.maxLoRARank = model.maxLoRARank
                entry.refreshedAt = report.fetchedAt
                merged.append(entry)
            }
        }
        var refreshed = refreshedAt
        refreshed[report.provider] = report.fetchedAt
        return ModelCatalog(entries: merged, refreshedAt: refreshed)
    }

    /// How old a provider's figures are: shipped, or refreshed some days before `today`.
    public enum Freshness: Sendable, Hashable {
        case shipped
        case refreshed(on: CalendarDay, daysAgo: Int)
        /// Refreshed longer ago than `ModelCatalog.staleAfterDays`.
        case stale(on: CalendarDay, daysAgo: Int)
    }

    /// A refreshed report older than this many days is stale.
    public static let staleAfterDays = 30

    public func freshness(of provider: ModelProvider, today: CalendarDay) -> Freshness {
        guard let fetched = refreshedAt[provider] else { return .shipped }
        let day = CalendarDay(fetched)
        let age = day.days(until: today)
        return age > Self.staleAfterDays ? .stale(on: day, daysAgo: age) : .refreshed(on: day, daysAgo: age)
    }
}
