/// A Hugging Face `BPE` model over byte-level pieces: each byte starts as its own token, then the
/// listed merges apply, the lowest-ranked pair first and the leftmost among equals, exactly as
/// `tokenizers`' `Word::merge_all`. With `ignore_merges` a piece that is itself in the vocabulary
/// is that token.
struct HFBytePairModel: Sendable {
    /// Vocabulary bytes to id (its "ranks" are the ids).
    let vocabulary: RankTable
    let merges: MergeTable
    let byteTokens: [UInt32]
    let ignoreMerges: Bool
    /// Tokens that are what merging their own bytes gives; `nil` computes them (at compile time).
    let selfMerging: SelfMergingTokens

    init(vocabulary: RankTable, merges: MergeTable, byteTokens: [UInt32], ignoreMerges: Bool, selfMerging: SelfMergingTokens? = nil) {
        self.vocabulary = vocabulary
        self.merges = merges
        self.byteTokens = byteTokens
        self.ignoreMerges = ignoreMerges
        if let selfMerging {
            self.selfMerging = selfMerging
        } else if ignoreMerges {
            self.selfMerging = SelfMergingTokens(words: [])  // every vocabulary piece is its token anyway
        } else {
            // Merging alone (an empty set never short-cuts) decides which tokens merge to themselves.
            let plain = HFBytePairModel(vocabulary: vocabulary, merges: merges, byteTokens: byteTokens, ignoreMerges: false,
                                        selfMerging: SelfMergingTokens(words: []))
            self.selfMerging = SelfMergingTokens(vocabulary: vocabulary) { piece, length, sink in plain.merge(piece, length, into: &sink) }
        }
    }

    @inline(__always)
    func encode<Sink: TokenSink>(_ piece: UnsafePointer<UInt8>, _ length: Int, into sink: inout Sink) {
        if length == 1 { return sink.append(byteTokens[Int(piece[0])]) }
        // With ignore_merges a piece in the vocabulary is that token; without, only when merging
        // its bytes gives it back, which the vocabulary knows ahead for every token.
        let whole = vocabulary.rank(piece, length)
        if whole != RankTable.noRank && (ignoreMerges || selfMerging.contains(whole)) { return sink.append(whole) }
        merge(piece, length, into: &sink)
    }

    @inline(__always)
    private func merge<Sink: TokenSink>(_ piece: UnsafePointer<UInt8>, _ length: Int, into sink: inout Sink) {
        if length == 1 { return sink.append(byteTokens[Int(piece[0])]) }
        if length <= 48 { mergeByScan(piece, length, into: &sink) } else { mergeByHeap(piece, length, into: &sink) }
    }

    private func mergeByScan<Sink: TokenSink>(_ piece: UnsafePointer<UInt8>, _ length: Int, into sink: inout Sink) {
        withUnsafeTemporaryAllocation(of: (token: UInt32, merge: UInt64).self, capacity: length) { parts in
            var count = length
            for i in 0..<length { parts[i] = (byteTokens[Int(piece[i])], MergeTable.none) }
            for i in 0..<(length - 1) { parts[i].merge = merges.merge(parts[i].token, parts[i + 1].token) }
            while true {
                var best = MergeTable.none
                var at = 0
                for i in 0..<(count - 1) where parts[i].merge < best {
                    best = parts[i].merge
                    at = i
                }
                if best == MergeTable.none { break }
                parts[at].token = UInt32(truncatingIfNeeded: best)
                for k in (at + 1)..<(count - 1) { parts[k] = parts[k + 1] }
                count -= 1
                parts[at].merge = at + 1 < count ? merges.merge(parts[at].token, parts[at + 1].token) : MergeTable.none
                if at > 0 { parts[at - 1].merge = merges.merge(parts[at - 1].token, parts[at].token) }
            }
            for i in 0..<count { sink.append(parts[i].token) }
        }
    }

    /// A long piece: the heap merge the pipeline's models share (same order, O(n log n)).
    private func mergeByHeap<Sink: TokenSink>(_ piece: UnsafePointer<UInt8>, _ length: Int, into sink: inout Sink) {
        var tokens = (0..<length).map { byteTokens[Int(piece[$0])] }
        BytePairMerger.mergeAll(&tokens, merges)
        for token in tokens { sink.append(token) }
    }
}
