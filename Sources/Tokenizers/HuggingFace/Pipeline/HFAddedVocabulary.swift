/// The added tokens of a `tokenizer.json`, found in text exactly as `tokenizers`' `AddedVocabulary`
/// finds them: leftmost-longest among all of them (special ones included, then skipped when special
/// text is ordinary), with `single_word`, `lstrip` and `rstrip` applied to each match.
struct HFAddedVocabulary: Sendable {
    struct Entry: Sendable {
        let content: String
        let id: Token
        let special: Bool
        let singleWord: Bool
        let leftStrip: Bool
        let rightStrip: Bool
        let normalized: Bool
    }

    /// A stretch of text: an added token's id, or nil for text the model encodes.
    typealias Split = (id: Token?, start: Int, end: Int)

    private struct Pattern {
        let bytes: [UInt8]
        let entry: Entry
    }

    /// Patterns by first byte, longest first.
    private let patternsByFirstByte: [[Pattern]]
    let isEmpty: Bool

    /// `patterns`: each entry with the text to look for (its content, or for `normalized` tokens
    /// the content after the normalizer).
    init(_ patterns: [(text: String, entry: Entry)]) {
        var table = [[Pattern]](repeating: [], count: 256)
        for (text, entry) in patterns where !text.isEmpty {
            let bytes = Array(text.utf8)
            table[Int(bytes[0])].append(Pattern(bytes: bytes, entry: entry))
        }
        for k in table.indices { table[k].sort { $0.bytes.count > $1.bytes.count } }
        patternsByFirstByte = table
        isEmpty = patterns.allSatisfy { $0.text.isEmpty }
    }

    /// `AddedVocabulary::find_matches` over `text`'s UTF-8.
    func splits(of text: [UInt8], special: Bool) -> [Split] {
        guard !text.isEmpty else { return [(nil, 0, 0)] }
        guard !isEmpty else { return [(nil, 0, text.count)] }
        var splits: [Split] = []
        var startOffset = 0
        var i = 0
        while i < text.count {
            guard let found = longestMatch(in: text, at: i) else {
                i += 1
                continue
            }
            var start = i
            var stop = i + found.bytes.count
            i = stop
            let entry = found.entry
            if !special && entry.special { continue }
            if entry.singleWord {
                let spaceBefore = start == 0 || !HFWordCharacters.endsWithWord(text, before: start)
                let spaceAfter = stop == text.count || !HFWordCharacters.startsWithWord(text, at: stop)
                if !spaceBefore || !spaceAfter { continue }
            }
            if entry.leftStrip { start = max(HFWordCharacters.startOfTrailingWhitespace(text, before: start), startOffset) }
            if entry.rightStrip { stop = HFWordCharacters.endOfLeadingWhitespace(text, from: stop) }
            if startOffset < start { splits.append((nil, startOffset, start)) }
            splits.append((entry.id, start, stop))
            startOffset = stop
        }
        if startOffset != text.count { splits.append((nil, startOffset, text.count)) }
        return splits
    }

    private func longestMatch(in text: [UInt8], at i: Int) -> Pattern? {
        for pattern in patternsByFirstByte[Int(text[i])] where i + pattern.bytes.count <= text.count {
            var k = 1
            while k < pattern.bytes.count, text[i + k] == pattern.bytes[k] { k += 1 }
            if k == pattern.bytes.count { return pattern }
        }
        return nil
    }
}

/// The Rust `regex` classes `AddedVocabulary` tests around a match: `\w` (alphabetic, marks,
/// decimal digits, connector punctuation, join controls) and `\s` (White_Space).
enum HFWordCharacters {
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return properties.isAlphabetic || properties.isJoinControl
        }
    }

    static func endsWithWord(_ text: [UInt8], before end: Int) -> Bool {
        guard end > 0 else { return false }
        return isWord(scalar(in: text, at: startOfScalar(in: text, endingAt: end)))
    }

    static func startsWithWord(_ text: [UInt8], at start: Int) -> Bool {
        start < text.count && isWord(scalar(in: text, at: start))
    }

    /// Where the run of whitespace that ends at `end` starts (`\s*$`).
    static func startOfTrailingWhitespace(_ text: [UInt8], before end: Int) -> Int {
        var start = end
        while start > 0 {
            let previous = startOfScalar(in: text, endingAt: start)
            guard scalar(in: text, at: previous).properties.isWhitespace else { break }
            start = previous
        }
        return start
    }

    /// Where the run of whitespace that starts at `start` ends (`^\s*`).
    static func endOfLeadingWhitespace(_ text: [UInt8], from start: Int) -> Int {
        var end = start
        while end < text.count {
            let scalar = scalar(in: text, at: end)
            guard scalar.properties.isWhitespace else { break }
            end += UTF8.width(scalar)
        }
        return end
    }

    private static func startOfScalar(in text: [UInt8], endingAt end: Int) -> Int {
        var start = end - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar whose UTF-8 starts at `i` (the text is valid UTF-8).
    private static func scalar(in text: [UInt8], at i: Int) -> Unicode.Scalar {
        let lead = text[i]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = width == 1 ? UInt32(lead) : UInt32(lead & (0x7F >> width))
        for k in 1..<max(width, 1) where i + k < text.count { value = value << 6 | UInt32(text[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
