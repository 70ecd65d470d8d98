import Foundation

/// Any exact tokenizer tunesmith has: a tiktoken encoding, a tiktoken-format vocabulary with its
/// pattern (Llama 3 and 4, Qwen, Mistral's tekken), a Hugging Face `tokenizer.json`, or a
/// SentencePiece model. Ids are identical to the family's reference library (no BOS/EOS added).
///
/// Cheap to copy and safe to share across tasks; the tables behind it are immutable.
public struct Tokenizer: Sendable {
    /// What it is, for people: "o200k_base", "Qwen/Qwen3-8B", or a file's name.
    public let name: String
    /// The family, when tunesmith recognised the file: "llama3", "qwen2", "o200k_harmony" (gpt-oss),
    /// "mistral-tekken", "mistral-sp-v1", "mistral-sp-v3", ...
    public let family: String?
    /// The file it came from (empty for a built-in encoding loaded by name).
    public let source: String
    let engine: Engine
    /// Set by `remembering()`: stretches already encoded are not encoded again.
    var memo: StretchMemo?

    enum Engine: Sendable {
        case tiktoken(TiktokenVocabulary)
        case huggingFace(HFTokenizer)
        case huggingFacePipeline(HFPipelineTokenizer)
        case sentencePiece(SentencePieceModel)
    }

    init(name: String, family: String?, source: String, engine: Engine) {
        self.name = name
        self.family = family
        self.source = source
        self.engine = engine
    }

    /// A built-in OpenAI encoding as a tokenizer.
    public init(_ encoding: Encoding) {
        self.init(name: encoding.name.rawValue, family: encoding.name.rawValue, source: "",
                  engine: .tiktoken(encoding.vocabulary))
    }

    /// The ids of `text`. With `special`, text that spells a special token becomes that token (as a
    /// trainer that tokenizes a rendered chat template does); without it, it is ordinary text.
    public func encode(_ text: String, special: Bool = false) -> [Token] {
        var sink = TokenArraySink()
        sink.tokens.reserveCapacity(text.utf8.count / 3 + 1)
        encode(text, special: special, into: &sink)
        return sink.tokens
    }

    /// How many ids `encode` would return, without building the array.
    public func count(_ text: String, special: Bool = false) -> Int {
        var sink = TokenCountSink()
        encode(text, special: special, into: &sink)
        return sink.count
    }

    func encode<Sink: TokenSink>(_ text: String, special: Bool, into sink: inout Sink) {
        switch engine {
        case .tiktoken(let vocabulary): vocabulary.encode(text, special: special, memo: memo, into: &sink)
        case .huggingFace(let tokenizer): tokenizer.encode(text, special: special, memo: memo, into: &sink)
        case .huggingFacePipeline(let tokenizer):
            // Whole texts only: Metaspace's "first" makes a stretch's ids depend on where it starts.
            guard let memo else { return tokenizer.encode(text, special: special, into: &sink) }
            memo.ids(of: text, into: &sink) { text, fresh in tokenizer.encode(text, special: special, into: &fresh) }
        case .sentencePiece(let model):
            guard let memo else { return model.encode(text).forEach { sink.append($0) } }
            memo.ids(of: text, into: &sink) { text, fresh in model.encode(text).forEach { fresh.append($0) } }
        }
    }

    /// This tokenizer with a memory of the text it encoded: for re-encoding a text that changes in
    /// one place at a time (the shell's draft on every keystroke). Ids are the same.
    public func remembering() -> Tokenizer {
        var copy = self
        copy.memo = StretchMemo()
        return copy
    }

    /// The text of these ids, as the family's reference library decodes them.
    public func decode(_ tokens: [Token]) throws -> String {
        switch engine {
        case .tiktoken(let vocabulary): try vocabulary.decode(tokens)
        case .huggingFace(let tokenizer): try tokenizer.decode(tokens)
        case .huggingFacePipeline(let tokenizer): try tokenizer.decode(tokens)
        case .sentencePiece(let model): try model.decode(tokens)
        }
    }

    /// Whether `encode(_:special: true)` can turn text into special tokens. A SentencePiece model
    /// cannot: its references (sentencepiece, mistral-common) never read control pieces such as
    /// `[INST]` from text; the chat format places them.
    public var readsSpecialTokensFromText: Bool {
        if case .sentencePiece = engine { return false }
        return true
    }

    /// Special tokens by their text.
    public var specialTokens: [String: Token] {
        switch engine {
        case .tiktoken(let vocabulary): vocabulary.specialTokens
        case .huggingFace(let tokenizer): tokenizer.specialTokens
        case .huggingFacePipeline(let tokenizer): tokenizer.specialTokens
        case .sentencePiece(let model): model.controlPieces
        }
    }

    /// The sha256 of the file the tables were built from (hex), when they were built from one.
    var sourceSHA256: String? {
        let table: RankTable? = switch engine {
        case .tiktoken(let vocabulary): vocabulary.bpe.ranks
        case .huggingFace(let tokenizer): tokenizer.model.vocabulary
        case .huggingFacePipeline(let tokenizer): tokenizer.model.vocabulary
        case .sentencePiece(let model): model.vocabularyTable
        }
        guard let digest = table?.sourceSHA256, digest.contains(where: { $0 != 0 }) else { return nil }
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// Every id is below this.
    public var vocabularySize: Int {
        switch engine {
        case .tiktoken(let vocabulary): vocabulary.vocabularySize
        case .huggingFace(let tokenizer): tokenizer.vocabularySize
        case .huggingFacePipeline(let tokenizer): tokenizer.vocabularySize
        case .sentencePiece(let model): model.vocabularySize
        }
    }
}
