/// The decoders tunesmith reproduces exactly, each `tokenizers`' `decode_chain` over the tokens'
/// texts; the results are then joined (with nothing between them).
indirect enum HFDecoder: Sendable {
    case byteLevel
    case metaspace(replacement: Unicode.Scalar, prependScheme: HFPreTokenizerStep.PrependScheme)
    case replace(pattern: String, content: String)
    case byteFallback
    case fuse
    case strip(content: Unicode.Scalar, start: Int, stop: Int)
    case sequence([HFDecoder])

    func decodeChain(_ tokens: [String]) -> [String] {
        switch self {
        case .byteLevel:
            var bytes: [UInt8] = []
            for token in tokens { bytes += ByteLevelAlphabet.bytes(of: token) ?? Array(token.utf8) }
            return [String(decoding: bytes, as: UTF8.self)]
        case .metaspace(let replacement, let scheme):
            // In the first token every replacement goes (not only a leading one), as tokenizers does.
            return tokens.enumerated().map { index, token in
                var out = String.UnicodeScalarView()
                for scalar in token.unicodeScalars {
                    if scalar != replacement {
                        out.append(scalar)
                    } else if index != 0 || scheme == .never {
                        out.append(" ")
                    }
                }
                return String(out)
            }
        case .replace(let pattern, let content):
            return tokens.map { Self.replacing(pattern, with: content, in: $0) }
        case .byteFallback:
            return Self.byteFallback(tokens)
        case .fuse:
            return [tokens.joined()]
        case .strip(let content, let start, let stop):
            return tokens.map { token in
                let scalars = Array(token.unicodeScalars)
                var from = 0
                while from < min(start, scalars.count), scalars[from] == content { from += 1 }
                var to = scalars.count
                for _ in 0..<stop {
                    guard to > from, scalars[to - 1] == content else { break }
                    to -= 1
                }
                var out = String.UnicodeScalarView()
                out.append(contentsOf: scalars[from..<max(from, to)])
                return String(out)
            }
        case .sequence(let decoders):
            return decoders.reduce(tokens) { $1.decodeChain($0) }
        }
    }

    /// Runs of `<0xXX>` tokens become the text their bytes spell, or one U+FFFD per byte when the
    /// bytes are not valid UTF-8.
    private static func byteFallback(_ tokens: [String]) -> [String] {
        var out: [String] = []
        var pending: [UInt8] = []
        func flush() {
            guard !pending.isEmpty else { return }
            if let text = String(validating: pending, as: UTF8.self) {
                out.append(text)
            } else {
                out += repeatElement("\u{FFFD}", count: pending.count)
            }
            pending.removeAll()
        }
        for token in tokens {
            if let byte = byteOfFallbackToken(token) {
                pending.append(byte)
            } else {
                flush()
                out.append(token)
            }
        }
        flush()
        return out
    }

    /// The byte `<0xXX>` stands for (`u8::from_str_radix` of the two characters, which takes a `+` sign).
    static func byteOfFallbackToken(_ token: String) -> UInt8? {
        let utf8 = Array(token.utf8)
        guard utf8.count == 6, utf8.starts(with: Array("<0x".utf8)), utf8[5] == UInt8(ascii: ">") else { return nil }
        let digits = utf8[3] == UInt8(ascii: "+") ? [utf8[4]] : [utf8[3], utf8[4]]
        return UInt8(String(decoding: digits, as: UTF8.self), radix: 16)
    }

    private static func replacing(_ pattern: String, with content: String, in token: String) -> String {
        guard !pattern.isEmpty else { return token }
        let needle = Array(pattern.utf8)
        let bytes = Array(token.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + needle.count <= bytes.count, bytes[i..<(i + needle.count)].elementsEqual(needle) {
                out += content.utf8
                i += needle.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
