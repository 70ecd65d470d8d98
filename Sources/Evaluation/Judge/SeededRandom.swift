import Dataset

/// The seed of one judgment, so its shuffle (a `SplitMix64` from that seed) can be replayed from
/// the seed kept in its record.
public enum SeededRandom {
    /// The run's seed mixed with a stable hash of the judgment's key (FNV-1a; Swift's `Hasher`
    /// changes from run to run).
    public static func seed(_ runSeed: UInt64, for key: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var generator = SplitMix64(seed: runSeed ^ hash)
        return generator.next()
    }
}
