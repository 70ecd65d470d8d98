/// Valid UTF-8 text under a pointer, read scalar by scalar with its class flags.
///
/// The splitters work on bytes, never on `Character`s: tiktoken's patterns match per Unicode
/// scalar, and byte offsets are what the merge step needs.
struct UTF8Text {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    let classes: UnsafePointer<UInt8>

    init(bytes: UnsafePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
        self.classes = UnicodeClass.table
    }

    /// The flags and byte width of the scalar starting at `i` (which must be `< count`).
    @inline(__always)
    func scalar(at i: Int) -> (flags: UInt8, width: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (classes[Int(b0)], 1) }
        let value: Int
        let width: Int
        if b0 < 0xE0 {
            value = Int(b0 & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
            width = 2
        } else if b0 < 0xF0 {
            value = Int(b0 & 0x0F) << 12 | Int(bytes[i + 1] & 0x3F) << 6 | Int(bytes[i + 2] & 0x3F)
            width = 3
        } else {
            value = Int(b0 & 0x07) << 18 | Int(bytes[i + 1] & 0x3F) << 12
                | Int(bytes[i + 2] & 0x3F) << 6 | Int(bytes[i + 3] & 0x3F)
            width = 4
        }
        return (classes[value], width)
    }

    /// Flags of the scalar at `i`, or 0 at the end of the text.
    @inline(__always)
    func flags(at i: Int) -> UInt8 {
        i < count ? scalar(at: i).flags : 0
    }

    /// The end of the run of scalars from `i` that have any of `wanted`.
    @inline(__always)
    func run(from i: Int, anyOf wanted: UInt8) -> Int {
        var j = i
        while j < count {
            let (flags, width) = scalar(at: j)
            if flags & wanted == 0 { break }
            j += width
        }
        return j
    }

    /// The end of the run of scalars from `i` that have none of `unwanted`.
    @inline(__always)
    func run(from i: Int, noneOf unwanted: UInt8) -> Int {
        var j = i
        while j < count {
            let (flags, width) = scalar(at: j)
            if flags & unwanted != 0 { break }
            j += width
        }
        return j
    }

    /// The end of the run of bytes from `i` that are `\r`, `\n` or, with `slash`, `/`.
    @inline(__always)
    func lineBreaks(from i: Int, slash: Bool) -> Int {
        var j = i
        while j < count {
            let b = bytes[j]
            if b == 0x0A || b == 0x0D || (slash && b == 0x2F) { j += 1 } else { break }
        }
        return j
    }

    /// The start of the scalar that ends at `end` (UTF-8 continuation bytes are 0b10xxxxxx).
    @inline(__always)
    func start(ofScalarEndingAt end: Int) -> Int {
        var j = end - 1
        while bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// The ASCII letter that `(?i:x)` would match at `i`, lowercased, and the scalar's width.
    @inline(__always)
    func foldedLetter(at i: Int) -> (letter: UInt8, width: Int)? {
        guard i < count else { return nil }
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20, 1) }  // only compared against lowercase letters
        let width = scalar(at: i).width
        var value: UInt32 = 0
        for k in 0..<width { value = value << 6 | UInt32(bytes[i + k] & (k == 0 ? 0x3F >> (width - 1) : 0x3F)) }
        guard let letter = UnicodeTables.contractionFolds[value] else { return nil }
        return (letter, width)
    }

    /// The whitespace handling shared by both patterns once no earlier alternative matched at `i`:
    /// `\s*[\r\n]` (or `\s*[\r\n]+`), then `\s+(?!\S)`, then a single `\s`.
    @inline(__always)
    func whitespacePieceEnd(from i: Int, runEnd e: Int, firstWidth: Int) -> Int {
        // \s*[\r\n]+ : backtracks to just after the last line break of the run.
        var k = e
        while k > i {
            let b = bytes[k - 1]
            if b == 0x0A || b == 0x0D { return k }
            k -= 1
        }
        if e == count { return e }  // \s+(?!\S) at the end of the text takes the whole run
        if e - i > firstWidth { return start(ofScalarEndingAt: e) }  // leaves one for the next word
        return i + firstWidth  // \s
    }

    /// `\p{N}{1,maxDigits}` from `i`, whose first scalar is a number `firstWidth` bytes wide.
    @inline(__always)
    func numberEnd(from i: Int, firstWidth: Int, maxDigits: Int) -> Int {
        var j = i + firstWidth
        for _ in 1..<maxDigits where j < count {
            let (flags, w) = scalar(at: j)
            if flags & UnicodeClass.number == 0 { break }
            j += w
        }
        return j
    }

    /// ` ?[^\s\p{L}\p{N}]+` then line breaks (`[\r\n]*`, or `[\r\n/]*` with `slash`), or nil
    /// when no symbol starts at `i`.
    @inline(__always)
    func symbolsEnd(from i: Int, first: UInt8, slash: Bool) -> Int? {
        var symbolStart = i
        if bytes[i] == 0x20, i + 1 < count, flags(at: i + 1) & UnicodeClass.notSymbol == 0 {
            symbolStart = i + 1
        }
        guard symbolStart > i || first & UnicodeClass.notSymbol == 0 else { return nil }
        return lineBreaks(from: run(from: symbolStart, noneOf: UnicodeClass.notSymbol), slash: slash)
    }
}
