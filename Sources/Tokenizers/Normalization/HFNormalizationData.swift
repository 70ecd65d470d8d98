/// The generated Unicode 9.0 tables (`HFNormalizationTables`), parsed once at first use:
/// per-scalar class and flags, full canonical and compatibility decompositions and the composition pairs.
struct HFNormalizationData: Sendable {
    static let shared = HFNormalizationData()

    /// Flags above the combining class in `properties(_:)`.
    static let hasDecomposition: UInt16 = 0x100  // a table decomposition (Hangul syllables are separate)
    static let hangulSyllable: UInt16 = 0x200
    static let notInNFC: UInt16 = 0x400  // NFC_Quick_Check=No: a singleton or excluded decomposition
    static let composesWithPrevious: UInt16 = 0x800  // NFC_Quick_Check=Maybe: second of some pair
    /// Full compatibility decomposition differs from the canonical one (NFKD/NFKC change it).
    static let hasCompatibilityDecomposition: UInt16 = 0x1000

    static let hangulSyllableBase: UInt32 = 0xAC00
    static let hangulLeadingBase: UInt32 = 0x1100
    static let hangulVowelBase: UInt32 = 0x1161
    static let hangulTrailingBase: UInt32 = 0x11A7  // one before the first trailing consonant
    static let hangulLeadingCount: UInt32 = 19
    static let hangulVowelCount: UInt32 = 21
    static let hangulTrailingCount: UInt32 = 28
    static let hangulSyllableCount: UInt32 = 19 * 21 * 28

    private static let blockShift = 7
    private static let blockMask: UInt32 = 0x7F

    /// Two-stage lookup: `blocks[blockIndex[scalar >> 7] << 7 | scalar & 0x7F]`, identical blocks shared.
    private let blockIndex: [UInt16]
    private let blocks: [UInt16]
    /// Full canonical decompositions (already recursive) of every scalar flagged `hasDecomposition`.
    let decompositions: [UInt32: [UInt32]]
    /// Full compatibility decompositions (Hangul syllables in them opened up too) of every scalar
    /// flagged `hasCompatibilityDecomposition`.
    let compatibilityDecompositions: [UInt32: [UInt32]]
    /// Primary composites by `first << 32 | second`, without Hangul.
    let compositions: [UInt64: UInt32]

    /// Combining class in the low byte, flags in the high byte.
    @inline(__always) func properties(_ scalar: UInt32) -> UInt16 {
        blocks[Int(blockIndex[Int(scalar >> UInt32(Self.blockShift))]) << Self.blockShift | Int(scalar & Self.blockMask)]
    }

    private init() {
        var flat = [UInt16](repeating: 0, count: 0x110000)
        Self.parseHex(HFNormalizationTables.combiningClassRuns) { text in
            let runCount = text.count / 8
            for run in 0..<runCount {
                let start = Self.hex(text, run * 8, 6)
                let end = run + 1 < runCount ? Self.hex(text, run * 8 + 8, 6) : flat.count
                let combiningClass = UInt16(Self.hex(text, run * 8 + 6, 2))
                if combiningClass != 0 {
                    for scalar in start..<end { flat[scalar] = combiningClass }
                }
            }
        }
        var excluded: Set<UInt32> = []
        Self.parseHex(HFNormalizationTables.compositionExclusions) { text in
            Self.forEachNumber(text) { number, _ in excluded.insert(number) }
        }
        let mappings = Self.oneStepMappings(HFNormalizationTables.canonicalDecompositions)
        let compatibilityMappings = Self.oneStepMappings(HFNormalizationTables.compatibilityDecompositions)

        var compositions: [UInt64: UInt32] = [:]
        var decompositions: [UInt32: [UInt32]] = [:]
        func fullyDecomposed(_ scalar: UInt32) -> [UInt32] {
            guard let mapping = mappings[scalar] else { return [scalar] }
            return mapping.flatMap(fullyDecomposed)
        }
        func fullyDecomposedForCompatibility(_ scalar: UInt32) -> [UInt32] {
            if let mapping = compatibilityMappings[scalar] ?? mappings[scalar] {
                return mapping.flatMap(fullyDecomposedForCompatibility)
            }
            let index = scalar &- Self.hangulSyllableBase
            guard index < Self.hangulSyllableCount else { return [scalar] }
            let perLeading = Self.hangulVowelCount * Self.hangulTrailingCount
            let trailing = index % Self.hangulTrailingCount
            return [Self.hangulLeadingBase + index / perLeading, Self.hangulVowelBase + index % perLeading / Self.hangulTrailingCount]
                + (trailing == 0 ? [] : [Self.hangulTrailingBase + trailing])
        }
        for (scalar, mapping) in mappings {
            flat[Int(scalar)] |= Self.hasDecomposition
            decompositions[scalar] = fullyDecomposed(scalar)
            if mapping.count == 2 && !excluded.contains(scalar) {
                compositions[UInt64(mapping[0]) << 32 | UInt64(mapping[1])] = scalar
                flat[Int(mapping[1])] |= Self.composesWithPrevious
            } else {
                flat[Int(scalar)] |= Self.notInNFC
            }
        }
        // A canonical decomposition can hold a compatibility one (U+1E9B holds U+017F), so every
        // decomposable scalar is checked, not only the `<tag>` ones.
        var compatibilityDecompositions: [UInt32: [UInt32]] = [:]
        for scalar in Set(mappings.keys).union(compatibilityMappings.keys) {
            let decomposition = fullyDecomposedForCompatibility(scalar)
            if decomposition != decompositions[scalar, default: [scalar]] {
                compatibilityDecompositions[scalar] = decomposition
                flat[Int(scalar)] |= Self.hasCompatibilityDecomposition
            }
        }
        let syllables = Int(Self.hangulSyllableBase)..<Int(Self.hangulSyllableBase + Self.hangulSyllableCount)
        for scalar in syllables { flat[scalar] |= Self.hangulSyllable }
        for offset in 0..<Self.hangulVowelCount { flat[Int(Self.hangulVowelBase + offset)] |= Self.composesWithPrevious }
        for offset in 1..<Self.hangulTrailingCount { flat[Int(Self.hangulTrailingBase + offset)] |= Self.composesWithPrevious }

        var blockIndex: [UInt16] = []
        var blocks: [UInt16] = []
        var blockNumbers: [ArraySlice<UInt16>: UInt16] = [:]
        let blockSize = 1 << Self.blockShift
        for start in stride(from: 0, to: flat.count, by: blockSize) {
            let block = flat[start..<(start + blockSize)]
            if let number = blockNumbers[block] {
                blockIndex.append(number)
            } else {
                let number = UInt16(blocks.count / blockSize)
                blockNumbers[block] = number
                blocks.append(contentsOf: block)
                blockIndex.append(number)
            }
        }
        self.blockIndex = blockIndex
        self.blocks = blocks
        self.decompositions = decompositions
        self.compatibilityDecompositions = compatibilityDecompositions
        self.compositions = compositions
    }

    /// `DELTA:FIRST[ SECOND ...];` entries, as the generator writes them, by scalar.
    private static func oneStepMappings(_ table: StaticString) -> [UInt32: [UInt32]] {
        var mappings: [UInt32: [UInt32]] = [:]
        parseHex(table) { text in
            var scalar: UInt32 = 0
            var mapping: [UInt32] = []
            forEachNumber(text) { number, terminator in
                switch terminator {
                case UInt8(ascii: ":"):
                    scalar += number
                case UInt8(ascii: ";"):
                    mapping.append(number)
                    mappings[scalar] = mapping
                    mapping = []
                default:
                    mapping.append(number)
                }
            }
        }
        return mappings
    }

    private static func parseHex(_ text: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        text.withUTF8Buffer(body)
    }

    private static func hex(_ text: UnsafeBufferPointer<UInt8>, _ at: Int, _ digits: Int) -> Int {
        var value = 0
        for k in at..<(at + digits) {
            let c = text[k]
            value = value << 4 | Int(c <= 57 ? c - 48 : c - 55)
        }
        return value
    }

    /// Calls `body` with every hex number in `text` and the byte that ends it.
    private static func forEachNumber(_ text: UnsafeBufferPointer<UInt8>, _ body: (UInt32, UInt8) -> Void) {
        var value: UInt32 = 0
        var digits = 0
        for c in text {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value << 4 | UInt32(c - 48)
                digits += 1
            case UInt8(ascii: "A")...UInt8(ascii: "F"):
                value = value << 4 | UInt32(c - 55)
                digits += 1
            default:
                if digits > 0 { body(value, c) }
                value = 0
                digits = 0
            }
        }
    }
}
