/// Parses the `.tiktoken` format: one `<base64 token bytes> <rank>` per line.
enum RankFileParser {
    static func parse(_ bytes: [UInt8], path: String) throws -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        tokens.reserveCapacity(bytes.count / 12)
        var lineNumber = 0
        var i = 0
        while i < bytes.count {
            lineNumber += 1
            var end = i
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var space = i
            while space < end && bytes[space] != 0x20 { space += 1 }
            guard space < end, let token = base64Decode(bytes[i..<space]),
                let rank = Int(String(decoding: bytes[(space + 1)..<end], as: UTF8.self)), rank >= 0, rank < 1 << 24
            else {
                throw TokenizersError(
                    .malformedRankFile,
                    "\(path): line \(lineNumber) is not \"<base64> <rank>\"; replace the file with the official one (tunesmith encodings fetch)")
            }
            if rank >= tokens.count { tokens.append(contentsOf: repeatElement([], count: rank + 1 - tokens.count)) }
            tokens[rank] = token
            i = end + 1
        }
        return tokens
    }

    private static let alphabet: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (value, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(c)] = Int8(value)
        }
        return table
    }()

    static func base64Decode(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for c in text {
            if c == UInt8(ascii: "=") { break }
            let value = alphabet[Int(c)]
            if value < 0 { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return out.isEmpty ? nil : out
    }
}
