import Foundation
import Testing

@testable import Tokenizers

/// NFKC and NFKD identical, scalar for scalar, to Hugging Face tokenizers 0.23.3 on the committed fixture
/// (scripts/generate-hf-normalization-tables.py proved the Unicode 9.0 compatibility decompositions
/// against HF on every code point, mark ordering and candidate pair, then wrote it with HF itself).
struct HFCompatibilityNormalizationTests {
    struct Case: Decodable {
        let text: String
        let nfkc: String
        let nfkd: String
    }

    struct Fixture: Decodable {
        let tokenizers: String
        let unicode: String
        let compatibility_decompositions: Int
        let unicode17_differs: [String]
        let cases: [Case]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "hf-nfkc", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func scalars(_ text: String) -> [UInt32] { HFNormalizationTests.scalars(text) }
    static func describe(_ text: String) -> String { HFNormalizationTests.describe(text) }

    /// The fixture holds every scalar with a compatibility decomposition (so each table entry is
    /// checked against HF) and every scalar whose NFKC changed after Unicode 9.
    @Test func fixtureCoversEveryCompatibilityDecomposition() {
        let fixture = Self.fixture
        #expect(fixture.unicode == "9.0.0" && fixture.cases.count >= 3000)
        let present = Set(fixture.cases.flatMap { Self.scalars($0.text) })
        let data = HFNormalizationData.shared
        let compatible = (UInt32(0)...0x10FFFF).filter { data.properties($0) & HFNormalizationData.hasCompatibilityDecomposition != 0 }
        #expect(compatible.count >= fixture.compatibility_decompositions)
        let missing = compatible.filter { !present.contains($0) && data.properties($0) & HFNormalizationData.hasDecomposition == 0 }
        #expect(missing.isEmpty, "not in any fixture string: \(missing.prefix(10).map { String($0, radix: 16) })")
        let newer = fixture.unicode17_differs.filter { !present.contains(UInt32($0, radix: 16)!) }
        #expect(!fixture.unicode17_differs.isEmpty && newer.isEmpty, "not in any fixture string: \(newer.prefix(10))")
    }

    @Test func nfkcMatchesHF() {
        let mismatches = HFNormalizationTests.mismatches(Self.fixture.cases.map { ($0.text, $0.nfkc) }, HFNormalization.nfkc)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.fixture.cases.count) differ, first: \(mismatches.prefix(5))")
    }

    @Test func nfkdMatchesHF() {
        let mismatches = HFNormalizationTests.mismatches(Self.fixture.cases.map { ($0.text, $0.nfkd) }, HFNormalization.nfkd)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.fixture.cases.count) differ, first: \(mismatches.prefix(5))")
    }

    /// The quick checks may only skip work that would change nothing: every scalar alone and after a
    /// letter, and every fixture string.
    @Test func quickChecksNeverSkipAChange() {
        var texts = Self.fixture.cases.map(\.text)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            texts.append(String(scalar))
            texts.append("e" + String(scalar))
        }
        var wrongNFKC: [String] = []
        var wrongNFKD: [String] = []
        for text in texts {
            if HFNormalization.passesNFKCQuickCheck(text),
                Self.scalars(HFNormalization.composedCompletely(text, compatibility: true)) != Self.scalars(text)
            {
                wrongNFKC.append(Self.describe(text))
            }
            if HFNormalization.passesNFKDQuickCheck(text),
                Self.scalars(HFNormalization.decomposedCompletely(text, compatibility: true)) != Self.scalars(text)
            {
                wrongNFKD.append(Self.describe(text))
            }
        }
        #expect(wrongNFKC.isEmpty, "the NFKC quick check passes text NFKC changes: \(wrongNFKC.prefix(5))")
        #expect(wrongNFKD.isEmpty, "the NFKD quick check passes text NFKD changes: \(wrongNFKD.prefix(5))")
    }

    /// What NFKC is for, and where HF's Unicode 9.0 differs from Swift's own (newer) NFKC.
    @Test func examples() {
        #expect(HFNormalization.nfkc("ﬁ ² ① Ⅻ ㎏ ½ Ｆｕｌｌ\u{00A0}x") == "fi 2 1 XII kg 1⁄2 Full x")
        #expect(Self.scalars(HFNormalization.nfkc("ㄱㅏ")) == [0xAC00])  // compatibility jamo compose into a syllable
        #expect(Self.scalars(HFNormalization.nfkc("ｶ\u{FF9E}")) == [0x30AC])  // halfwidth ka + voiced mark: ga
        #expect(Self.scalars(HFNormalization.nfkc("\u{1E9B}\u{0323}")) == [0x1E69])  // long s with dots: s with dots
        // U+A7F2 (modifier capital C, Unicode 14) decomposes to C in Swift's NFKC; HF does not know it.
        #expect(Self.scalars("\u{A7F2}".precomposedStringWithCompatibilityMapping) == [0x43])
        #expect(Self.scalars(HFNormalization.nfkc("\u{A7F2}")) == [0xA7F2])
        let ascii = String(repeating: "plain ASCII never changes. ", count: 40)
        #expect(HFNormalization.nfkc(ascii).utf8.withContiguousStorageIfAvailable { $0.baseAddress }
            == ascii.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
    }
}
