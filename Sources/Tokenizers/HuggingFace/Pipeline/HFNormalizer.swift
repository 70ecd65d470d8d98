/// The normalizers tunesmith reproduces exactly, as `tokenizers` applies them to each stretch of
/// text between added tokens.
indirect enum HFNormalizer: Sendable {
    case nfc, nfd, nfkc, nfkd
    /// Puts the text before every non-empty stretch.
    case prepend(String)
    /// Replaces every occurrence of a literal, left to right, without overlaps.
    case replace(pattern: [UInt8], content: [UInt8])
    case sequence([HFNormalizer])

    func normalize(_ text: String) -> String {
        switch self {
        case .nfc: HFNormalization.nfc(text)
        case .nfd: HFNormalization.nfd(text)
        case .nfkc: HFNormalization.nfkc(text)
        case .nfkd: HFNormalization.nfkd(text)
        case .prepend(let prefix): text.isEmpty ? text : prefix + text
        case .replace(let pattern, let content): Self.replacing(pattern, with: content, in: text)
        case .sequence(let steps): steps.reduce(text) { $1.normalize($0) }
        }
    }

    /// Byte by byte: Foundation's `replacingOccurrences` would match canonically equivalent text too.
    private static func replacing(_ pattern: [UInt8], with content: [UInt8], in text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = pattern.first, bytes.count >= pattern.count else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 4)
            var i = 0
            while i < bytes.count {
                if bytes[i] == first, i + pattern.count <= bytes.count, pattern.indices.allSatisfy({ bytes[i + $0] == pattern[$0] }) {
                    out.append(contentsOf: content)
                    i += pattern.count
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The steps, with sequences opened up.
    var flattened: [HFNormalizer] {
        if case .sequence(let steps) = self { return steps.flatMap(\.flattened) }
        return [self]
    }

    /// Whether it can put text before the stretch's first character (which Metaspace's `first`
    /// scheme cannot then tell from the start of the input; such files are refused).
    var insertsAtStart: Bool {
        switch self {
        case .prepend: true
        case .replace(let pattern, let content): String(decoding: content, as: UTF8.self).unicodeScalars.count > String(decoding: pattern, as: UTF8.self).unicodeScalars.count
        case .sequence(let steps): steps.contains(where: \.insertsAtStart)
        default: false
        }
    }
}
