import Foundation
import TestSupport
import Testing

@testable import Tokenizers

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

    @Test(arguments: EncodingName.withRankFiles)
    func idsMatchTiktoken(_ name: EncodingName) async throws {
        let encoding = try TestEncodings.load(name)
        let mismatches = try await runBlocking {
            var mismatches: [String] = []
            for item in Self.corpus.cases {
                let expected = name == .cl100kBase ? item.cl100k_base : item.o200k_base
                let actual = encoding.encodeOrdinary(item.text)
                if actual != expected {
                    mismatches.append("\(item.text.debugDescription): expected \(expected), got \(actual)")
                }
            }
            return mismatches
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5).joined(separator: "\n"))")
    }

    @Test(arguments: EncodingName.withRankFiles)
    func countsAgreeWithIds(_ name: EncodingName) async throws {
        let encoding = try TestEncodings.load(name)
        let disagreeing = try await runBlocking {
            Self.corpus.cases.filter { encoding.count($0.text) != (name == .cl100kBase ? $0.cl100k_base : $0.o200k_base).count }.map(\.text)
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5))")
    }

    @Test(arguments: EncodingName.withRankFiles)
    func decodeRestoresTheText(_ name: EncodingName) async throws {
        let encoding = try TestEncodings.load(name)
        let changed = try await runBlocking {
            try Self.corpus.cases.filter { try encoding.decode(encoding.encodeOrdinary($0.text)) != $0.text }.map(\.text)
        }
        #expect(changed.isEmpty, "\(changed.prefix(5))")
    }

    @Test func knownVectors() throws {
        #expect(try TestEncodings.load(.cl100kBase).encodeOrdinary("hello world") == [15339, 1917])
        #expect(try TestEncodings.load(.o200kBase).encodeOrdinary("hello world") == [24912, 2375])
        #expect(try TestEncodings.load(.cl100kBase).encodeOrdinary("<|endoftext|>") == [27, 91, 8862, 728, 428, 91, 29])
    }
}
