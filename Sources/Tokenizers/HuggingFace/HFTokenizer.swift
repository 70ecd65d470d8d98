/// A Hugging Face `tokenizer.json` of the kind the open-weight models ship: added tokens, an
/// optional NFC normalizer, a `Split` pre-tokenizer with a known pattern followed by `ByteLevel`,
/// a byte-level BPE model, and the `ByteLevel` decoder. Encoding follows `tokenizers`'
/// `encode(text, add_special_tokens=False)`: added tokens are cut out of the raw text first (special
/// ones only when asked, as with `encode_special_tokens`), then each stretch between them is
/// normalised, split, and merged.
struct HFTokenizer: Sendable {
    struct AddedToken: Sendable {
        let content: String
        let id: Token
        let special: Bool
    }

    let normalizesToNFC: Bool
    let pattern: SplitPattern
    let model: HFBytePairModel
    let addedTokens: [AddedToken]
    private let allAdded: SpecialTokenScanner
    private let ordinaryAdded: SpecialTokenScanner
    private let addedBytes: [Token: [UInt8]]
    private let addedTextByteCounts: [Token: Int]

    init(normalizesToNFC: Bool, pattern: SplitPattern, model: HFBytePairModel, addedTokens: [AddedToken]) {
        self.normalizesToNFC = normalizesToNFC
        self.pattern = pattern
        self.model = model
        self.addedTokens = addedTokens
        allAdded = SpecialTokenScanner(Dictionary(addedTokens.map { ($0.content, $0.id) }, uniquingKeysWith: { first, _ in first }))
        ordinaryAdded = SpecialTokenScanner(Dictionary(addedTokens.filter { !$0.special }.map { ($0.content, $0.id) }, uniquingKeysWith: { first, _ in first }))
        // The ByteLevel decoder reads a token's characters through the alphabet, or takes its UTF-8
        // as it is when one of them is outside it.
        var bytes: [Token: [UInt8]] = [:]
        for token in addedTokens { bytes[token.id] = ByteLevelAlphabet.bytes(of: token.content) ?? Array(token.content.utf8) }
        addedBytes = bytes
        addedTextByteCounts = Dictionary(addedTokens.map { ($0.id, $0.content.utf8.count) }, uniquingKeysWith: { first, _ in first })
    }

    var specialTokens: [String: Token] {
        Dictionary(addedTokens.filter(\.special).map { ($0.content, $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    var vocabularySize: Int { max(model.vocabulary.tokenCount, (addedTokens.map { Int($0.id) + 1 }.max()) ?? 0) }

    func encode<Sink: TokenSink>(_ text: String, special: Bool, memo: StretchMemo? = nil, into sink: inout Sink) {
        let scanner = special ? allAdded : ordinaryAdded
        guard !scanner.isEmpty else {
            guard let memo else { return encodeStretch(text, into: &sink) }
            return memo.ids(of: text, into: &sink) { text, fresh in encodeStretch(text, into: &fresh) }
        }
        PaddedUTF8.with(text) { whole in
            scanner.scan(whole) { start, end in
                if let memo {
                    let stretch = String(decoding: UnsafeBufferPointer(start: whole.bytes + start, count: end - start), as: UTF8.self)
                    memo.ids(of: stretch, into: &sink) { stretch, fresh in encodeStretch(stretch, into: &fresh) }
                } else if normalizesToNFC {
                    encodeStretch(String(decoding: UnsafeBufferPointer(start: whole.bytes + start, count: end - start), as: UTF8.self), into: &sink)
                } else {
                    encodePieces(UTF8Text(bytes: whole.bytes + start, count: end - start), into: &sink)
                }
            } special: { token, _, _ in
                sink.append(token)
            }
        }
    }

    private func encodeStretch<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        let normalized = normalizesToNFC ? HFNormalization.nfc(text) : text
        PaddedUTF8.with(normalized) { encodePieces($0, into: &sink) }
    }

    @inline(__always)
    private func encodePieces<Sink: TokenSink>(_ text: UTF8Text, into sink: inout Sink) {
        pattern.forEachPiece(in: text) { start, end in
            model.encode(text.bytes + start, end - start, into: &sink)
        }
    }

    /// The bytes of input a token stands for: an added token's text, else its vocabulary bytes.
    func byteCount(of token: Token) -> Int {
        if let piece = model.vocabulary.bytes(of: Int(token)) { return piece.count }
        return addedTextByteCounts[token] ?? 0
    }

    func decode(_ tokens: [Token]) throws -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 4)
        for token in tokens {
            if let added = addedBytes[token] {
                bytes.append(contentsOf: added)
            } else if let piece = model.vocabulary.bytes(of: Int(token)) {
                bytes.append(contentsOf: piece)
            } else {
                throw TokenizersError(.unknownToken, "token \(token) is not in this tokenizer; ids run from 0 to \(vocabularySize - 1)")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
