/// Finds special-token texts in UTF-8, leftmost first and the longest at one place, and hands the
/// text between them and the tokens found to the caller in order.
struct SpecialTokenScanner: Sendable {
    /// The specials of one length that start with one byte, by a word of their bytes (the last
    /// eight, or all of them zero-padded): Llama 3 has 256 specials all starting
    /// "<|reserved_special_token_", so one lookup replaces a `memcmp` against each.
    private struct LengthGroup: Sendable {
        let length: Int
        let byWord: [UInt64: [(bytes: [UInt8], token: Token)]]
    }

    private let byFirstByte: [[LengthGroup]]
    /// Whether any special starts with a byte: most bytes of a text are skipped on this alone.
    private let startsSpecial: [Bool]
    let isEmpty: Bool

    init(_ tokens: [String: Token]) {
        var table = [[Int: [UInt64: [(bytes: [UInt8], token: Token)]]]](repeating: [:], count: 256)
        for (text, token) in tokens where !text.isEmpty {
            let bytes = Array(text.utf8)
            let word = bytes.withUnsafeBufferPointer { Self.word($0.baseAddress!, count: $0.count) }
            table[Int(bytes[0])][bytes.count, default: [:]][word, default: []].append((bytes, token))
        }
        byFirstByte = table.map { groups in
            groups.map { LengthGroup(length: $0.key, byWord: $0.value) }.sorted { $0.length > $1.length }
        }
        startsSpecial = table.map { !$0.isEmpty }
        isEmpty = tokens.isEmpty
    }

    private static func word(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        if count >= 8 { return UnsafeRawPointer(bytes + count - 8).loadUnaligned(as: UInt64.self) }
        var word: UInt64 = 0
        for k in 0..<count { word |= UInt64(bytes[k]) << (8 * UInt64(k)) }
        return word
    }

    /// `segment(start, end)` for ordinary text, `special(token, start, end)` for each match.
    func scan(_ text: UTF8Text, segment: (Int, Int) -> Void, special: (Token, Int, Int) -> Void) {
        var segmentStart = 0
        var i = 0
        let base = text.bytes
        startsSpecial.withUnsafeBufferPointer { startsSpecial in
            outer: while i < text.count {
                guard startsSpecial[Int(base[i])] else { i += 1; continue }
                for group in byFirstByte[Int(base[i])] where i + group.length <= text.count {
                    guard let candidates = group.byWord[Self.word(base + i, count: group.length)] else { continue }
                    for candidate in candidates where candidate.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base + i, $0.count) == 0 }) {
                        if i > segmentStart { segment(segmentStart, i) }
                        special(candidate.token, i, i + group.length)
                        i += group.length
                        segmentStart = i
                        continue outer
                    }
                }
                i += 1
            }
        }
        if text.count > segmentStart { segment(segmentStart, text.count) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
