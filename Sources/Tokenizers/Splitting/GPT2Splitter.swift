/// GPT-2's pattern, which `tokenizers`' ByteLevel pre-tokenizer applies when `use_regex` is true:
/// `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`
/// (contractions are lowercase only; a run of whitespace leaves its last scalar to the next word).
enum GPT2Splitter: PieceSplitter {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int) -> Int {
        let b = text.bytes[i]
        if b == 0x27, i + 1 < text.count {  // 's|'t|'re|'ve|'m|'ll|'d
            let c = text.bytes[i + 1]
            if c == UInt8(ascii: "s") || c == UInt8(ascii: "t") || c == UInt8(ascii: "m") || c == UInt8(ascii: "d") { return i + 2 }
            if i + 2 < text.count {
                let d = text.bytes[i + 2]
                if (c == UInt8(ascii: "r") || c == UInt8(ascii: "v")) && d == UInt8(ascii: "e") { return i + 3 }
                if c == UInt8(ascii: "l") && d == UInt8(ascii: "l") { return i + 3 }
            }
        }
        let (first, width) = text.scalar(at: i)
        var start = i
        var flags = first
        if b == 0x20, i + 1 < text.count {  // the optional space before a letter, number or symbol run
            let next = text.flags(at: i + 1)
            if next & UnicodeClass.space == 0 {
                start = i + 1
                flags = next
            }
        }
        if flags & UnicodeClass.letter != 0 { return text.run(from: start, anyOf: UnicodeClass.letter) }
        if flags & UnicodeClass.number != 0 { return text.run(from: start, anyOf: UnicodeClass.number) }
        if flags & UnicodeClass.space == 0 { return text.run(from: start, noneOf: UnicodeClass.notSymbol) }
        // \s+(?!\S) then \s+
        let runEnd = text.run(from: i, anyOf: UnicodeClass.space)
        if runEnd == text.count { return runEnd }
        let lastStart = text.start(ofScalarEndingAt: runEnd)
        return lastStart > i ? lastStart : i + width
    }
}
