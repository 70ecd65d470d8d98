/// Finding a provider's model by the names people type.
extension ModelCatalog {
    /// The model each provider trains when the author names none: small, cheap, counted exactly.
    public static let defaultModelIDs: [ModelProvider: String] = [
        .openAI: "gpt-4.1-mini-2025-04-14", .together: "Qwen/Qwen3-8B", .fireworks: "accounts/fireworks/models/qwen3-8b",
    ]

    static let fireworksModelPrefix = "accounts/fireworks/models/"

    public func models(provider: ModelProvider) -> [CatalogModel] {
        entries.filter { $0.provider == provider }
    }

    /// Every entry `name` can mean, best match first: a provider's id (case-insensitive), a
    /// Hugging Face repo (`Qwen/Qwen3-8B` is both Together's id and Fireworks' `qwen3-8b`), a
    /// Fireworks short id (`qwen3-8b`), or an OpenAI family, snapshot or `ft:` name.
    public func models(matching name: String, provider: ModelProvider? = nil) -> [CatalogModel] {
        let base = Self.baseModel(of: name).lowercased()
        let candidates = provider.map { models(provider: $0) } ?? entries
        var found = candidates.filter { $0.id.lowercased() == base || $0.id.lowercased() == Self.fireworksModelPrefix + base }
        found += candidates.filter { $0.huggingFaceRepo?.lowercased() == base && !found.contains($0) }
        if found.isEmpty, let family = Self.info(for: name)?.family {
            found = candidates.filter { $0.provider == .openAI && $0.family == family }
        }
        return found
    }

    /// The entry `name` means, preferring `provider`'s; nil when no provider trains such a model.
    public func model(named name: String, provider: ModelProvider? = nil) -> CatalogModel? {
        models(matching: name, provider: provider).first
    }

    /// Like `model(named:provider:)`, but throws the error a person sees for an unknown name.
    public func requireModel(named name: String, provider: ModelProvider? = nil) throws -> CatalogModel {
        if let model = model(named: name, provider: provider) { return model }
        let examples = (provider.map { [$0] } ?? ModelProvider.allCases).compactMap { Self.defaultModelIDs[$0] }
        let whose = provider.map { "\($0.displayName) fine-tunes" } ?? "any provider fine-tunes"
        throw ModelsError(.unknownModel, "no model \"\(name)\" that \(whose); pass one such as \(examples.joined(separator: " or ")) (`tunesmith models catalog` lists them)")
    }

    /// The provider's default model (`defaultModelIDs`).
    public func defaultModel(for provider: ModelProvider) -> CatalogModel? {
        Self.defaultModelIDs[provider].flatMap { id in entries.first { $0.provider == provider && $0.id == id } }
    }

    /// The names worth offering on Tab for `provider` (every provider's when nil): the names the
    /// provider takes (ids, OpenAI families, Fireworks short ids), each once. Hugging Face repos
    /// that are not a provider's id find a model but are not offered: the provider would refuse them.
    public func completionNames(for provider: ModelProvider? = nil) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        for model in provider.map({ models(provider: $0) }) ?? entries {
            var forms = [model.family, model.id].compactMap { $0 }
            if model.id.hasPrefix(Self.fireworksModelPrefix) { forms.append(String(model.id.dropFirst(Self.fireworksModelPrefix.count))) }
            for form in forms where seen.insert(form).inserted { names.append(form) }
        }
        return names
    }
}
