import Testing

@testable import Tokenizers

/// The fast paths the shell's per-keystroke render runs through keep Python's exact semantics:
/// strings compare and strip by code point, and specials are found leftmost-longest.
struct KeystrokeFastPathTests {
    @Test func stringsCompareByteForByteNotByCanonicalEquivalence() {
        #expect(!"é".hasSameUTF8(as: "e\u{301}"))
        #expect(TemplateValue.string("é") != .string("e\u{301}"))
        #expect(TemplateValue.object([("é", .int(1))]) != .object([("e\u{301}", .int(1))]))
        let long = String(repeating: "Marv sighs: obviously. ", count: 700)
        #expect(long.hasSameUTF8(as: String(repeating: "Marv sighs: obviously. ", count: 700)))
        #expect(!long.hasSameUTF8(as: long.dropLast() + "!"))
        #expect("".hasSameUTF8(as: ""))
    }

    @Test func stripRemovesCodePointsAtTheEndsOnly() {
        #expect(JinjaStrings.strip(" \u{3000}a b\u{a0}\n", characters: nil, leading: true, trailing: true) == "a b")
        #expect(JinjaStrings.strip("  a  ", characters: nil, leading: true, trailing: false) == "a  ")
        #expect(JinjaStrings.strip("  a  ", characters: nil, leading: false, trailing: true) == "  a")
        #expect(JinjaStrings.strip(" \t\n ", characters: nil, leading: true, trailing: true) == "")
        #expect(JinjaStrings.strip("xxaxx", characters: "x", leading: true, trailing: true) == "a")
        // Python strips the combining mark alone; a Character-based cut would keep or drop "é" whole.
        let stripped = JinjaStrings.strip("e\u{301}", characters: "\u{301}", leading: true, trailing: true)
        #expect(Array(stripped.utf8) == Array("e".utf8))
        let leadingMark = JinjaStrings.strip("\u{301}e\u{301}", characters: "\u{301}", leading: true, trailing: false)
        #expect(Array(leadingMark.utf8) == Array("e\u{301}".utf8))
        let message = String(repeating: "The quick brown fox café ", count: 700)
        #expect(JinjaStrings.strip("\n" + message + "\n", characters: nil, leading: true, trailing: true).hasSameUTF8(as: String(message.dropLast())))
    }

    @Test func specialsAreFoundLeftmostLongest() {
        let scanner = SpecialTokenScanner([
            "<|a|>": 1, "<|ab|>": 2, "<": 4,
            "<|reserved_special_token_10|>": 10, "<|reserved_special_token_100|>": 100, "<|reserved_special_token_11|>": 11,
        ])
        let text = Array("x<|reserved_special_token_100|>y<|reserved_special_token_10|><|ab|><|a|><s<|reserved_special_token_1".utf8)
        var events: [String] = []
        text.withUnsafeBufferPointer { buffer in
            scanner.scan(UTF8Text(bytes: buffer.baseAddress!, count: buffer.count)) { start, end in
                events.append(String(decoding: buffer[start..<end], as: UTF8.self))
            } special: { token, _, _ in
                events.append("#\(token)")
            }
        }
        #expect(events == ["x", "#100", "y", "#10", "#2", "#1", "#4", "s", "#4", "|reserved_special_token_1"])
    }
}
