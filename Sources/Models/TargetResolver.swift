import Tokenizers

/// Turns a model name into a `ResolvedTarget`: the catalog says how the model counts, and the
/// encoding or the tokenizer and chat template are found (or fetched) for it.
public struct TargetResolver: Sendable {
    public let catalog: ModelCatalog
    public let encodings: EncodingLoader
    public let tokenizers: TokenizerLocator
    /// For the shell: tokenizers that remember what they encoded, so a keystroke re-encodes one message.
    public var remembering = false

    public init(catalog: ModelCatalog, encodings: EncodingLoader, tokenizers: TokenizerLocator, remembering: Bool = false) {
        self.catalog = catalog
        self.encodings = encodings
        self.tokenizers = tokenizers
        self.remembering = remembering
    }

    /// `name`: any catalog model (a provider's id, an OpenAI family or `ft:` name, a Fireworks short
    /// id) or any Hugging Face repo. `provider` prefers that provider's entry.
    public func resolve(_ name: String, provider: ModelProvider? = nil) async throws -> ResolvedTarget {
        let entry = catalog.model(named: name, provider: provider) ?? catalog.model(named: name)
        switch entry?.counting {
        case .openAI(let encoding)?:
            return ResolvedTarget(name: name, model: entry, counting: .openAI(try await encodings.load(encoding)))
        case .template(.gptOSS)?:
            // o200k_harmony is built in and harmony is tunesmith's own renderer: nothing to fetch.
            var tokenizer = Tokenizer(try await encodings.load(.o200kHarmony))
            if remembering { tokenizer = tokenizer.remembering() }
            let format = try ChatFormat.load(for: tokenizer, name: name) {
                throw ModelsError(.notCountable, "gpt-oss renders in harmony, which is built in; this is a bug in tunesmith")
            }
            return ResolvedTarget(name: name, model: entry, counting: .chatFormat(format))
        case .template?, nil:
            guard let repo = entry?.huggingFaceRepo ?? (name.contains("/") ? name : nil) else {
                throw ModelsError(.unknownModel, "unknown model \"\(name)\"; pass a model a provider fine-tunes (`tunesmith models catalog` lists them) or a Hugging Face repo such as Qwen/Qwen3-8B")
            }
            return ResolvedTarget(name: name, model: entry, counting: .chatFormat(try await chatFormat(repo: repo)))
        case .notSupportedYet(let family)?:
            let repo = entry?.huggingFaceRepo ?? name
            // The model's own files may still work (a tokenizer.json and a template tunesmith reads).
            do {
                return ResolvedTarget(name: name, model: entry, counting: .chatFormat(try await chatFormat(repo: repo)))
            } catch {
                throw ModelsError(.notCountable, "tunesmith cannot count \(name) exactly yet (\(family ?? "its tokenizer family") is not supported: \(error)); pick another model (`tunesmith models catalog`), or pass --encoding E --max-tokens N for an estimate")
            }
        }
    }

    private func chatFormat(repo: String) async throws -> ChatFormat {
        var tokenizer = try await tokenizers.load(repo)
        if remembering { tokenizer = tokenizer.remembering() }
        return try ChatFormat.load(repo: repo, tokenizer: tokenizer, locator: tokenizers)
    }
}
