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
