/// A Hugging Face `BPE` model over characters (SentencePiece-converted files such as Mistral's and
/// Llama 2's): each Unicode scalar of a piece starts as the token that spells it; one the vocabulary
/// lacks becomes its UTF-8 bytes as `<0xXX>` tokens with `byte_fallback`, else the `unk_token`
/// (consecutive ones fused into one with `fuse_unk`). Then the merges apply, lowest rank first and
/// leftmost among equals, as `tokenizers`' `BPE::merge_word` and `Word::merge_all`.
struct HFCharBytePairModel: Sendable {
    /// Vocabulary text (UTF-8) to id, and id to text.
    let vocabulary: RankTable
    let merges: MergeTable
    /// Token of each scalar below 0x10000 (`RankTable.noRank` where there is none); others in `wideScalarTokens`.
    let scalarTokens: [UInt32]
    let wideScalarTokens: [UInt32: UInt32]
    /// `<0xXX>` for each byte, or nil without `byte_fallback` (an entry is `noRank` if the vocabulary lacks it).
    let byteFallbackTokens: [UInt32]?
    let unknownToken: UInt32?
    let fusesUnknown: Bool
    let ignoreMerges: Bool
    /// Where the symbols can be cut into words merged apart (a converted file's text is one piece).
    let cuts: HFMergeCuts

    init(vocabulary: RankTable, merges: MergeTable, scalarTokens: [UInt32], wideScalarTokens: [UInt32: UInt32],
         byteFallbackTokens: [UInt32]?, unknownToken: UInt32?, fusesUnknown: Bool, ignoreMerges: Bool) {
        self.vocabulary = vocabulary
        self.merges = merges
        self.scalarTokens = scalarTokens
        self.wideScalarTokens = wideScalarTokens
        self.byteFallbackTokens = byteFallbackTokens
        self.unknownToken = unknownToken
        self.fusesUnknown = fusesUnknown
        self.ignoreMerges = ignoreMerges
        cuts = HFMergeCuts(vocabulary: vocabulary, merges: merges)
    }

    @inline(__always)
    private func token(ofScalar value: UInt32) -> UInt32 {
        value < 0x10000 ? scalarTokens[Int(value)] : wideScalarTokens[value] ?? RankTable.noRank
    }

    /// `piece` must have 8 readable bytes after it.
    func encode<Sink: TokenSink>(_ piece: UnsafePointer<UInt8>, _ length: Int, into sink: inout Sink) {
        guard length > 0 else { return }
        if ignoreMerges {
            let whole = vocabulary.rank(piece, length)
            if whole != RankTable.noRank { return sink.append(whole) }
        }
        // Every character adds at most as many symbols as it has bytes (an unknown one adds one, late).
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: length + 1) { buffer in
            let symbols = buffer.baseAddress!
            let count = startingSymbols(piece, length, into: symbols)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { pairMerges in
                var start = 0
                for i in 1..<max(count, 1) where cuts.cut(symbols[i - 1], symbols[i]) {
                    mergeWord(symbols + start, i - start, pairMerges.baseAddress!, into: &sink)
                    start = i
                }
                if count > start { mergeWord(symbols + start, count - start, pairMerges.baseAddress!, into: &sink) }
            }
        }
    }

    /// Each character as the token that spells it, else its `<0xXX>` bytes, else the unknown token.
    private func startingSymbols(_ piece: UnsafePointer<UInt8>, _ length: Int, into symbols: UnsafeMutablePointer<UInt32>) -> Int {
        var count = 0
        var pendingUnknown = false
        let text = UTF8Text(bytes: piece, count: length)
        var i = 0
        while i < length {
            if piece[i] < 0x80 {
                // ASCII: the common case, without decoding.
                let id = scalarTokens[Int(piece[i])]
                if id != RankTable.noRank && !pendingUnknown {
                    symbols[count] = id
                    count += 1
                    i += 1
                    continue
                }
            }
            let width = text.scalar(at: i).width
            let id = token(ofScalar: text.scalarValue(at: i, width: width))
            defer { i += width }
            if id != RankTable.noRank {
                if pendingUnknown, let unknownToken {
                    symbols[count] = unknownToken
                    count += 1
                }
                pendingUnknown = false
                symbols[count] = id
                count += 1
                continue
            }
            if let byteFallbackTokens, (0..<width).allSatisfy({ byteFallbackTokens[Int(piece[i + $0])] != RankTable.noRank }) {
                // tokenizers adds the bytes without flushing a pending unknown token, which therefore
                // lands after them.
                for k in 0..<width {
                    symbols[count] = byteFallbackTokens[Int(piece[i + k])]
                    count += 1
                }
                continue
            }
            guard let unknownToken else { continue }
            if pendingUnknown && !fusesUnknown {
                symbols[count] = unknownToken
                count += 1
            }
            pendingUnknown = true
        }
        if pendingUnknown, let unknownToken {
            symbols[count] = unknownToken
            count += 1
        }
        return count
    }

    /// Merges one word's symbols in place (lowest rank first, leftmost among equals) and emits them.
    /// `pairMerges` has room for `count` entries.
    @inline(__always)
    private func mergeWord<Sink: TokenSink>(_ symbols: UnsafeMutablePointer<UInt32>, _ count: Int, _ pairMerges: UnsafeMutablePointer<UInt64>,
                                            into sink: inout Sink) {
        if count == 1 { return sink.append(symbols[0]) }
        if count > 48 {
            var tokens = Array(UnsafeBufferPointer(start: symbols, count: count))
            BytePairMerger.mergeAll(&tokens, merges)
            for token in tokens { sink.append(token) }
            return
        }
        var count = count
        for i in 0..<(count - 1) { pairMerges[i] = merges.merge(symbols[i], symbols[i + 1]) }
        while true {
            var best = MergeTable.none
            var at = 0
            for i in 0..<(count - 1) where pairMerges[i] < best {
                best = pairMerges[i]
                at = i
            }
            if best == MergeTable.none { break }
            symbols[at] = UInt32(truncatingIfNeeded: best)
            count -= 1
            var k = at + 1
            while k < count {
                symbols[k] = symbols[k + 1]
                if k + 1 < count { pairMerges[k] = pairMerges[k + 1] }
                k += 1
            }
            if at + 1 < count { pairMerges[at] = merges.merge(symbols[at], symbols[at + 1]) }
            if at > 0 { pairMerges[at - 1] = merges.merge(symbols[at - 1], symbols[at]) }
        }
        for i in 0..<count { sink.append(symbols[i]) }
    }
}
