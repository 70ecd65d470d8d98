/// o200k_base's pattern, the `|`-join of:
/// ```
/// [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
/// [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
/// \p{N}{1,3}
///  ?[^\s\p{L}\p{N}]+[\r\n/]*
/// \s*[\r\n]+
/// \s+(?!\S)
/// \s+
/// ```
/// The first two backtrack; the functions below return the first match in backtracking order.
/// Llama 4 and gpt-oss use it as it is; Mistral's tekken drops the contraction suffixes and takes
/// digits one at a time (`\p{N}`).
enum O200KStyle {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int, contractions: Bool, maxDigits: Int) -> Int {
        let (first, width) = text.scalar(at: i)
        if let end = wordEnd(in: text, from: i, first: first, width: width) {
            return contractions ? contractionEnd(in: text, from: end) : end
        }
        // \p{N}{1,3}
        if first & UnicodeClass.number != 0 { return text.numberEnd(from: i, firstWidth: width, maxDigits: maxDigits) }
        //  ?[^\s\p{L}\p{N}]+[\r\n/]*
        if let end = text.symbolsEnd(from: i, first: first, slash: true) { return end }
        let runEnd = text.run(from: i, anyOf: UnicodeClass.space)
        return text.whitespacePieceEnd(from: i, runEnd: runEnd, firstWidth: width)
    }

    /// Alternatives 1 and 2 without their contraction suffix, each first with the optional prefix
    /// scalar and then without it.
    @inline(__always)
    static func wordEnd(in text: UTF8Text, from i: Int, first: UInt8, width: Int) -> Int? {
        let letterish = UnicodeClass.upper | UnicodeClass.lower
        let hasPrefix = first & UnicodeClass.notPrefix == 0
        if first & letterish == 0 && !(hasPrefix && text.flags(at: i + width) & letterish != 0) {
            return nil  // fast path: neither a letter here nor a prefix before one
        }
        if hasPrefix, let end = casedThenLowerEnd(in: text, from: i + width) { return end }
        if let end = casedThenLowerEnd(in: text, from: i) { return end }
        if hasPrefix, let end = casedThenAnyEnd(in: text, from: i + width) { return end }
        return casedThenAnyEnd(in: text, from: i)
    }

    /// `U*W+` from `s`: greedy U*, backing off until W+ can start.
    @inline(__always)
    static func casedThenLowerEnd(in text: UTF8Text, from s: Int) -> Int? {
        var j = s
        var afterLastLower = -1  // end of the last scalar in the U run that is also W
        while j < text.count {
            let (flags, w) = text.scalar(at: j)
            if flags & UnicodeClass.upper == 0 { break }
            j += w
            if flags & UnicodeClass.lower != 0 { afterLastLower = j }
        }
        if text.flags(at: j) & UnicodeClass.lower != 0 {
            return text.run(from: j, anyOf: UnicodeClass.lower)
        }
        return afterLastLower >= 0 ? afterLastLower : nil
    }

    /// `U+W*` from `s`.
    @inline(__always)
    static func casedThenAnyEnd(in text: UTF8Text, from s: Int) -> Int? {
        let j = text.run(from: s, anyOf: UnicodeClass.upper)
        if j == s { return nil }
        return text.run(from: j, anyOf: UnicodeClass.lower)
    }

    /// `(?i:'s|'t|'re|'ve|'m|'ll|'d)?` at `end`.
    @inline(__always)
    static func contractionEnd(in text: UTF8Text, from end: Int) -> Int {
        guard end < text.count, text.bytes[end] == 0x27, let (a, wa) = text.foldedLetter(at: end + 1) else {
            return end
        }
        switch a {
        case UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "m"), UInt8(ascii: "d"):
            return end + 1 + wa
        case UInt8(ascii: "r"), UInt8(ascii: "v"), UInt8(ascii: "l"):
            if let (b, wb) = text.foldedLetter(at: end + 1 + wa),
                (a == UInt8(ascii: "l") && b == UInt8(ascii: "l")) || (a != UInt8(ascii: "l") && b == UInt8(ascii: "e"))
            {
                return end + 1 + wa + wb
            }
            return end
        default:
            return end
        }
    }
}

/// tiktoken's o200k_base (and o200k_harmony, and Llama 4's pattern).
enum O200KSplitter: PieceSplitter {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int) -> Int {
        O200KStyle.pieceEnd(in: text, from: i, contractions: true, maxDigits: 3)
    }
}

/// Mistral's tekken pattern.
enum TekkenSplitter: PieceSplitter {
    @inline(__always)
    static func pieceEnd(in text: UTF8Text, from i: Int) -> Int {
        O200KStyle.pieceEnd(in: text, from: i, contractions: false, maxDigits: 1)
    }
}
