/// A `tokenizer.json` whose pieces go beyond the byte-level fast path (`HFTokenizer`): any
/// normalizer, pre-tokenizer steps and decoder tunesmith reproduces, over a byte-level or a
/// character-level BPE. Encoding follows `tokenizers`' `encode(text, add_special_tokens=False)`:
/// added tokens that are not `normalized` are cut out of the raw text, each stretch between them is
/// normalised, `normalized` added tokens are cut out of that, then every stretch is pre-tokenised
/// and each piece merged.
struct HFPipelineTokenizer: Sendable {
    enum Model: Sendable {
        case bytes(HFBytePairModel)
        case characters(HFCharBytePairModel)

        var vocabulary: RankTable {
            switch self {
            case .bytes(let model): model.vocabulary
            case .characters(let model): model.vocabulary
            }
        }

        var merges: MergeTable {
            switch self {
            case .bytes(let model): model.merges
            case .characters(let model): model.merges
            }
        }
    }

    let normalizer: HFNormalizer?
    let steps: [HFPreTokenizerStep]
    let model: Model
    let decoder: HFDecoder?
    let addedTokens: [HFAddedVocabulary.Entry]
    /// What the compiled cache stores beside the vocabulary and merges.
    let compiledFile: CompiledFile
    private let rawAdded: HFAddedVocabulary
    private let normalizedAdded: HFAddedVocabulary
    private let addedByID: [Token: HFAddedVocabulary.Entry]
    private let addedText: [Token: String]

    /// The tokenizer.json without `model.vocab` and `model.merges` (JSON), and how many entries `model.vocab` had.
    struct CompiledFile: Sendable {
        let configuration: [UInt8]
        let vocabularyCount: Int
    }

    init(normalizer: HFNormalizer?, steps: [HFPreTokenizerStep], model: Model, decoder: HFDecoder?, addedTokens: [HFAddedVocabulary.Entry],
         compiledFile: CompiledFile) {
        self.compiledFile = compiledFile
        self.normalizer = normalizer
        self.steps = steps
        self.model = model
        self.decoder = decoder
        self.addedTokens = addedTokens
        rawAdded = HFAddedVocabulary(addedTokens.filter { !$0.normalized }.map { ($0.content, $0) })
        // A normalized token is looked for as the normalizer writes it.
        normalizedAdded = HFAddedVocabulary(addedTokens.filter(\.normalized).map { (normalizer?.normalize($0.content) ?? $0.content, $0) })
        addedByID = Dictionary(addedTokens.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // tokenizers' id_to_token gives a normalized token as the normalizer writes it.
        addedText = Dictionary(addedTokens.map { ($0.id, $0.normalized ? normalizer?.normalize($0.content) ?? $0.content : $0.content) },
                               uniquingKeysWith: { first, _ in first })
    }

    var specialTokens: [String: Token] {
        Dictionary(addedTokens.filter(\.special).map { ($0.content, $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    var vocabularySize: Int { max(model.vocabulary.tokenCount, (addedTokens.map { Int($0.id) + 1 }.max()) ?? 0) }

    var normalizesToNFC: Bool {
        if case .nfc = normalizer { return true }
        return false
    }

    func encode<Sink: TokenSink>(_ text: String, special: Bool, into sink: inout Sink) {
        let raw = Array(text.utf8)
        for outer in rawAdded.splits(of: raw, special: special) {
            if let id = outer.id {
                sink.append(id)
                continue
            }
            guard outer.end > outer.start else { continue }
            var stretch = String(decoding: raw[outer.start..<outer.end], as: UTF8.self)
            if let normalizer { stretch = normalizer.normalize(stretch) }
            let normalized = Array(stretch.utf8)
            for inner in normalizedAdded.splits(of: normalized, special: special) {
                if let id = inner.id {
                    sink.append(id)
                } else if inner.end > inner.start {
                    encodeStretch(normalized[inner.start..<inner.end], atOrigin: outer.start == 0 && inner.start == 0, into: &sink)
                }
            }
        }
    }

    private func encodeStretch<Sink: TokenSink>(_ text: ArraySlice<UInt8>, atOrigin: Bool, into sink: inout Sink) {
        var pieces = HFPieces(text, atOrigin: atOrigin)
        for step in steps { step.apply(to: &pieces) }
        pieces.bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            for piece in pieces.pieces {
                switch model {
                case .bytes(let model): model.encode(base + piece.start, piece.end - piece.start, into: &sink)
                case .characters(let model): model.encode(base + piece.start, piece.end - piece.start, into: &sink)
                }
            }
        }
    }

    /// The text of a token as `tokenizers`' `id_to_token` gives it (added tokens first).
    func tokenText(_ token: Token) -> String? {
        if let added = addedText[token] { return added }
        guard let bytes = model.vocabulary.bytes(of: Int(token)) else { return nil }
        switch model {
        case .bytes:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(ByteLevelAlphabet.characterOfByte[Int(byte)]) }
            return String(scalars)
        case .characters:
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The bytes of text a token spells, for attributing tokens to the text they came from: its
    /// decoded text alone (Metaspace's replacement counts as the space it stands for).
    func byteCount(of token: Token) -> Int {
        guard let text = tokenText(token) else { return 0 }
        if addedByID[token] != nil { return text.utf8.count }
        switch model {
        case .bytes: return model.vocabulary.bytes(of: Int(token))?.count ?? 0
        case .characters:
            if HFDecoder.byteOfFallbackToken(text) != nil { return 1 }
            return text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{2581}" ? 1 : UTF8.width($1)) }
        }
    }

    func decode(_ tokens: [Token]) throws -> String {
        var texts: [String] = []
        texts.reserveCapacity(tokens.count)
        for token in tokens {
            guard let text = tokenText(token) else {
                throw TokenizersError(.unknownToken, "token \(token) is not in this tokenizer; ids run from 0 to \(vocabularySize - 1)")
            }
            texts.append(text)
        }
        guard let decoder else { return texts.joined(separator: " ") }
        return decoder.decodeChain(texts).joined()
    }
}
