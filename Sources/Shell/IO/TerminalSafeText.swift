/// Text from outside (a model's reply, a server's names, messages and errors) made safe to print
/// on a terminal: control characters (except newline and tab) become visible `^[`-style text and
/// C1 controls, bidirectional overrides and marks become `<U+202E>`, so no text can move the
/// cursor, retitle the window, or reorder and hide what is shown. Only what is printed changes:
/// the dataset, `--json` and every request keep the exact text.
public enum TerminalSafeText {
    public static func neutralized(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09:
                out.unicodeScalars.append(scalar)
            case 0x00..<0x20:
                out += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F:
                out += "^?"
            case 0x80..<0xA0,  // C1 controls: CSI, OSC, ... as single characters
                0x061C, 0x200E, 0x200F,  // bidirectional marks (invisible)
                0x202A...0x202E, 0x2066...0x2069,  // bidirectional embeddings, overrides and isolates
                0x2028, 0x2029:  // line and paragraph separators
                out += "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
