import Foundation
import TestSupport
import Testing

@testable import Tiktoken

/// Ids identical to tiktoken's `encode_ordinary` on the committed corpus
/// (scripts/generate-tokenizer-corpus.py wrote it with pip's tiktoken).
@Suite(.enabled(if: TestEncodings.available))
struct ParityTests {
    struct Case: Decodable {
        let text: String
        let cl100k_base: [UInt32]
        let o200k_base: [UInt32]
    }

    struct Corpus: Decodable {
        let tiktoken: String
        let cases: [Case]
    }

    static let corpus: Corpus = {
        let url = Bundle.module.url(forResource: "parity-corpus", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Corpus.self, from: Data(contentsOf: url))
    }()

    @Test func corpusIsLargeAndVaried() {
        #expect(Self.corpus.cases.count >= 2000)
    }

    @Test(arguments: EncodingName.allCases)
    func idsMatchTiktoken(_ name: EncodingName) throws {
        let encoding = try TestEncodings.load(name)
        var mismatches: [String] = []
        for item in Self.corpus.cases {
            let expected = name == .cl100kBase ? item.cl100k_base : item.o200k_base
            let actual = encoding.encodeOrdinary(item.text)
            if actual != expected {
                mismatches.append("\(item.text.debugDescription): expected \(expected), got \(actual)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5).joined(separator: "\n"))")
    }

    @Test(arguments: EncodingName.allCases)
    func countsAgreeWithIds(_ name: EncodingName) throws {
        let encoding = try TestEncodings.load(name)
        for item in Self.corpus.cases {
            #expect(encoding.count(item.text) == (name == .cl100kBase ? item.cl100k_base : item.o200k_base).count)
        }
    }

    @Test(arguments: EncodingName.allCases)
    func decodeRestoresTheText(_ name: EncodingName) throws {
        let encoding = try TestEncodings.load(name)
        for item in Self.corpus.cases {
            #expect(try encoding.decode(encoding.encodeOrdinary(item.text)) == item.text)
        }
    }

    @Test func knownVectors() throws {
        #expect(try TestEncodings.load(.cl100kBase).encodeOrdinary("hello world") == [15339, 1917])
        #expect(try TestEncodings.load(.o200kBase).encodeOrdinary("hello world") == [24912, 2375])
        #expect(try TestEncodings.load(.cl100kBase).encodeOrdinary("<|endoftext|>") == [27, 91, 8862, 728, 428, 91, 29])
    }
}
