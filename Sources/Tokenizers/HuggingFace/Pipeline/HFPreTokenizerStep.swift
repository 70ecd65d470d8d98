/// One of the pre-tokenizers tunesmith reproduces exactly, as `tokenizers` applies it to each piece.
enum HFPreTokenizerStep: Sendable {
    /// Where Metaspace puts its replacement before a piece.
    enum PrependScheme: String, Sendable {
        case always, first, never
    }

    case split(HFSplitMatcher, HFSplitBehavior, invert: Bool)
    /// GPT-2's: a space before each piece that has none, then GPT-2's pattern; the byte-to-character
    /// mapping is left to the byte-level model, which works on bytes.
    case byteLevel(addPrefixSpace: Bool, useRegex: Bool)
    case metaspace(replacement: Unicode.Scalar, prependScheme: PrependScheme, split: Bool)
    case digits(individually: Bool)

    func apply(to text: inout HFPieces) {
        switch self {
        case .split(let matcher, let behavior, let invert):
            text.split(matcher, behavior, invert: invert)
        case .byteLevel(let addPrefixSpace, let useRegex):
            if addPrefixSpace {
                text.rewrite { piece, _, out in
                    if piece.first != 0x20 { out.append(0x20) }
                    out.append(contentsOf: piece)
                }
            }
            if useRegex { text.split(.pattern(.gpt2), .isolated) }
        case .metaspace(let replacement, let scheme, let split):
            let replacementBytes = Array(String(Character(replacement)).utf8)
            text.rewrite { piece, atOrigin, out in
                // A leading space becomes the replacement first, so it counts as one.
                let startsWithReplacement = piece.first == 0x20 || piece.starts(with: replacementBytes)
                let prepend = switch scheme {
                case .always: !startsWithReplacement
                case .first: !startsWithReplacement && atOrigin
                case .never: false
                }
                if prepend { out.append(contentsOf: replacementBytes) }
                for byte in piece {
                    if byte == 0x20 { out.append(contentsOf: replacementBytes) } else { out.append(byte) }
                }
            }
            if split { text.split(.scalar(replacement), .mergedWithNext) }
        case .digits(let individually):
            text.split(.numeric, individually ? .isolated : .contiguous)
        }
    }

    /// Whether the step needs the byte-level model (and so must come last).
    var isByteLevel: Bool {
        if case .byteLevel = self { return true }
        return false
    }
}
