/// A token id.
public typealias Token = UInt32

/// A loaded BPE encoding: ids identical to tiktoken's for every input.
///
/// Cheap to copy and safe to share across tasks; the tables behind it are immutable.
public struct Encoding: Sendable {
    public let name: EncodingName
    /// The ranks, pattern and special tokens; `Tokenizer` shares it for built-in encodings.
    let vocabulary: TiktokenVocabulary

    init(name: EncodingName, ranks: RankTable) {
        self.name = name
        self.vocabulary = TiktokenVocabulary(bpe: TiktokenBPE(ranks: ranks, pattern: name.pattern), specialTokens: name.specialTokens)
    }

    var bpe: TiktokenBPE { vocabulary.bpe }
    var ranks: RankTable { bpe.ranks }
    public var specialTokens: [String: Token] { vocabulary.specialTokens }

    /// Which special-token texts `encode` turns into their special ids.
    public enum SpecialTokens: Sendable {
        /// Special-token text is ordinary text (tiktoken's `encode_ordinary`).
        case none
        /// Every special token of the encoding.
        case all
        /// Only these.
        case allowed(Set<String>)
    }

    /// The number of ordinary tokens (special ids lie above them).
    public var ordinaryTokenCount: Int { ranks.tokenCount }

    /// tiktoken's `encode_ordinary`: special-token text is encoded like any other text.
    public func encodeOrdinary(_ text: String) -> [Token] {
        var sink = TokenArraySink()
        sink.tokens.reserveCapacity(text.utf8.count / 3 + 1)
        encode(text, into: &sink)
        return sink.tokens
    }

    /// The number of tokens `encodeOrdinary` would return, without building the array.
    public func count(_ text: String) -> Int {
        var sink = TokenCountSink()
        encode(text, into: &sink)
        return sink.count
    }

    /// Encodes, turning the allowed special-token texts into their ids.
    public func encode(_ text: String, allowedSpecial: SpecialTokens) -> [Token] {
        let allowed: TiktokenVocabulary
        switch allowedSpecial {
        case .none: return encodeOrdinary(text)
        case .all: allowed = vocabulary
        case .allowed(let names): allowed = TiktokenVocabulary(bpe: bpe, specialTokens: specialTokens.filter { names.contains($0.key) })
        }
        var sink = TokenArraySink()
        allowed.encode(text, special: true, into: &sink)
        return sink.tokens
    }

    /// The bytes of these tokens, special ones included.
    public func decodeBytes(_ tokens: [Token]) throws -> [UInt8] {
        try vocabulary.decodeBytes(tokens)
    }

    /// The text of these tokens; bytes that are not valid UTF-8 become U+FFFD, as in tiktoken.
    public func decode(_ tokens: [Token]) throws -> String {
        try vocabulary.decode(tokens)
    }

    func encode<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        PaddedUTF8.with(text) { encode($0, into: &sink) }
    }

    func encode<Sink: TokenSink>(_ text: UTF8Text, into sink: inout Sink) {
        bpe.encode(text, into: &sink)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
