/// A tiktoken-format vocabulary with its own pattern and special tokens: OpenAI's encodings,
/// Llama 3 and 4's `tokenizer.model`, Qwen's `qwen.tiktoken`, Mistral's `tekken.json`.
struct TiktokenVocabulary: Sendable {
    let bpe: TiktokenBPE
    let specialTokens: [String: Token]
    /// Qwen's tiktoken tokenizer normalises to NFC before splitting.
    let normalizesToNFC: Bool
    private let specials: SpecialTokenScanner
    private let textOfSpecial: [Token: String]

    init(bpe: TiktokenBPE, specialTokens: [String: Token], normalizesToNFC: Bool = false) {
        self.bpe = bpe
        self.specialTokens = specialTokens
        self.normalizesToNFC = normalizesToNFC
        self.specials = SpecialTokenScanner(specialTokens)
        // Two texts may share an id (o200k_harmony's 200018); decoding takes the shorter, tiktoken's first.
        var texts: [Token: String] = [:]
        for (text, token) in specialTokens where texts[token].map({ text.utf8.count < $0.utf8.count }) ?? true { texts[token] = text }
        self.textOfSpecial = texts
    }

    var vocabularySize: Int {
        max(Int(bpe.idOffset) + bpe.ordinaryTokenCount, (specialTokens.values.max().map { Int($0) + 1 }) ?? 0)
    }

    func encode<Sink: TokenSink>(_ text: String, special: Bool, memo: StretchMemo? = nil, into sink: inout Sink) {
        let text = normalizesToNFC ? HFNormalization.nfc(text) : text
        PaddedUTF8.with(text) { whole in
            guard special, !specials.isEmpty else {
                guard let memo else { return bpe.encode(whole, into: &sink) }
                return memo.ids(of: text, into: &sink) { text, fresh in PaddedUTF8.with(text) { bpe.encode($0, into: &fresh) } }
            }
            specials.scan(whole) { start, end in
                if let memo {
                    let stretch = String(decoding: UnsafeBufferPointer(start: whole.bytes + start, count: end - start), as: UTF8.self)
                    memo.ids(of: stretch, into: &sink) { stretch, fresh in PaddedUTF8.with(stretch) { bpe.encode($0, into: &fresh) } }
                } else {
                    bpe.encode(UTF8Text(bytes: whole.bytes + start, count: end - start), into: &sink)
                }
            } special: { token, _, _ in
                sink.append(token)
            }
        }
    }

    func decode(_ tokens: [Token]) throws -> String {
        String(decoding: try decodeBytes(tokens), as: UTF8.self)
    }

    /// The bytes of these tokens, special ones included.
    func decodeBytes(_ tokens: [Token]) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 4)
        for token in tokens {
            if let piece = bpe.bytes(of: token) {
                bytes.append(contentsOf: piece)
            } else if let special = textOfSpecial[token] {
                bytes.append(contentsOf: special.utf8)
            } else {
                throw TokenizersError(.unknownToken, "token \(token) is not in this vocabulary; ids run from 0 to \(vocabularySize - 1)")
            }
        }
        return bytes
    }
}
