/// Finds special-token texts in UTF-8, leftmost first and the longest at one place, and hands the
/// text between them and the tokens found to the caller in order.
struct SpecialTokenScanner: Sendable {
    private let byFirstByte: [[(bytes: [UInt8], token: Token)]]
    let isEmpty: Bool

    init(_ tokens: [String: Token]) {
        var table = [[(bytes: [UInt8], token: Token)]](repeating: [], count: 256)
        for (text, token) in tokens where !text.isEmpty {
            let bytes = Array(text.utf8)
            table[Int(bytes[0])].append((bytes, token))
        }
        for k in 0..<256 { table[k].sort { $0.bytes.count > $1.bytes.count } }
        byFirstByte = table
        isEmpty = tokens.isEmpty
    }

    /// `segment(start, end)` for ordinary text, `special(token, start, end)` for each match.
    func scan(_ text: UTF8Text, segment: (Int, Int) -> Void, special: (Token, Int, Int) -> Void) {
        var segmentStart = 0
        var i = 0
        let base = text.bytes
        outer: while i < text.count {
            for candidate in byFirstByte[Int(base[i])] where i + candidate.bytes.count <= text.count {
                let matches = candidate.bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, base + i, $0.count) == 0 }
                if matches {
                    if i > segmentStart { segment(segmentStart, i) }
                    special(candidate.token, i, i + candidate.bytes.count)
                    i += candidate.bytes.count
                    segmentStart = i
                    continue outer
                }
            }
            i += 1
        }
        if text.count > segmentStart { segment(segmentStart, text.count) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
