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
        var symbols: [UInt32] = []
        symbols.reserveCapacity(length)
        var pendingUnknown = false
        let text = UTF8Text(bytes: piece, count: length)
        var i = 0
        while i < length {
            let width = text.scalar(at: i).width
            let id = token(ofScalar: text.scalarValue(at: i, width: width))
            defer { i += width }
            if id != RankTable.noRank {
                if pendingUnknown, let unknownToken { symbols.append(unknownToken) }
                pendingUnknown = false
                symbols.append(id)
                continue
            }
            if let byteFallbackTokens, (0..<width).allSatisfy({ byteFallbackTokens[Int(piece[i + $0])] != RankTable.noRank }) {
                // tokenizers adds the bytes without flushing a pending unknown token, which therefore
                // lands after them.
                for k in 0..<width { symbols.append(byteFallbackTokens[Int(piece[i + k])]) }
                continue
            }
            guard let unknownToken else { continue }
            if pendingUnknown && !fusesUnknown { symbols.append(unknownToken) }
            pendingUnknown = true
        }
        if pendingUnknown, let unknownToken { symbols.append(unknownToken) }
        BytePairMerger.mergeAll(&symbols, merges)
        for symbol in symbols { sink.append(symbol) }
    }
}

/// `tokenizers`' `Word::merge_all` over token ids: the pair with the lowest merge rank is merged
/// first, the leftmost among equals, until no pair has a merge.
enum BytePairMerger {
    static func mergeAll(_ tokens: inout [UInt32], _ merges: MergeTable) {
        guard tokens.count > 1 else { return }
        if tokens.count <= 48 { mergeByScan(&tokens, merges) } else { mergeByHeap(&tokens, merges) }
    }

    private static func mergeByScan(_ tokens: inout [UInt32], _ merges: MergeTable) {
        var pairMerge = (0..<(tokens.count - 1)).map { merges.merge(tokens[$0], tokens[$0 + 1]) }
        while true {
            var best = MergeTable.none
            var at = 0
            for i in pairMerge.indices where pairMerge[i] < best {
                best = pairMerge[i]
                at = i
            }
            if best == MergeTable.none { return }
            tokens[at] = UInt32(truncatingIfNeeded: best)
            tokens.remove(at: at + 1)
            pairMerge.remove(at: at)
            if at < pairMerge.count { pairMerge[at] = merges.merge(tokens[at], tokens[at + 1]) }
            if at > 0 { pairMerge[at - 1] = merges.merge(tokens[at - 1], tokens[at]) }
        }
    }

    private static func mergeByHeap(_ tokens: inout [UInt32], _ merges: MergeTable) {
        let length = tokens.count
        var next = (0..<length).map { Int32($0 + 1) }
        var previous = (0..<length).map { Int32($0 - 1) }
        var removed = [Bool](repeating: false, count: length)
        var heap = MinHeap()
        heap.reserve(length)
        // Entries are rank << 32 | position; the result is looked up again when one is taken.
        func push(_ position: Int) {
            let after = Int(next[position])
            guard after < length else { return }
            let merge = merges.merge(tokens[position], tokens[after])
            if merge != MergeTable.none { heap.push((merge >> 32) << 32 | UInt64(position)) }
        }
        for i in 0..<(length - 1) { push(i) }
        while let entry = heap.pop() {
            let position = Int(entry & 0xFFFF_FFFF)
            guard !removed[position] else { continue }
            let after = Int(next[position])
            guard after < length else { continue }
            let merge = merges.merge(tokens[position], tokens[after])
            guard merge != MergeTable.none, merge >> 32 == entry >> 32 else { continue }  // stale
            tokens[position] = UInt32(truncatingIfNeeded: merge)
            removed[after] = true
            let afterAfter = Int(next[after])
            next[position] = Int32(afterAfter)
            if afterAfter < length { previous[afterAfter] = Int32(position) }
            push(position)
            let before = Int(previous[position])
            if before >= 0 { push(before) }
        }
        var kept: [UInt32] = []
        kept.reserveCapacity(length)
        var i = 0
        while i < length {
            kept.append(tokens[i])
            i = Int(next[i])
        }
        tokens = kept
    }
}
