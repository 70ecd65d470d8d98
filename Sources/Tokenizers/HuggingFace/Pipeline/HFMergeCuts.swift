/// Where a character-level BPE's symbols can be cut into words that are merged apart, with the
/// same result as merging the whole sequence at once, as the merges list allows (checked at load):
///
/// - around a symbol whose token no merge takes as its left or right part (byte-fallback `<0xXX>`
///   tokens, the unknown token, characters without merges): it never merges, so nothing joins across it;
/// - before a symbol whose text starts with `▁` when the one before does not end with `▁`, if no
///   merge joins a left part not ending with `▁` to a right part starting with `▁` (true of
///   SentencePiece-converted vocabularies, whose pieces never hold `▁` after another character).
///
/// No pair across a cut ever has a merge, so merges on either side of it never affect each other
/// and the lowest-rank-first order within each word is the order of the whole sequence.
final class HFMergeCuts: @unchecked Sendable {  // immutable after init
    private static let neverMerges: UInt8 = 1
    private static let endsWithMark: UInt8 = 2
    private static let startsWithMark: UInt8 = 4

    private let flags: UnsafeMutablePointer<UInt8>
    private let count: Int
    /// Whether the `▁` rule holds for these merges.
    let cutsBeforeSpaceMarks: Bool

    init(vocabulary: RankTable, merges: MergeTable) {
        let mark: [UInt8] = [0xE2, 0x96, 0x81]  // U+2581
        var count = vocabulary.tokenCount
        let flattened = merges.flattened
        for part in flattened where Int(part) >= count { count = Int(part) + 1 }
        flags = .allocate(capacity: count)
        flags.initialize(repeating: Self.neverMerges, count: count)
        self.count = count
        for id in 0..<vocabulary.tokenCount {
            guard let bytes = vocabulary.bytes(of: id), bytes.count >= 3 else { continue }
            if bytes.starts(with: mark) { flags[id] |= Self.startsWithMark }
            if bytes.suffix(3).elementsEqual(mark) { flags[id] |= Self.endsWithMark }
        }
        var joinsAcrossMarks = false
        var k = 0
        while k + 2 < flattened.count {
            let left = Int(flattened[k]), right = Int(flattened[k + 1])
            flags[left] &= ~Self.neverMerges
            flags[right] &= ~Self.neverMerges
            if flags[left] & Self.endsWithMark == 0 && flags[right] & Self.startsWithMark != 0 { joinsAcrossMarks = true }
            k += 3
        }
        cutsBeforeSpaceMarks = !joinsAcrossMarks
        if joinsAcrossMarks {
            for id in 0..<count { flags[id] &= ~Self.startsWithMark }
        }
    }

    deinit { flags.deallocate() }

    /// Whether no merge can ever join a symbol of token `left` to the symbol of token `right` after it.
    @inline(__always)
    func cut(_ left: UInt32, _ right: UInt32) -> Bool {
        guard Int(left) < count, Int(right) < count else { return true }  // tokens no merge names
        let a = flags[Int(left)], b = flags[Int(right)]
        return (a | b) & Self.neverMerges != 0 || (a & Self.endsWithMark == 0 && b & Self.startsWithMark != 0)
    }
}
