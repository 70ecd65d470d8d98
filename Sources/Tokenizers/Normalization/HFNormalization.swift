/// Unicode normalization exactly as Hugging Face `tokenizers` does it for `{"type": "NFC"}`, `"NFD"`,
/// `"NFKC"` and `"NFKD"` normalizers (Qwen's tokenizer.json uses NFC).
///
/// HF's tables are Unicode 9.0; Swift's own normalization follows a newer Unicode, which composes 21
/// code points differently, knows 154 more combining marks and decomposes 192 more code points for
/// NFKC, so this works on Unicode scalars with the generated `HFNormalizationTables` and never calls
/// Foundation or the standard library to normalize.
public enum HFNormalization {
    /// NFC as HF computes it. Text already in NFC by the quick check (all text below U+0300 is) comes
    /// back unchanged, without allocating.
    public static func nfc(_ text: String) -> String {
        passesNFCQuickCheck(text) ? text : composedCompletely(text)
    }

    /// NFD as HF computes it; text with nothing to decompose or reorder comes back unchanged.
    public static func nfd(_ text: String) -> String {
        passesNFDQuickCheck(text) ? text : decomposedCompletely(text)
    }

    /// NFKC as HF computes it: compatibility decomposition, then canonical composition. Text NFKC
    /// cannot change (all ASCII, for one) comes back unchanged.
    public static func nfkc(_ text: String) -> String {
        passesNFKCQuickCheck(text) ? text : composedCompletely(text, compatibility: true)
    }

    /// NFKD as HF computes it; text with nothing to decompose or reorder comes back unchanged.
    public static func nfkd(_ text: String) -> String {
        passesNFKDQuickCheck(text) ? text : decomposedCompletely(text, compatibility: true)
    }

    /// Text that NFC cannot change: below U+0300 (no marks, nothing that decomposes and stays
    /// decomposed), or with no NFC_Quick_Check No or Maybe scalar and ordered combining classes.
    static func passesNFCQuickCheck(_ text: String) -> Bool {
        isUnchanged(text, below: 0x300, rejecting: HFNormalizationData.notInNFC | HFNormalizationData.composesWithPrevious)
    }

    /// Text that NFD cannot change: below U+00C0, or with nothing to decompose and ordered classes.
    static func passesNFDQuickCheck(_ text: String) -> Bool {
        isUnchanged(text, below: 0xC0, rejecting: HFNormalizationData.hasDecomposition | HFNormalizationData.hangulSyllable)
    }

    /// Text that NFKC cannot change: ASCII (U+00A0 is the first scalar with a compatibility
    /// decomposition), or nothing NFC would change and nothing with a compatibility decomposition.
    static func passesNFKCQuickCheck(_ text: String) -> Bool {
        isUnchanged(text, below: 0x80, rejecting: HFNormalizationData.notInNFC | HFNormalizationData.composesWithPrevious
            | HFNormalizationData.hasCompatibilityDecomposition)
    }

    static func passesNFKDQuickCheck(_ text: String) -> Bool {
        isUnchanged(text, below: 0x80, rejecting: HFNormalizationData.hasDecomposition | HFNormalizationData.hangulSyllable
            | HFNormalizationData.hasCompatibilityDecomposition)
    }

    /// NFC (NFKC) without the quick check (also for the tests proving the quick check never skips a change).
    static func composedCompletely(_ text: String, compatibility: Bool = false) -> String {
        var units = decomposed(text, compatibility: compatibility)
        compose(&units)
        return string(from: units)
    }

    static func decomposedCompletely(_ text: String, compatibility: Bool = false) -> String {
        string(from: decomposed(text, compatibility: compatibility))
    }

    /// True when every scalar is below `threshold`, or when no scalar has a flag in `rejecting` and
    /// the combining classes never decrease.
    private static func isUnchanged(_ text: String, below threshold: UInt32, rejecting: UInt16) -> Bool {
        // The UTF-8 lead byte of `threshold` (a multiple of 64 below U+0800); continuation bytes are lower.
        let leadByte = UInt8(0xC0 | threshold >> 6)
        let allBelow = text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= leadByte } }
        if allBelow ?? !text.utf8.contains(where: { $0 >= leadByte }) { return true }
        let data = HFNormalizationData.shared
        var lastClass: UInt16 = 0
        for scalar in text.unicodeScalars {
            if scalar.value < threshold {
                lastClass = 0
                continue
            }
            let properties = data.properties(scalar.value)
            let combiningClass = properties & 0xFF
            if properties & rejecting != 0 || (combiningClass != 0 && lastClass > combiningClass) { return false }
            lastClass = combiningClass
        }
        return true
    }

    // The working form: one UInt32 per scalar, the combining class above the 21 scalar bits.
    private static let scalarBits: UInt32 = 21
    private static let scalarMask: UInt32 = 1 << 21 - 1

    @inline(__always) private static func unit(_ scalar: UInt32, _ data: HFNormalizationData) -> UInt32 {
        UInt32(data.properties(scalar) & 0xFF) << scalarBits | scalar
    }

    /// Full canonical (or compatibility) decomposition, then canonical ordering (a stable sort of
    /// each run of non-starters).
    private static func decomposed(_ text: String, compatibility: Bool) -> [UInt32] {
        let data = HFNormalizationData.shared
        var units: [UInt32] = []
        units.reserveCapacity(text.utf8.count)
        // Nothing below U+00C0 decomposes canonically, nothing below U+00A0 at all.
        let firstDecomposing: UInt32 = compatibility ? 0xA0 : 0xC0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let properties = value < firstDecomposing ? 0 : data.properties(value)
            if compatibility, properties & HFNormalizationData.hasCompatibilityDecomposition != 0,
                let mapping = data.compatibilityDecompositions[value]
            {
                for part in mapping { units.append(unit(part, data)) }
            } else if properties & HFNormalizationData.hasDecomposition != 0, let mapping = data.decompositions[value] {
                for part in mapping { units.append(unit(part, data)) }
            } else if properties & HFNormalizationData.hangulSyllable != 0 {
                let index = value - HFNormalizationData.hangulSyllableBase
                let perLeading = HFNormalizationData.hangulVowelCount * HFNormalizationData.hangulTrailingCount
                units.append(HFNormalizationData.hangulLeadingBase + index / perLeading)
                units.append(HFNormalizationData.hangulVowelBase + index % perLeading / HFNormalizationData.hangulTrailingCount)
                let trailing = index % HFNormalizationData.hangulTrailingCount
                if trailing != 0 { units.append(HFNormalizationData.hangulTrailingBase + trailing) }
            } else {
                units.append(UInt32(properties & 0xFF) << scalarBits | value)
            }
        }
        reorder(&units)
        return units
    }

    private static func reorder(_ units: inout [UInt32]) {
        var start = 0
        while start < units.count {
            guard units[start] >> scalarBits != 0 else {
                start += 1
                continue
            }
            var end = start + 1
            var sorted = true
            while end < units.count, units[end] >> scalarBits != 0 {
                if units[end] >> scalarBits < units[end - 1] >> scalarBits { sorted = false }
                end += 1
            }
            if !sorted { sortByClass(&units, start..<end) }
            start = end
        }
    }

    /// A stable sort by combining class: insertion sort for short runs, counting sort for long ones
    /// (a megabyte of marks must not take quadratic time).
    private static func sortByClass(_ units: inout [UInt32], _ range: Range<Int>) {
        if range.count <= 32 {
            for i in (range.lowerBound + 1)..<range.upperBound {
                let moving = units[i]
                var j = i
                while j > range.lowerBound, units[j - 1] >> scalarBits > moving >> scalarBits {
                    units[j] = units[j - 1]
                    j -= 1
                }
                units[j] = moving
            }
            return
        }
        var counts = [Int](repeating: 0, count: 257)
        for i in range { counts[Int(units[i] >> scalarBits) + 1] += 1 }
        for k in 1..<257 { counts[k] += counts[k - 1] }
        let run = Array(units[range])
        for moving in run {
            let slot = Int(moving >> scalarBits)
            units[range.lowerBound + counts[slot]] = moving
            counts[slot] += 1
        }
    }

    /// Canonical composition in place (UAX #15): a scalar joins the last starter unless a scalar
    /// between them is a starter or has a class at least its own.
    private static func compose(_ units: inout [UInt32]) {
        guard !units.isEmpty else { return }
        let data = HFNormalizationData.shared
        var starter = 0
        var lastClass = units[0] >> scalarBits
        if lastClass != 0 { lastClass = 256 }  // a leading non-starter composes with nothing
        var kept = 1
        for index in 1..<units.count {
            let current = units[index]
            let currentClass = current >> scalarBits
            if lastClass < currentClass || lastClass == 0,
                let composite = composite(units[starter] & scalarMask, current & scalarMask, data)
            {
                units[starter] = unit(composite, data)
                continue
            }
            if currentClass == 0 { starter = kept }
            lastClass = currentClass
            units[kept] = current
            kept += 1
        }
        units.removeSubrange(kept...)
    }

    private static func composite(_ first: UInt32, _ second: UInt32, _ data: HFNormalizationData) -> UInt32? {
        guard second >= 0x300, data.properties(second) & HFNormalizationData.composesWithPrevious != 0 else { return nil }
        let leading = first &- HFNormalizationData.hangulLeadingBase
        let vowel = second &- HFNormalizationData.hangulVowelBase
        if leading < HFNormalizationData.hangulLeadingCount && vowel < HFNormalizationData.hangulVowelCount {
            return HFNormalizationData.hangulSyllableBase
                + (leading * HFNormalizationData.hangulVowelCount + vowel) * HFNormalizationData.hangulTrailingCount
        }
        let syllable = first &- HFNormalizationData.hangulSyllableBase
        let trailing = second &- HFNormalizationData.hangulTrailingBase
        if syllable < HFNormalizationData.hangulSyllableCount && syllable % HFNormalizationData.hangulTrailingCount == 0
            && trailing > 0 && trailing < HFNormalizationData.hangulTrailingCount
        {
            return first + trailing
        }
        return data.compositions[UInt64(first) << 32 | UInt64(second)]
    }

    private static func string(from units: [UInt32]) -> String {
        String(unsafeUninitializedCapacity: units.count * 4) { buffer in
            var count = 0
            for unit in units {
                let scalar = unit & scalarMask
                if scalar < 0x80 {
                    buffer[count] = UInt8(scalar)
                    count += 1
                } else if scalar < 0x800 {
                    buffer[count] = UInt8(0xC0 | scalar >> 6)
                    buffer[count + 1] = UInt8(0x80 | scalar & 0x3F)
                    count += 2
                } else if scalar < 0x10000 {
                    buffer[count] = UInt8(0xE0 | scalar >> 12)
                    buffer[count + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | scalar & 0x3F)
                    count += 3
                } else {
                    buffer[count] = UInt8(0xF0 | scalar >> 18)
                    buffer[count + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    buffer[count + 3] = UInt8(0x80 | scalar & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }
}
