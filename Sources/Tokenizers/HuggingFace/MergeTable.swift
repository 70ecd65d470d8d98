/// A BPE model's merges: the pair of token ids (left, right) to the merge's rank and the id of
/// the token it makes, in an open-addressing table of 64-bit words.
final class MergeTable: @unchecked Sendable {  // immutable after init
    static let none = UInt64.max
    private let keys: UnsafeMutablePointer<UInt64>
    private let values: UnsafeMutablePointer<UInt64>
    private let mask: Int
    let count: Int
    /// The merges in rank order, flattened (left, right, result, ...), for the compiled cache.
    let flattened: [UInt32]

    /// `merges[k]` = (left, right, result); k is the merge's rank.
    convenience init(_ merges: [(UInt32, UInt32, UInt32)]) {
        self.init(flattened: merges.flatMap { [$0.0, $0.1, $0.2] })
    }

    init(flattened: [UInt32]) {
        self.flattened = flattened
        let mergeCount = flattened.count / 3
        // A load factor of at most 0.6 keeps probes short and the table half the size of 2x.
        var capacity = 16
        while capacity * 3 < mergeCount * 5 { capacity <<= 1 }
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: Self.none, count: capacity)
        values = .allocate(capacity: capacity)
        values.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
        count = mergeCount
        flattened.withUnsafeBufferPointer { merges in
            for rank in 0..<mergeCount {
                let key = UInt64(merges[3 * rank]) << 32 | UInt64(merges[3 * rank + 1])
                var index = Self.slot(key, mask)
                while keys[index] != Self.none && keys[index] != key { index = (index + 1) & mask }
                if keys[index] == key { continue }  // a repeated pair keeps its first (lowest) rank
                keys[index] = key
                values[index] = UInt64(rank) << 32 | UInt64(merges[3 * rank + 2])
            }
        }
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// rank << 32 | result for the pair, or `none`.
    @inline(__always)
    func merge(_ left: UInt32, _ right: UInt32) -> UInt64 {
        let key = UInt64(left) << 32 | UInt64(right)
        var index = Self.slot(key, mask)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == Self.none { return Self.none }
            index = (index + 1) & mask
        }
    }
}
