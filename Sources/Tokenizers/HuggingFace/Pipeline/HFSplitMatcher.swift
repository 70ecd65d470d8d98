/// What a split looks for, each with a matcher of our own (no regex engine): one of the known
/// patterns (`SplitPattern`, whose matches cover every scalar), a literal string, the numeric
/// scalars (`Digits`), or one scalar (`Metaspace`'s replacement).
enum HFSplitMatcher: Sendable {
    case pattern(SplitPattern)
    case literal([UInt8])
    case numeric
    case scalar(Unicode.Scalar)

    /// The matched and unmatched stretches of `text`, in order, as `tokenizers`' `Pattern::find_matches`
    /// gives them (an empty text is one unmatched, empty stretch).
    func segments(in text: UTF8Text, into out: inout [HFSegment]) {
        guard text.count > 0 else { return out.append(HFSegment(start: 0, end: 0, isMatch: false)) }
        switch self {
        case .pattern(let pattern):
            pattern.forEachPiece(in: text) { start, end in out.append(HFSegment(start: start, end: end, isMatch: true)) }
        case .literal(let needle):
            var previous = 0
            var i = 0
            while i + needle.count <= text.count {
                if Self.matches(needle, text, at: i) {
                    if previous < i { out.append(HFSegment(start: previous, end: i, isMatch: false)) }
                    out.append(HFSegment(start: i, end: i + needle.count, isMatch: true))
                    i += needle.count
                    previous = i
                } else {
                    i += 1
                }
            }
            if previous < text.count { out.append(HFSegment(start: previous, end: text.count, isMatch: false)) }
        case .numeric:
            // Rust's char::is_numeric follows Unicode 17 (probed on every code point), as Swift does;
            // the split patterns' tables are older.
            scalars(in: text, into: &out) { _, value in
                guard value >= 0x80 else { return value >= 0x30 && value <= 0x39 }
                switch Unicode.Scalar(value)?.properties.generalCategory {
                case .decimalNumber?, .letterNumber?, .otherNumber?: return true
                default: return false
                }
            }
        case .scalar(let wanted):
            scalars(in: text, into: &out) { _, value in value == wanted.value }
        }
    }

    private static func matches(_ needle: [UInt8], _ text: UTF8Text, at i: Int) -> Bool {
        for k in 0..<needle.count where text.bytes[i + k] != needle[k] { return false }
        return true
    }

    /// Each scalar for which `isMatch` holds is a match of its own (a `Fn(char) -> bool` pattern).
    private func scalars(in text: UTF8Text, into out: inout [HFSegment], _ isMatch: (UInt8, UInt32) -> Bool) {
        var previous = 0
        var i = 0
        while i < text.count {
            let (flags, width) = text.scalar(at: i)
            if isMatch(flags, text.scalarValue(at: i, width: width)) {
                if previous < i { out.append(HFSegment(start: previous, end: i, isMatch: false)) }
                out.append(HFSegment(start: i, end: i + width, isMatch: true))
                previous = i + width
            }
            i += width
        }
        if previous < text.count { out.append(HFSegment(start: previous, end: text.count, isMatch: false)) }
    }
}

extension UTF8Text {
    /// The code point of the scalar at `i`, `width` bytes wide.
    @inline(__always)
    func scalarValue(at i: Int, width: Int) -> UInt32 {
        if width == 1 { return UInt32(bytes[i]) }
        var value = UInt32(bytes[i] & (0x7F >> width))
        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return value
    }
}
