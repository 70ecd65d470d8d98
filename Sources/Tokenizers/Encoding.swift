/// A token id.
public typealias Token = UInt32

/// A loaded BPE encoding: ids identical to tiktoken's for every input.
///
/// Cheap to copy and safe to share across tasks; the tables behind it are immutable.
public struct Encoding: Sendable {
    public let name: EncodingName
    let bpe: TiktokenBPE
    public let specialTokens: [String: Token]
    private let allSpecials: SpecialTokenScanner

    init(name: EncodingName, ranks: RankTable) {
        self.name = name
        self.bpe = TiktokenBPE(ranks: ranks, pattern: name.pattern)
        self.specialTokens = name.specialTokens
        self.allSpecials = SpecialTokenScanner(name.specialTokens)
    }

    var ranks: RankTable { bpe.ranks }

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
        let scanner: SpecialTokenScanner
        switch allowedSpecial {
        case .none: return encodeOrdinary(text)
        case .all: scanner = allSpecials
        case .allowed(let names): scanner = SpecialTokenScanner(specialTokens.filter { names.contains($0.key) })
        }
        if scanner.isEmpty { return encodeOrdinary(text) }
        var sink = TokenArraySink()
        PaddedUTF8.with(text) { whole in
            scanner.scan(whole) { start, end in
                bpe.encode(UTF8Text(bytes: whole.bytes + start, count: end - start), into: &sink)
            } special: { token, _, _ in
                sink.append(token)
            }
        }
        return sink.tokens
    }

    /// The bytes of these tokens, special ones included.
    public func decodeBytes(_ tokens: [Token]) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 4)
        // Two texts can share an id (o200k_harmony's 200018): the shorter one is written.
        let specialsByID = Dictionary(specialTokens.map { ($0.value, $0.key) }) { $0.utf8.count <= $1.utf8.count ? $0 : $1 }
        for token in tokens {
            if let piece = ranks.bytes(of: Int(token)) {
                bytes.append(contentsOf: piece)
            } else if let special = specialsByID[token] {
                bytes.append(contentsOf: special.utf8)
            } else {
                throw TokenizersError(.unknownToken, "token \(token) is not in \(name); ids run from 0 to \(ranks.tokenCount - 1) and its special tokens")
            }
        }
        return bytes
    }

    /// The text of these tokens; bytes that are not valid UTF-8 become U+FFFD, as in tiktoken.
    public func decode(_ tokens: [Token]) throws -> String {
        String(decoding: try decodeBytes(tokens), as: UTF8.self)
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
