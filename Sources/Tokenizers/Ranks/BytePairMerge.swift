/// tiktoken's byte-pair merge: repeatedly join the adjacent pair whose concatenation has the lowest
/// rank, the leftmost on ties, until no pair is a token.
///
/// Short pieces use tiktoken's own quadratic scan (fastest when a piece is a few bytes); long ones
/// use a heap over the same (rank, position) order, so the result is identical and 1 MB of one
/// repeated character stays O(n log n).
enum BytePairMerge {
    static let heapThreshold = 96

    @inline(__always)
    static func encode<Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, _ length: Int, ranks: RankTable, into sink: inout Sink
    ) {
        let whole = ranks.rank(piece, length)
        if whole != RankTable.noRank {
            sink.append(whole)
        } else if length < heapThreshold {
            mergeByScan(piece, length, ranks: ranks, into: &sink)
        } else {
            mergeByHeap(piece, length, ranks: ranks, into: &sink)
        }
    }

    /// Single bytes are always tokens in tiktoken's files; a byte missing would be a broken table.
    @inline(__always)
    private static func rankOfSpan(_ piece: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ ranks: RankTable) -> UInt32 {
        ranks.rank(piece + start, end - start)
    }

    static func mergeByScan<Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, _ length: Int, ranks: RankTable, into sink: inout Sink
    ) {
        // A part is one 8-byte word, the rank of it joined with the next part above its start: the
        // minimum word is the lowest rank, the leftmost on ties, and the shifting after a merge moves
        // half the bytes. A part's own token lives at its start offset in `tokens`, which never moves;
        // a merge gives the joined part the pair's rank, so no token is looked up twice.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: length + 1) { parts in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: length) { tokens in
                for i in 0..<(length - 1) {
                    parts[i] = UInt64(ranks.pairRank(piece[i], piece[i + 1])) << 32 | UInt64(i)
                    tokens[i] = ranks.byteRank(piece[i])
                }
                tokens[length - 1] = ranks.byteRank(piece[length - 1])
                parts[length - 1] = UInt64(RankTable.noRank) << 32 | UInt64(length - 1)
                parts[length] = UInt64(RankTable.noRank) << 32 | UInt64(length)
                var count = length + 1
                @inline(__always) func start(_ i: Int) -> Int { Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: parts[i])) }
                // parts[i] with the rank of parts[i] ..< parts[i + 3], the pair that forms after merging at i
                @inline(__always) func withPairRank(_ i: Int) -> UInt64 {
                    let rank = i + 3 < count ? ranks.rank(piece + start(i), start(i + 3) - start(i)) : RankTable.noRank
                    return UInt64(rank) << 32 | (parts[i] & 0xFFFF_FFFF)
                }
                while true {
                    var minimum = UInt64.max
                    var minIndex = 0
                    for i in 0..<(count - 1) where parts[i] < minimum {
                        minimum = parts[i]
                        minIndex = i
                    }
                    let minRank = UInt32(truncatingIfNeeded: minimum >> 32)
                    if minRank == RankTable.noRank { break }
                    if minIndex > 0 { parts[minIndex - 1] = withPairRank(minIndex - 1) }
                    parts[minIndex] = withPairRank(minIndex)
                    tokens[start(minIndex)] = minRank
                    for k in (minIndex + 1)..<(count - 1) { parts[k] = parts[k + 1] }
                    count -= 1
                }
                for i in 0..<(count - 1) { sink.append(tokens[start(i)]) }
            }
        }
    }

    static func mergeByHeap<Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, _ length: Int, ranks: RankTable, into sink: inout Sink
    ) {
        // Segments are linked by their start offsets; pairRank[i] is the rank of segment i joined
        // with the next one. Heap entries are rank << 32 | start, so the minimum is the lowest rank,
        // leftmost on ties; an entry is stale when pairRank no longer says the same.
        var next = [Int32](unsafeUninitializedCapacity: length + 1) { buffer, n in
            for i in 0...length { buffer[i] = Int32(i + 1) }
            n = length + 1
        }
        var previous = [Int32](unsafeUninitializedCapacity: length + 1) { buffer, n in
            for i in 0...length { buffer[i] = Int32(i - 1) }
            n = length + 1
        }
        var pairRank = [UInt32](repeating: RankTable.noRank, count: length)
        var heap = MinHeap()
        heap.reserve(length)
        for i in 0..<(length - 1) {
            let rank = rankOfSpan(piece, i, i + 2, ranks)
            pairRank[i] = rank
            if rank != RankTable.noRank { heap.push(UInt64(rank) << 32 | UInt64(i)) }
        }
        while let entry = heap.pop() {
            let start = Int(entry & 0xFFFF_FFFF)
            let rank = UInt32(entry >> 32)
            guard pairRank[start] == rank else { continue }
            let removed = Int(next[start])
            let after = Int(next[removed])
            next[start] = Int32(after)
            if after < length { previous[after] = Int32(start) }
            pairRank[removed] = RankTable.noRank
            let newRank = after < length ? rankOfSpan(piece, start, Int(next[after]), ranks) : RankTable.noRank
            pairRank[start] = newRank
            if newRank != RankTable.noRank { heap.push(UInt64(newRank) << 32 | UInt64(start)) }
            let before = Int(previous[start])
            if before >= 0 {
                let beforeRank = rankOfSpan(piece, before, after, ranks)
                pairRank[before] = beforeRank
                if beforeRank != RankTable.noRank { heap.push(UInt64(beforeRank) << 32 | UInt64(before)) }
            }
        }
        var start = 0
        while start < length {
            let end = Int(next[start])
            sink.append(rankOfSpan(piece, start, end, ranks))
            start = end
        }
    }
}

/// A binary min-heap of packed (rank, start) keys.
struct MinHeap {
    private var items: [UInt64] = []

    mutating func reserve(_ n: Int) { items.reserveCapacity(n) }

    mutating func push(_ value: UInt64) {
        items.append(value)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if items[parent] <= value { break }
            items[i] = items[parent]
            i = parent
        }
        items[i] = value
    }

    mutating func pop() -> UInt64? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        var i = 0
        let n = items.count
        while true {
            let left = 2 * i + 1
            if left >= n { break }
            let right = left + 1
            let child = right < n && items[right] < items[left] ? right : left
            if items[child] >= last { break }
            items[i] = items[child]
            i = child
        }
        items[i] = last
        return top
    }
}
