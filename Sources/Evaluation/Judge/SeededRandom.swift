/// SplitMix64: a small generator whose sequence a seed fixes, so a judge's shuffle can be replayed
/// from the seed kept in its record.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A seed for one judgment: the run's seed mixed with a stable hash of the judgment's key
    /// (FNV-1a; Swift's `Hasher` changes from run to run).
    public static func seed(_ runSeed: UInt64, for key: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var generator = SeededRandom(seed: runSeed ^ hash)
        return generator.next()
    }
}
