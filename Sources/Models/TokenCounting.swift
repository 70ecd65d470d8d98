import Tokenizers

/// How tunesmith counts a training example for a model: what the provider's trainer sees.
public enum TokenCounting: Sendable, Hashable, CustomStringConvertible {
    /// OpenAI's rule (3 tokens per message, 1 per name, 3 for reply priming) over this encoding.
    case openAI(EncodingName)
    /// The model's own chat template rendered and tokenized with its tokenizer (the entry's
    /// Hugging Face repo), as the family's reference library does.
    case template(TemplateFamily)
    /// A family whose tokenizer or template tunesmith does not have: callers say so rather than
    /// approximating. `family` is nil for a model only a provider's refreshed list knows.
    case notSupportedYet(family: String?)

    /// Whether tunesmith counts this model exactly.
    public var isExact: Bool {
        if case .notSupportedYet = self { return false }
        return true
    }

    public var description: String {
        switch self {
        case .openAI(let encoding): "\(encoding) (OpenAI's rule)"
        case .template(let family): family.description
        case .notSupportedYet(let family): "not supported exactly yet" + (family.map { " (\($0))" } ?? " (unknown family)")
        }
    }
}

/// The open-weight families tunesmith has the tokenizer and chat template of (`../shared/tokenizers`).
public enum TemplateFamily: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Llama 3.1 and 3.3 Instruct: the llama3 vocabulary, the template with a fixed date.
    case llama3
    /// Llama 3.2 Instruct: the llama3 vocabulary; its template writes today's date.
    case llama3_2 = "llama3.2"
    case llama4
    /// Qwen3: the qwen2 vocabulary with Qwen3's added tokens and thinking template.
    case qwen3
    /// Qwen2.5: the qwen2 vocabulary, 22 added tokens, a default system prompt.
    case qwen2_5 = "qwen2.5"
    /// gpt-oss: o200k_harmony, rendered in the harmony format.
    case gptOSS = "gpt-oss"
    /// Mistral 7B v0.1/v0.2 and Mixtral 8x7B: SentencePiece v1, as mistral-common encodes them.
    case mistralV1 = "mistral-sp-v1"
    /// Mistral NeMo and later: tekken.
    case mistralTekken = "mistral-tekken"

    /// The folder of `../shared/tokenizers` (and the tokenizer family name) that serves it.
    public var tokenizerFamily: String {
        switch self {
        case .llama3, .llama3_2: "llama3"
        case .llama4: "llama4"
        case .qwen3, .qwen2_5: "qwen2"
        case .gptOSS: "gpt-oss"
        case .mistralV1: "mistral-sp"
        case .mistralTekken: "mistral-tekken"
        }
    }

    public var description: String {
        switch self {
        case .llama3: "llama3 (Llama 3.1/3.3 template)"
        case .llama3_2: "llama3 (Llama 3.2 template)"
        case .llama4: "llama4"
        case .qwen3: "qwen2 (Qwen3 template)"
        case .qwen2_5: "qwen2 (Qwen2.5 template)"
        case .gptOSS: "gpt-oss (harmony)"
        case .mistralV1: "mistral-sp v1"
        case .mistralTekken: "mistral-tekken"
        }
    }
}
