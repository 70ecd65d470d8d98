/// The cl100k family of patterns, alternative by alternative. tiktoken's cl100k_base:
/// `'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s`
/// Llama 3 writes it without `\s++$` (`...|\s*[\r\n]+|\s+(?!\S)|\s+`), which splits a run of
/// whitespace that ends the text at its last line break; Qwen 2 also takes digits one at a time.
enum CL100KStyle {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int, maxDigits: Int, wholeTrailingRun: Bool) -> Int {
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
        // \p{N}{1,3}+ (or \p{N})
        if first & UnicodeClass.number != 0 { return text.numberEnd(from: i, firstWidth: width, maxDigits: maxDigits) }
        //  ?[^\s\p{L}\p{N}]++[\r\n]*+
        if let end = text.symbolsEnd(from: i, first: first, slash: false) { return end }
        // Whitespace: \s++$ takes a run that reaches the end, newlines and all.
        let runEnd = text.run(from: i, anyOf: UnicodeClass.space)
        if wholeTrailingRun && runEnd == text.count { return runEnd }
        return text.whitespacePieceEnd(from: i, runEnd: runEnd, firstWidth: width)
    }
}

/// tiktoken's cl100k_base.
enum CL100KSplitter: PieceSplitter {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int) -> Int {
        CL100KStyle.pieceEnd(in: text, from: i, maxDigits: 3, wholeTrailingRun: true)
    }
}

/// Llama 3's pattern (Meta's tokenizer.model and its tokenizer.json).
enum Llama3Splitter: PieceSplitter {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int) -> Int {
        CL100KStyle.pieceEnd(in: text, from: i, maxDigits: 3, wholeTrailingRun: false)
    }
}

/// Qwen 2's pattern: Llama 3's with one digit per piece.
enum Qwen2Splitter: PieceSplitter {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int) -> Int {
        CL100KStyle.pieceEnd(in: text, from: i, maxDigits: 1, wholeTrailingRun: false)
    }
}
