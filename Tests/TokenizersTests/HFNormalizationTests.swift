import Foundation
import Testing

@testable import Tokenizers

/// NFC and NFD identical, scalar for scalar, to Hugging Face tokenizers 0.23.3 on the committed fixture
/// (scripts/generate-hf-normalization-tables.py wrote it with HF itself). Strings are compared as scalar
/// arrays: Swift's `==` treats canonically equivalent strings as equal and would hide every difference.
struct HFNormalizationTests {
    struct Case: Decodable {
        let text: String
        let nfc: String
        let nfd: String
    }

    struct Fixture: Decodable {
        let tokenizers: String
        let unicode: String
        let unicode17_composes_differently: [String]
        let unicode17_class_differs: [String]
        let cases: [Case]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "hf-nfc", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    static func describe(_ text: String) -> String {
        scalars(text).map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
    }

    /// Every text whose normalisation by `ours` differs from HF's, scalar by scalar, in words.
    static func mismatches(_ cases: [(text: String, hf: String)], _ ours: (String) -> String) -> [String] {
        cases.compactMap { text, hf in
            let mine = ours(text)
            return scalars(mine) == scalars(hf) ? nil : "\(describe(text)): HF \(describe(hf)), ours \(describe(mine))"
        }
    }

    @Test func fixtureCoversEveryDisagreementWithUnicode17() throws {
        let fixture = Self.fixture
        #expect(fixture.cases.count >= 3000)
        #expect(fixture.unicode == "9.0.0")
        let disagreeing = fixture.unicode17_composes_differently + fixture.unicode17_class_differs
        #expect(disagreeing.count == 21 + 154)
        let present = Set(fixture.cases.flatMap { Self.scalars($0.text) })
        let missing = disagreeing.filter { !present.contains(UInt32($0, radix: 16)!) }
        #expect(missing.isEmpty, "not in any fixture string: \(missing)")
    }

    @Test func nfcMatchesHF() {
        let mismatches = Self.mismatches(Self.fixture.cases.map { ($0.text, $0.nfc) }, HFNormalization.nfc)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.fixture.cases.count) differ, first: \(mismatches.prefix(5))")
    }

    @Test func nfdMatchesHF() {
        let mismatches = Self.mismatches(Self.fixture.cases.map { ($0.text, $0.nfd) }, HFNormalization.nfd)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.fixture.cases.count) differ, first: \(mismatches.prefix(5))")
    }

    @Test func nfcIsIdempotent() {
        let notIdempotent = Self.fixture.cases.filter { item in
            let once = HFNormalization.nfc(item.text)
            return Self.scalars(HFNormalization.nfc(once)) != Self.scalars(once)
        }
        #expect(notIdempotent.isEmpty, "\(notIdempotent.prefix(5).map { Self.describe($0.text) })")
    }

    /// The quick checks may only skip work that would change nothing: for every scalar alone and
    /// after a letter, and for every fixture string, "unchanged" must agree with the full algorithm.
    @Test func quickChecksNeverSkipAChange() {
        var texts = Self.fixture.cases.map(\.text)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            texts.append(String(scalar))
            texts.append("e" + String(scalar))
        }
        var wrongNFC: [String] = []
        var wrongNFD: [String] = []
        for text in texts {
            if HFNormalization.passesNFCQuickCheck(text),
                Self.scalars(HFNormalization.composedCompletely(text)) != Self.scalars(text)
            {
                wrongNFC.append(Self.describe(text))
            }
            if HFNormalization.passesNFDQuickCheck(text),
                Self.scalars(HFNormalization.decomposedCompletely(text)) != Self.scalars(text)
            {
                wrongNFD.append(Self.describe(text))
            }
        }
        #expect(wrongNFC.isEmpty, "the NFC quick check passes text NFC changes: \(wrongNFC.prefix(5))")
        #expect(wrongNFD.isEmpty, "the NFD quick check passes text NFD changes: \(wrongNFD.prefix(5))")
    }

    /// Why the tables exist: Swift's own NFC (a newer Unicode) gives other scalars on some of these strings.
    @Test func swiftsOwnNFCDiffersFromHF() {
        let differing = Self.fixture.cases.filter {
            Self.scalars($0.text.precomposedStringWithCanonicalMapping) != Self.scalars($0.nfc)
        }
        #expect(!differing.isEmpty)
        // U+07FD (NKo dantayalan) is a mark of class 220 since Unicode 11; for HF it is a starter,
        // so the acute after it cannot reach the "a".
        let text = "a\u{07FD}\u{0301}"
        #expect(Self.scalars(text.precomposedStringWithCanonicalMapping) == [0xE1, 0x07FD])
        #expect(Self.scalars(HFNormalization.nfc(text)) == [0x61, 0x07FD, 0x0301])
    }

    @Test func textBelowTheFirstMarkComesBackAsTheSameStorage() {
        let text = String(repeating: "Hello, world. Ünïcödé below U+0300 never changes. ", count: 100)
        let inputAddress = text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        let outputAddress = HFNormalization.nfc(text).utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        #expect(inputAddress != nil && inputAddress == outputAddress)
    }

    @Test func aMegabyteOfMarksAfterOneLetterFinishes() {
        // Alternating classes 230 and 220: every mark must move, and the first acute joins the "a".
        let pairs = 1 << 18
        let text = "a" + String(repeating: "\u{0301}\u{0316}", count: pairs)
        #expect(text.utf8.count > 1_000_000)
        let composed = Self.scalars(HFNormalization.nfc(text))
        #expect(composed.count == 2 * pairs)
        #expect(composed.first == 0xE1)
        #expect(composed[1] == 0x0316 && composed[pairs] == 0x0316 && composed[pairs + 1] == 0x0301)
        #expect(Self.scalars(HFNormalization.nfd(text)).count == 2 * pairs + 1)
    }
}
