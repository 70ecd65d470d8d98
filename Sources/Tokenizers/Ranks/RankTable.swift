#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Token bytes and their ranks in one contiguous buffer: a byte-keyed open-addressing hash table
/// for encoding, a direct table for two-byte pairs, and an offset table for decoding.
///
/// The buffer's layout is also the on-disk cache format, so a cold start reads it with a single
/// `read` and uses it in place (little-endian, as every platform Swift targets today):
/// ```
/// 0   "TSRANKS2"            8 bytes
/// 8   sha256 of the source  32 bytes
/// 40  tokenCount, blobLength, slotCount, maxTokenLength   UInt32 each
/// 56  reserved              8 bytes
/// 64  offsets               (tokenCount + 1) x UInt32, padded to 8
///     blob                  token bytes in rank order, padded to 8, then 8 zero bytes
///     pairs                 65,536 x UInt32: rank of every two-byte sequence, or UInt32.max
///     slots                 slotCount x (first 8 key bytes: UInt64, rank | length << 32: UInt64)
///     checksum              UInt64 over everything before it
/// ```
/// Keys are bytes, never `String`s: Swift compares strings by canonical equivalence.
/// Lookups read whole 8-byte words, so every key passed in must have 8 readable bytes after it
/// (`PaddedUTF8` provides them).
final class RankTable: @unchecked Sendable {  // immutable after init
    static let magic: [UInt8] = Array("TSRANKS2".utf8)
    static let headerSize = 64
    static let noRank = UInt32.max

    let storage: UnsafeMutableRawBufferPointer
    let sourceSHA256: [UInt8]
    let tokenCount: Int
    let maxTokenLength: Int
    private let offsets: UnsafePointer<UInt32>
    private let blob: UnsafeRawPointer
    private let pairs: UnsafePointer<UInt32>
    private let slots: UnsafePointer<UInt64>  // two words per slot
    private let slotShift: UInt64
    private let byteRanks: UnsafeMutablePointer<UInt32>  // 256, looked up once at load

    private struct Layout {
        let tokenCount, blobLength, slotCount: Int
        var blobStart: Int { RankTable.headerSize + RankTable.padded((tokenCount + 1) * 4) }
        var pairsStart: Int { blobStart + RankTable.padded(blobLength) + 8 }
        var slotsStart: Int { pairsStart + 65_536 * 4 }
        var checksumStart: Int { slotsStart + slotCount * 16 }
    }

    /// Adopts `storage` (allocated with 8-byte alignment); nil when it is not a complete, intact table.
    init?(adopting storage: UnsafeMutableRawBufferPointer) {
        let base = UnsafeRawPointer(storage.baseAddress!)
        guard storage.count >= Self.headerSize + 8,
            Array(UnsafeRawBufferPointer(start: base, count: 8)) == Self.magic
        else { return nil }
        let layout = Layout(
            tokenCount: Int(base.load(fromByteOffset: 40, as: UInt32.self)),
            blobLength: Int(base.load(fromByteOffset: 44, as: UInt32.self)),
            slotCount: Int(base.load(fromByteOffset: 48, as: UInt32.self)))
        let slotCount = layout.slotCount
        guard slotCount > 1, slotCount & (slotCount - 1) == 0, layout.checksumStart + 8 == storage.count,
            base.load(fromByteOffset: layout.checksumStart, as: UInt64.self) == Self.checksum(base, layout.checksumStart)
        else { return nil }
        self.storage = storage
        self.sourceSHA256 = Array(UnsafeRawBufferPointer(start: base + 8, count: 32))
        self.tokenCount = layout.tokenCount
        self.maxTokenLength = Int(base.load(fromByteOffset: 52, as: UInt32.self))
        self.offsets = (base + Self.headerSize).assumingMemoryBound(to: UInt32.self)
        self.blob = base + layout.blobStart
        self.pairs = (base + layout.pairsStart).assumingMemoryBound(to: UInt32.self)
        self.slots = (base + layout.slotsStart).assumingMemoryBound(to: UInt64.self)
        self.slotShift = UInt64(64 - slotCount.trailingZeroBitCount)
        self.byteRanks = .allocate(capacity: 256)
        var key: (UInt64, UInt64) = (0, 0)  // a byte and the 8 readable bytes after it that lookups need
        withUnsafeMutableBytes(of: &key) { bytes in
            let p = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
            for byte in 0..<256 {
                p[0] = UInt8(byte)
                byteRanks[byte] = rank(p, 1)
            }
        }
    }

    /// A table from a copy of `bytes` (a table's storage as it was written); nil when not intact.
    static func copying(_ bytes: UnsafeRawBufferPointer) -> RankTable? {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
        storage.copyMemory(from: bytes)
        guard let table = RankTable(adopting: storage) else {
            storage.deallocate()
            return nil
        }
        return table
    }

    deinit {
        storage.deallocate()
        byteRanks.deallocate()
    }

    static func padded(_ n: Int) -> Int { (n + 7) & ~7 }

    /// A word-at-a-time checksum: enough to catch a torn or corrupted cache file, and fast.
    static func checksum(_ base: UnsafeRawPointer, _ count: Int) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        var i = 0
        while i + 8 <= count {
            h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
            h ^= h >> 29
            i += 8
        }
        while i < count {
            h = (h ^ UInt64(base.load(fromByteOffset: i, as: UInt8.self))) &* 0x100_0000_01B3
            i += 1
        }
        return h
    }

    /// The first `min(length, 8)` bytes at `p` as a little-endian word, the rest zero.
    @inline(__always)
    static func prefixWord(_ p: UnsafeRawPointer, _ length: Int) -> UInt64 {
        let word = p.loadUnaligned(as: UInt64.self)
        return length >= 8 ? word : word & ((1 << UInt64(length &* 8)) &- 1)
    }

    @inline(__always)
    static func hash(_ p: UnsafeRawPointer, _ length: Int, prefix: UInt64) -> UInt64 {
        var h = (prefix ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
        var i = 8
        while i < length {
            h = (h ^ prefixWord(p + i, length - i)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        return h ^ (h >> 29)
    }

    /// Whether the `length` bytes at `a` and `b` agree from byte 8 on.
    @inline(__always)
    private static func tailsEqual(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ length: Int) -> Bool {
        var i = 8
        while i < length {
            if prefixWord(a + i, length - i) != prefixWord(b + i, length - i) { return false }
            i += 8
        }
        return true
    }

    /// The rank of exactly these bytes, or `noRank`.
    @inline(__always)
    func rank(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        if length == 2 { return pairs[Int(p[0]) << 8 | Int(p[1])] }
        if length > maxTokenLength { return Self.noRank }
        let raw = UnsafeRawPointer(p)
        let prefix = Self.prefixWord(raw, length)
        let h = Self.hash(raw, length, prefix: prefix)
        let mask = (1 << (64 - Int(slotShift))) - 1
        var index = Int(truncatingIfNeeded: h >> slotShift)
        while true {
            let meta = slots[2 * index + 1]
            if meta == 0 { return Self.noRank }
            if slots[2 * index] == prefix && Int(meta >> 32) == length {
                let rank = UInt32(truncatingIfNeeded: meta)
                if length <= 8 || Self.tailsEqual(blob + Int(offsets[Int(rank)]), raw, length) { return rank }
            }
            index = (index + 1) & mask
        }
    }

    /// The rank of the two bytes `a`, `b` (one load from the direct pairs table).
    @inline(__always)
    func pairRank(_ a: UInt8, _ b: UInt8) -> UInt32 { pairs[Int(a) << 8 | Int(b)] }

    /// The rank of a single byte (every byte is a token in tiktoken's files).
    @inline(__always)
    func byteRank(_ byte: UInt8) -> UInt32 { byteRanks[Int(byte)] }

    /// The bytes of `rank`, or nil when the table has no such token.
    func bytes(of rank: Int) -> UnsafeBufferPointer<UInt8>? {
        guard rank >= 0, rank < tokenCount else { return nil }
        let start = Int(offsets[rank])
        let end = Int(offsets[rank + 1])
        guard end > start else { return nil }
        return UnsafeBufferPointer(start: (blob + start).assumingMemoryBound(to: UInt8.self), count: end - start)
    }

    /// Builds a table from tokens indexed by rank (an empty entry is a gap in the ranks).
    static func build(tokensByRank: [[UInt8]], sourceSHA256: [UInt8]) -> RankTable {
        var slotCount = 2
        while slotCount < tokensByRank.count * 2 { slotCount <<= 1 }
        let layout = Layout(
            tokenCount: tokensByRank.count, blobLength: tokensByRank.reduce(0) { $0 + $1.count }, slotCount: slotCount)
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: layout.checksumStart + 8, alignment: 8)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
        let base = storage.baseAddress!
        for (i, byte) in magic.enumerated() { base.storeBytes(of: byte, toByteOffset: i, as: UInt8.self) }
        for (i, byte) in sourceSHA256.prefix(32).enumerated() {
            base.storeBytes(of: byte, toByteOffset: 8 + i, as: UInt8.self)
        }
        base.storeBytes(of: UInt32(layout.tokenCount), toByteOffset: 40, as: UInt32.self)
        base.storeBytes(of: UInt32(layout.blobLength), toByteOffset: 44, as: UInt32.self)
        base.storeBytes(of: UInt32(slotCount), toByteOffset: 48, as: UInt32.self)
        base.storeBytes(of: UInt32(tokensByRank.map(\.count).max() ?? 0), toByteOffset: 52, as: UInt32.self)
        let offsets = (base + headerSize).assumingMemoryBound(to: UInt32.self)
        let blob = base + layout.blobStart
        let pairs = (base + layout.pairsStart).assumingMemoryBound(to: UInt32.self)
        let slots = (base + layout.slotsStart).assumingMemoryBound(to: UInt64.self)
        pairs.update(repeating: noRank, count: 65_536)
        let shift = UInt64(64 - slotCount.trailingZeroBitCount)
        var offset = 0
        for (rank, token) in tokensByRank.enumerated() {
            offsets[rank] = UInt32(offset)
            (blob + offset).copyMemory(from: token, byteCount: token.count)
            if token.count == 2 { pairs[Int(token[0]) << 8 | Int(token[1])] = UInt32(rank) }
            if !token.isEmpty {
                let prefix = prefixWord(blob + offset, token.count)
                var index = Int(truncatingIfNeeded: hash(blob + offset, token.count, prefix: prefix) >> shift)
                while slots[2 * index + 1] != 0 { index = (index + 1) & (slotCount - 1) }
                slots[2 * index] = prefix
                slots[2 * index + 1] = UInt64(rank) | UInt64(token.count) << 32
            }
            offset += token.count
        }
        offsets[layout.tokenCount] = UInt32(offset)
        base.storeBytes(of: checksum(base, layout.checksumStart), toByteOffset: layout.checksumStart, as: UInt64.self)
        return RankTable(adopting: storage)!
    }

}
