import Tokenizers

/// Where a model's tokens come from, whatever name it is given.
public enum TokenizerSource: Sendable, Equatable {
    /// A built-in tiktoken encoding: OpenAI's models, and gpt-oss's o200k_harmony (its reference,
    /// openai-harmony, encodes with it), so neither needs a download.
    case encoding(EncodingName)
    /// The tokenizer files of a Hugging Face repo.
    case repo(String)
}

extension ModelCatalog {
    /// The tokenizer of `name`: an OpenAI model or a catalog model by any of its names (Together's
    /// `...-Reference` ids, Fireworks' `accounts/fireworks/models/...` and short ids) maps to its
    /// encoding or its Hugging Face repo; any other `ORG/NAME` is taken as a repo. Nil otherwise.
    public func tokenizerSource(named name: String) -> TokenizerSource? {
        if let info = Self.info(for: name) { return .encoding(info.encoding) }
        if let entry = model(named: name) {
            switch entry.counting {
            case .openAI(let encoding): return .encoding(encoding)
            case .template(.gptOSS): return .encoding(.o200kHarmony)
            case .template, .notSupportedYet:
                if let repo = entry.huggingFaceRepo { return .repo(repo) }
            }
        }
        return name.contains("/") && !name.hasPrefix(Self.fireworksModelPrefix) ? .repo(name) : nil
    }
}

extension ModelCatalog {
    /// Every model name worth offering where any model counts: OpenAI's families and snapshots,
    /// then every name a provider trains a shipped model under.
    public static var countableNames: [String] {
        var seen = Set<String>()
        return (knownNames + shipped.completionNames()).filter { seen.insert($0).inserted }
    }
}
