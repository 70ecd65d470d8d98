/// The character classes the two split patterns use, one byte of flags per code point.
///
/// The flags come from `UnicodeTables` (generated from tiktoken itself), so they follow Unicode 16
/// as tiktoken does, not the standard library's newer tables.
enum UnicodeClass {
    static let letter: UInt8 = 1  // \p{L}
    static let number: UInt8 = 2  // \p{N}
    static let space: UInt8 = 4  // \s (White_Space)
    static let upper: UInt8 = 8  // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
    static let lower: UInt8 = 16  // [\p{Ll}\p{Lm}\p{Lo}\p{M}]
    static let lineBreak: UInt8 = 32  // \r or \n

    /// `[^\r\n\p{L}\p{N}]`: the optional prefix of a word.
    static let notPrefix: UInt8 = letter | number | lineBreak
    /// `[^\s\p{L}\p{N}]`: punctuation, symbols, marks.
    static let notSymbol: UInt8 = letter | number | space

    /// Flags for every code point 0...0x10FFFF, built once from the generated runs (about 1 ms).
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let size = 0x110000
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        table.initialize(repeating: 0, count: size)
        UnicodeTables.runs.withUTF8Buffer { text in
            let runCount = text.count / 8
            func hex(_ at: Int, _ digits: Int) -> Int {
                var value = 0
                for k in at..<(at + digits) {
                    let c = text[k]
                    value = value << 4 | Int(c <= 57 ? c - 48 : c - 55)
                }
                return value
            }
            for run in 0..<runCount {
                let start = hex(run * 8, 6)
                let end = run + 1 < runCount ? hex(run * 8 + 8, 6) : size
                let flags = UInt8(hex(run * 8 + 6, 2))
                if flags != 0 { (table + start).update(repeating: flags, count: end - start) }
            }
        }
        table[0x0A] |= lineBreak
        table[0x0D] |= lineBreak
        return UnsafePointer(table)
    }()
}
