/// Model output made safe to print on a terminal: escape sequences and other control characters
/// (except newline and tab) become visible `^[`-style text, so a reply cannot move the cursor,
/// retitle the window or hide text. The dataset always keeps the exact text.
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
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                // C1 controls (CSI, OSC, ...) and bidirectional overrides.
                out += "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
