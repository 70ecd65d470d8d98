/// The vocabulary tokens whose own bytes, merged from single bytes by the model's merges, come out
/// as that one token. A piece whose bytes are such a token is that token without merging (most
/// pieces of ordinary text are), which is exact because merging depends only on the piece's bytes.
/// A property of the vocabulary, computed once when the file is compiled and stored with it; it
/// holds for text never seen before.
struct SelfMergingTokens: Sendable {
    /// One bit per token id.
    let words: [UInt64]

    init(words: [UInt64]) { self.words = words }

    /// Merges every token's bytes with `merge` (a whole-vocabulary pass, done at compile time).
    init(vocabulary: RankTable, merge: (UnsafePointer<UInt8>, Int, inout SingleTokenSink) -> Void) {
        var words = [UInt64](repeating: 0, count: (vocabulary.tokenCount + 63) / 64)
        for id in 0..<vocabulary.tokenCount {
            guard let bytes = vocabulary.bytes(of: id), let base = bytes.baseAddress else { continue }
            var sink = SingleTokenSink()
            merge(base, bytes.count, &sink)
            if sink.count == 1 && sink.first == UInt32(id) { words[id >> 6] |= 1 << UInt64(id & 63) }
        }
        self.words = words
    }

    @inline(__always)
    func contains(_ id: UInt32) -> Bool {
        let word = Int(id >> 6)
        return word < words.count && words[word] & (1 << UInt64(id & 63)) != 0
    }
}

/// Keeps the first token and how many came.
struct SingleTokenSink: TokenSink {
    var count = 0
    var first: UInt32 = 0
    @inline(__always) mutating func append(_ token: UInt32) {
        if count == 0 { first = token }
        count += 1
    }
}
