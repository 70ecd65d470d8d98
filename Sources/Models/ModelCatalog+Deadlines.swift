/// The default target, and the warning before a provider stops training or serving a model.
extension ModelCatalog {
    /// A deadline this many days away or nearer is worth a warning.
    public static let deadlineWarningDays = 30

    /// The model a target defaults to: one the author can train today with a provider they have a
    /// key for, preferring one whose provider announces no deadline within `deadlineWarningDays`
    /// (providers in the order OpenAI, Together, Fireworks). With no key that trains anything, the
    /// same choice among every provider, so offline counting still targets a trainable model.
    /// From the day OpenAI stops training (2027-01-06) it is never an OpenAI model.
    public func defaultTarget(providersWithKeys: Set<ModelProvider>, today: CalendarDay) -> CatalogModel {
        defaultTarget(providersWithKeys: providersWithKeys, today: today, excluding: nil)
            ?? entries.first { $0.isTrainable(on: today) } ?? entries[0]
    }

    func defaultTarget(providersWithKeys: Set<ModelProvider>, today: CalendarDay, excluding: ModelProvider?) -> CatalogModel? {
        let order = ModelProvider.allCases.filter { $0 != excluding }
        for group in [order.filter(providersWithKeys.contains), order.filter { !providersWithKeys.contains($0) }] {
            for avoidingDeadlines in [true, false] {
                for provider in group {
                    guard let model = trainableChoice(of: provider, today: today) else { continue }
                    if avoidingDeadlines && !deadlines(of: model, today: today).isEmpty { continue }
                    return model
                }
            }
        }
        return nil
    }

    /// The provider's default model if it trains it today, else its first exactly counted one.
    public func trainableChoice(of provider: ModelProvider, today: CalendarDay) -> CatalogModel? {
        let usable = { (model: CatalogModel) in model.isTrainable(on: today) && model.methods.contains(.supervised) }
        if let model = defaultModel(for: provider), usable(model) { return model }
        return models(provider: provider).first { usable($0) && $0.counting.isExact }
    }

    /// One sentence when `model`'s provider stops training or serving it within
    /// `deadlineWarningDays` of `today` (or already has): the dates, and a model to pick instead
    /// from another provider, preferring one the author has a key for. nil when nothing is near.
    public func deadlineWarning(for model: CatalogModel, today: CalendarDay, providersWithKeys: Set<ModelProvider> = []) -> String? {
        let near = deadlines(of: model, today: today)
        guard !near.isEmpty else { return nil }
        var previousVerb = ""
        let phrases = near.enumerated().map { index, deadline in
            let days = today.days(until: deadline.day)
            let object = index == 0 ? model.name : "it"
            let what = deadline.training ? "training \(object)" : "serving \(object)" + (model.provider == .openAI ? " and its fine-tunes" : "")
            let verb = days < 0 ? "stopped" : "stops"
            let when = days > 0 ? "on \(deadline.day) (\(days) day\(days == 1 ? "" : "s"))"
                : days == 0 ? "today (\(deadline.day))" : "on \(deadline.day) (\(-days) day\(days == -1 ? "" : "s") ago)"
            defer { previousVerb = verb }
            return (verb == previousVerb ? "" : verb + " ") + "\(what) \(when)"
        }
        var sentence = "\(model.provider.displayName) " + phrases.joined(separator: " and ")
        if let instead = defaultTarget(providersWithKeys: providersWithKeys, today: today, excluding: model.provider) {
            sentence += "; \(instead.provider.displayName) trains \(instead.name): pass --provider \(instead.provider.rawValue) --model \(instead.id)"
        }
        return sentence
    }

    /// The training and serving end dates of `model` within the warning window, training first.
    func deadlines(of model: CatalogModel, today: CalendarDay) -> [(training: Bool, day: CalendarDay)] {
        [(true, model.trainingEnds), (false, model.servingEnds)].compactMap { training, day in
            guard let day, today.days(until: day) <= Self.deadlineWarningDays else { return nil }
            return (training, day)
        }
    }
}
