// Prints the class bits Swift's own Unicode tables give every scalar, as "HEX BITS" lines, for
// scripts/generate-tokenizer-corpus.py to find where they disagree with tiktoken's (Unicode 16).
// Bits as in UnicodeClass.swift: 1 L, 2 N, 4 White_Space, 8 Lu|Lt|Lm|Lo|M, 16 Ll|Lm|Lo|M.
var out = ""
for value in 0...0x10FFFF {
    guard let scalar = Unicode.Scalar(value) else { continue }
    var bits = 0
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .titlecaseLetter: bits = 1 | 8
    case .lowercaseLetter: bits = 1 | 16
    case .modifierLetter, .otherLetter: bits = 1 | 8 | 16
    case .nonspacingMark, .spacingMark, .enclosingMark: bits = 8 | 16
    case .decimalNumber, .letterNumber, .otherNumber: bits = 2
    default: bits = 0
    }
    if scalar.properties.isWhitespace { bits |= 4 }
    if bits != 0 { out += String(value, radix: 16) + " " + String(bits) + "\n" }
}
print(out, terminator: "")
