#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Token bytes and their ranks in one contiguous buffer: a byte-keyed open-addressing hash table
/// for encoding and an offset table for decoding.
///
/// The buffer's layout is also the on-disk cache format, so a cold start reads it with a single
/// `read` and uses it in place:
/// ```
/// 0   "TSRANKS1"            8 bytes
/// 8   sha256 of the source  32 bytes
/// 40  tokenCount, blobLength, slotCount, maxTokenLength   UInt32 each
/// 56  reserved              8 bytes
/// 64  offsets               (tokenCount + 1) x UInt32, padded to 8
///     blob                  token bytes in rank order, padded to 8
///     slots                 slotCount x UInt64: rank | length << 32 | hash tag << 40, 0 = empty
///     checksum              UInt64 over everything before it
/// ```
/// Keys are bytes, never `String`s: Swift compares strings by canonical equivalence.
final class RankTable: @unchecked Sendable {  // immutable after init
    static let magic: [UInt8] = Array("TSRANKS1".utf8)
    static let headerSize = 64

    let storage: UnsafeMutableRawBufferPointer
    let sourceSHA256: [UInt8]
    let tokenCount: Int
    let maxTokenLength: Int
    private let offsets: UnsafePointer<UInt32>
    private let blob: UnsafePointer<UInt8>
    private let slots: UnsafePointer<UInt64>
    private let slotMask: Int

    static let noRank = UInt32.max

    /// Adopts `storage` (allocated with 8-byte alignment); nil when it is not a complete, intact table.
    init?(adopting storage: UnsafeMutableRawBufferPointer) {
        let base = UnsafeRawPointer(storage.baseAddress!)
        guard storage.count >= Self.headerSize + 8,
            Array(UnsafeRawBufferPointer(start: base, count: 8)) == Self.magic
        else { return nil }
        let tokenCount = Int(base.load(fromByteOffset: 40, as: UInt32.self))
        let blobLength = Int(base.load(fromByteOffset: 44, as: UInt32.self))
        let slotCount = Int(base.load(fromByteOffset: 48, as: UInt32.self))
        let offsetsSize = Self.padded((tokenCount + 1) * 4)
        let blobStart = Self.headerSize + offsetsSize
        let slotsStart = blobStart + Self.padded(blobLength)
        let checksumStart = slotsStart + slotCount * 8
        guard slotCount > 0, slotCount & (slotCount - 1) == 0, checksumStart + 8 == storage.count,
            base.load(fromByteOffset: checksumStart, as: UInt64.self) == Self.checksum(base, checksumStart)
        else { return nil }
        self.storage = storage
        self.sourceSHA256 = Array(UnsafeRawBufferPointer(start: base + 8, count: 32))
        self.tokenCount = tokenCount
        self.maxTokenLength = Int(base.load(fromByteOffset: 52, as: UInt32.self))
        self.offsets = (base + Self.headerSize).assumingMemoryBound(to: UInt32.self)
        self.blob = (base + blobStart).assumingMemoryBound(to: UInt8.self)
        self.slots = (base + slotsStart).assumingMemoryBound(to: UInt64.self)
        self.slotMask = slotCount - 1
    }

    deinit { storage.deallocate() }

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

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= length {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < length {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < length {
                tail |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// The rank of exactly these bytes, or `noRank`.
    @inline(__always)
    func rank(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        if length > maxTokenLength { return Self.noRank }
        let h = Self.hash(p, length)
        let key = (h >> 40) << 8 | UInt64(length)
        var index = Int(truncatingIfNeeded: h) & slotMask
        while true {
            let slot = slots[index]
            if slot == 0 { return Self.noRank }
            if slot >> 32 == key {
                let rank = UInt32(truncatingIfNeeded: slot)
                if memcmp(blob + Int(offsets[Int(rank)]), p, length) == 0 { return rank }
            }
            index = (index + 1) & slotMask
        }
    }

    /// The bytes of `rank`, or nil when the table has no such token.
    func bytes(of rank: Int) -> UnsafeBufferPointer<UInt8>? {
        guard rank >= 0, rank < tokenCount else { return nil }
        let start = Int(offsets[rank])
        let end = Int(offsets[rank + 1])
        guard end > start else { return nil }
        return UnsafeBufferPointer(start: blob + start, count: end - start)
    }

    /// Builds a table from tokens indexed by rank (an empty entry is a gap in the ranks).
    static func build(tokensByRank: [[UInt8]], sourceSHA256: [UInt8]) -> RankTable {
        let tokenCount = tokensByRank.count
        let blobLength = tokensByRank.reduce(0) { $0 + $1.count }
        var slotCount = 1
        while slotCount < tokenCount * 2 { slotCount <<= 1 }
        let blobStart = headerSize + padded((tokenCount + 1) * 4)
        let slotsStart = blobStart + padded(blobLength)
        let checksumStart = slotsStart + slotCount * 8
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: checksumStart + 8, alignment: 8)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
        let base = storage.baseAddress!
        for (i, byte) in magic.enumerated() { base.storeBytes(of: byte, toByteOffset: i, as: UInt8.self) }
        for (i, byte) in sourceSHA256.prefix(32).enumerated() {
            base.storeBytes(of: byte, toByteOffset: 8 + i, as: UInt8.self)
        }
        base.storeBytes(of: UInt32(tokenCount), toByteOffset: 40, as: UInt32.self)
        base.storeBytes(of: UInt32(blobLength), toByteOffset: 44, as: UInt32.self)
        base.storeBytes(of: UInt32(slotCount), toByteOffset: 48, as: UInt32.self)
        base.storeBytes(of: UInt32(tokensByRank.map(\.count).max() ?? 0), toByteOffset: 52, as: UInt32.self)
        let offsets = (base + headerSize).assumingMemoryBound(to: UInt32.self)
        let blob = (base + blobStart).assumingMemoryBound(to: UInt8.self)
        let slots = (base + slotsStart).assumingMemoryBound(to: UInt64.self)
        var offset = 0
        for (rank, token) in tokensByRank.enumerated() {
            offsets[rank] = UInt32(offset)
            token.withUnsafeBufferPointer { source in
                guard let start = source.baseAddress else { return }
                (blob + offset).update(from: start, count: source.count)
                let h = hash(start, source.count)
                var index = Int(truncatingIfNeeded: h) & (slotCount - 1)
                while slots[index] != 0 { index = (index + 1) & (slotCount - 1) }
                slots[index] = UInt64(rank) | UInt64(source.count) << 32 | (h >> 40) << 40
            }
            offset += token.count
        }
        offsets[tokenCount] = UInt32(offset)
        base.storeBytes(of: checksum(base, checksumStart), toByteOffset: checksumStart, as: UInt64.self)
        return RankTable(adopting: storage)!
    }
}
