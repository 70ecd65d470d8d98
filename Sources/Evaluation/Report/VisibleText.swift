/// Text from a model or a dataset made safe to show: control characters (but line breaks and
/// tabs) become their visible pictures (U+2400...), and bidi overrides their code, so a reply can
/// neither drive the terminal nor reorder what is shown around it, nor break an XML page.
enum VisibleText {
    static func neutralized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out.append(scalar)
            case 0x09: out.append(" ")
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F, 0xFFFE, 0xFFFF: out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F:
                out.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
