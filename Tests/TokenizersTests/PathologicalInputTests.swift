import Dataset
import Foundation
import TestSupport
import Testing

@testable import Tokenizers

/// Inputs that make a naive BPE quadratic. The time limit only catches a hang; speed itself is
/// measured by bench/tokenizer.
@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct PathologicalInputTests {
    @Test(arguments: EncodingName.allCases)
    func oneMegabyteOfOneCharacter(_ name: EncodingName) async throws {
        let encoding = try TestEncodings.load(name)
        let failed = try await runBlocking {
            try ["a", " ", "1", "!", "é", "\n"].filter { character in
                let text = String(repeating: character, count: 1 << 20 / character.utf8.count)
                let tokens = encoding.encodeOrdinary(text)
                return try encoding.decode(tokens) != text || tokens.count >= text.utf8.count
            }
        }
        #expect(failed.isEmpty, "\(failed)")
    }

    @Test(arguments: EncodingName.allCases)
    func oneMegabyteOfRandomBytes(_ name: EncodingName) async throws {
        let encoding = try TestEncodings.load(name)
        let roundTrips = try await runBlocking {
            var generator = SplitMix64(seed: 7)
            let bytes = (0..<(1 << 20)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let text = String(decoding: bytes, as: UTF8.self)  // invalid UTF-8 becomes U+FFFD, as in tiktoken
            return try encoding.decode(encoding.encodeOrdinary(text)) == text
        }
        #expect(roundTrips)
    }

    /// The heap merge (long pieces) and the scan merge (short ones) must agree exactly.
    @Test(arguments: EncodingName.allCases)
    func heapAndScanMergesAgree(_ name: EncodingName) throws {
        let encoding = try TestEncodings.load(name)
        var generator = SplitMix64(seed: 11)
        for length in [2, 3, 7, 40, 95, 96, 97, 200, 1000] {
            for alphabet in ["ab", "abcdefghijklmnopqrstuvwxyz", "aé中😀 !1"] {
                let characters = Array(alphabet)
                let text = String((0..<length).map { _ in characters[Int(generator.next() % UInt64(characters.count))] })
                var bytes = Array(text.utf8)
                var scan = TokenArraySink()
                var heap = TokenArraySink()
                bytes.withUnsafeMutableBufferPointer { buffer in
                    let base = UnsafePointer(buffer.baseAddress!)
                    if buffer.count >= 2 {
                        BytePairMerge.mergeByScan(base, buffer.count, ranks: encoding.ranks, into: &scan)
                        BytePairMerge.mergeByHeap(base, buffer.count, ranks: encoding.ranks, into: &heap)
                    }
                }
                #expect(scan.tokens == heap.tokens, "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: EncodingName.allCases)
    func parallelCountingMatchesSingleThreaded(_ name: EncodingName) async throws {
        let encoding = try TestEncodings.load(name)
        let (countsAgree, idsAgree) = try await runBlocking {
            let line = "{\"messages\":[{\"role\":\"user\",\"content\":\"Héllo wörld 123 👍🏽\"}]}\n  indented line\n/slash\n"
            let text = String(repeating: line, count: 60_000)
            return (encoding.count(text, threads: 2) == encoding.count(text),
                    encoding.encodeOrdinary(text, threads: 2) == encoding.encodeOrdinary(text))
        }
        #expect(countsAgree)
        #expect(idsAgree)
    }
}

