/// cl100k_base's pattern, alternative by alternative:
/// `'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s`
enum CL100KSplitter: PieceSplitter {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int) -> Int {
        let (first, width) = text.scalar(at: i)
        // '(?i:[sdmt]|ll|ve|re)
        if text.bytes[i] == 0x27, let (a, wa) = text.foldedLetter(at: i + 1) {
            switch a {
            case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "m"), UInt8(ascii: "t"):
                return i + 1 + wa
            case UInt8(ascii: "l"), UInt8(ascii: "v"), UInt8(ascii: "r"):
                if let (b, wb) = text.foldedLetter(at: i + 1 + wa),
                    (a == UInt8(ascii: "l") && b == UInt8(ascii: "l")) || (a != UInt8(ascii: "l") && b == UInt8(ascii: "e"))
                {
                    return i + 1 + wa + wb
                }
            default: break
            }
        }
        // [^\r\n\p{L}\p{N}]?+\p{L}++
        if first & UnicodeClass.letter != 0 {
            return text.run(from: i + width, anyOf: UnicodeClass.letter)
        }
        if first & UnicodeClass.notPrefix == 0, text.flags(at: i + width) & UnicodeClass.letter != 0 {
            return text.run(from: i + width, anyOf: UnicodeClass.letter)
        }
        // \p{N}{1,3}+
        if first & UnicodeClass.number != 0 {
            var j = i + width
            for _ in 0..<2 where j < text.count {
                let (flags, w) = text.scalar(at: j)
                if flags & UnicodeClass.number == 0 { break }
                j += w
            }
            return j
        }
        //  ?[^\s\p{L}\p{N}]++[\r\n]*+
        var symbolStart = i
        if text.bytes[i] == 0x20, text.flags(at: i + 1) & UnicodeClass.notSymbol == 0, i + 1 < text.count {
            symbolStart = i + 1
        }
        if symbolStart > i || first & UnicodeClass.notSymbol == 0 {
            let end = text.run(from: symbolStart, noneOf: UnicodeClass.notSymbol)
            return text.lineBreaks(from: end, slash: false)
        }
        // Whitespace: \s++$ takes a run that reaches the end, newlines and all.
        let runEnd = text.run(from: i, anyOf: UnicodeClass.space)
        if runEnd == text.count { return runEnd }
        return text.whitespacePieceEnd(from: i, runEnd: runEnd, firstWidth: width)
    }
}
