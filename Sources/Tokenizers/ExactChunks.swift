/// A long text read and handed over in chunks cut only where a tokenizer's ids cannot depend on
/// the cut, so that encoding chunk by chunk gives exactly the ids of the whole text while memory
/// stays at about one chunk.
///
/// The cut: after a line break, before a printable ASCII character other than `/`. In every split
/// pattern tunesmith matches (cl100k, o200k, Llama 3, Qwen 2, tekken) no piece holds a line break
/// followed by such a character (line breaks end whitespace pieces, and punctuation pieces take only
/// `[\r\n]*`, or `[\r\n/]*`, after them), and no pattern looks behind, so matching restarts there as
/// at the start of a text; NFC never composes across it (an ASCII character never joins what comes
/// before), and whole UTF-8 sequences stay together. An added or special token whose text holds a
/// line break could straddle it, so such a tokenizer is not cut; nor is a SentencePiece model, which
/// puts its prefix before the whole input only and merges across line breaks. A text that is not cut
/// is read whole, up to the limit.
public struct ExactChunks {
    /// Bytes read at a time.
    public static let defaultChunkSize = 8 << 20
    /// The longest stretch without a cut (the same as the longest JSONL line tunesmith reads).
    public static let defaultLimit = 128 << 20

    /// A stretch longer than the limit had nowhere to cut.
    public struct TooLong: Error, Sendable {
        /// The limit, in bytes.
        public let limit: Int
        /// False when the tokenizer is never cut (the text must be read whole).
        public let cutsAtLineBreaks: Bool
    }

    public let chunkSize: Int
    public let limit: Int
    /// Whether the tokenizer may be cut at all.
    public let cuts: Bool

    public init(tokenizer: Tokenizer, special: Bool, chunkSize: Int = defaultChunkSize, limit: Int = defaultLimit) {
        self.chunkSize = max(chunkSize, 1)
        self.limit = max(limit, self.chunkSize)
        cuts = tokenizer.cutsExactlyAfterLineBreaks(special: special)
    }

    /// Hands `body` each chunk of the text that `read` fills buffers with (it returns the number of
    /// bytes read, 0 at the end). Invalid UTF-8 becomes U+FFFD, as in tiktoken.
    public func forEach(read: (UnsafeMutableRawBufferPointer) throws -> Int, _ body: (String) throws -> Void) throws {
        var pending: [UInt8] = []
        pending.reserveCapacity(chunkSize)
        var searched = 0  // offsets below this in `pending` are not cuts
        var piece = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = try piece.withUnsafeMutableBytes { try read($0) }
            if count == 0 {
                if !pending.isEmpty { try body(String(decoding: pending, as: UTF8.self)) }
                return
            }
            pending.append(contentsOf: piece[..<count])
            if cuts, let cut = Self.lastCut(in: pending, from: max(searched, 1)) {
                try body(String(decoding: pending[..<cut], as: UTF8.self))
                pending.removeFirst(cut)
            }
            searched = pending.count
            if pending.count > limit { throw TooLong(limit: limit, cutsAtLineBreaks: cuts) }
        }
    }

    /// The last cut at `start` (at least 1) or after.
    static func lastCut(in bytes: [UInt8], from start: Int) -> Int? {
        var i = bytes.count - 1
        while i >= start {
            if isCut(bytes, at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// True when offset `i` (at least 1) follows a line break and holds a printable ASCII character other than `/`.
    @inline(__always)
    static func isCut(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        return bytes[i - 1] == 0x0A && b > 0x20 && b < 0x7F && b != 0x2F
    }
}

extension Tokenizer {
    /// True when no piece, added token or special token can straddle an `ExactChunks` cut.
    func cutsExactlyAfterLineBreaks(special: Bool) -> Bool {
        func holdsLineBreak(_ text: String) -> Bool { text.utf8.contains(0x0A) }
        switch engine {
        case .tiktoken(let vocabulary): return !(special && vocabulary.specialTokens.keys.contains(where: holdsLineBreak))
        case .huggingFace(let tokenizer): return !tokenizer.addedTokens.contains { (special || !$0.special) && holdsLineBreak($0.content) }
        case .sentencePiece, .huggingFacePipeline: return false
        }
    }
}
