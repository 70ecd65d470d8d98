/// A token id.
public typealias Token = UInt32

/// A loaded BPE encoding: ids identical to tiktoken's for every input.
///
/// Cheap to copy and safe to share across tasks; the tables behind it are immutable.
public struct Encoding: Sendable {
    public let name: EncodingName
    let ranks: RankTable

    init(name: EncodingName, ranks: RankTable) {
        self.name = name
        self.ranks = ranks
    }

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

    public var specialTokens: [String: Token] { name.specialTokens }

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
        let allowed: [String: Token]
        switch allowedSpecial {
        case .none: return encodeOrdinary(text)
        case .all: allowed = specialTokens
        case .allowed(let names): allowed = specialTokens.filter { names.contains($0.key) }
        }
        if allowed.isEmpty { return encodeOrdinary(text) }
        var sink = TokenArraySink()
        let specials = allowed.map { (bytes: Array($0.key.utf8), token: $0.value) }
        PaddedUTF8.with(text) { whole in
            let base = whole.bytes
            var segmentStart = 0
            var i = 0
            while i < whole.count {
                // tiktoken takes the earliest special match; among matches at one place, the longest.
                // Every special token starts with "<".
                guard base[i] == UInt8(ascii: "<") else {
                    i += 1
                    continue
                }
                let match = specials.filter { special in
                    i + special.bytes.count <= whole.count
                        && special.bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, base + i, $0.count) == 0 }
                }.max { $0.bytes.count < $1.bytes.count }
                if let match {
                    encode(UTF8Text(bytes: base + segmentStart, count: i - segmentStart), into: &sink)
                    sink.append(match.token)
                    i += match.bytes.count
                    segmentStart = i
                } else {
                    i += 1
                }
            }
            encode(UTF8Text(bytes: base + segmentStart, count: whole.count - segmentStart), into: &sink)
        }
        return sink.tokens
    }

    /// The bytes of these tokens, special ones included.
    public func decodeBytes(_ tokens: [Token]) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 4)
        let specialsByID = Dictionary(uniqueKeysWithValues: specialTokens.map { ($0.value, $0.key) })
        for token in tokens {
            if let piece = ranks.bytes(of: Int(token)) {
                bytes.append(contentsOf: piece)
            } else if let special = specialsByID[token] {
                bytes.append(contentsOf: special.utf8)
            } else {
                throw TokenizersError(.unknownToken, "token \(token) is not in \(name); ids run from 0 to \(ranks.tokenCount - 1)")
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
        switch name {
        case .cl100kBase: encode(text, splitter: CL100KSplitter.self, into: &sink)
        case .o200kBase: encode(text, splitter: O200KSplitter.self, into: &sink)
        }
    }

    @inline(__always)
    private func encode<Splitter: PieceSplitter, Sink: TokenSink>(
        _ text: UTF8Text, splitter: Splitter.Type, into sink: inout Sink
    ) {
        var i = 0
        while i < text.count {
            let end = Splitter.pieceEnd(in: text, from: i)
            BytePairMerge.encode(text.bytes + i, end - i, ranks: ranks, into: &sink)
            i = end
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
