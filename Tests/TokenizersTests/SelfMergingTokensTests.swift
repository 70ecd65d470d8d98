import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// A piece that is a vocabulary token is taken whole only when merging its bytes gives that token
/// back; the set of such tokens survives the compiled cache.
struct SelfMergingTokensTests {
    /// a b c, then merges b+c (rank 0), a+b (rank 1), ab+c (rank 2): "abc" merges to [a, bc]
    /// (b+c ranks first), so the token "abc" is not what its own bytes merge to; "ab" is.
    func tinyModel() -> HFBytePairModel {
        let tokens: [[UInt8]] = [[0x61], [0x62], [0x63], [0x62, 0x63], [0x61, 0x62], [0x61, 0x62, 0x63]]
        var byteTokens = [UInt32](repeating: 0, count: 256)
        byteTokens[0x61] = 0
        byteTokens[0x62] = 1
        byteTokens[0x63] = 2
        return HFBytePairModel(
            vocabulary: RankTable.build(tokensByRank: tokens, sourceSHA256: Array(repeating: 0, count: 32)),
            merges: MergeTable([(1, 2, 3), (0, 1, 4), (4, 2, 5)]), byteTokens: byteTokens, ignoreMerges: false)
    }

    func encode(_ model: HFBytePairModel, _ text: String) -> [UInt32] {
        PaddedUTF8.with(text) { padded in
            var sink = TokenArraySink()
            model.encode(padded.bytes, padded.count, into: &sink)
            return sink.tokens
        }
    }

    @Test func aTokenThatItsBytesDoNotMergeToIsNotTakenWhole() {
        let model = tinyModel()
        #expect(model.selfMerging.contains(4))
        #expect(!model.selfMerging.contains(5))
        #expect(encode(model, "abc") == [0, 3])
        #expect(encode(model, "ab") == [4])
        #expect(encode(model, "bc") == [3])
    }

    @Test(.enabled(if: TestTokenizers.available))
    func qwensSetIsStoredInTheCompiledCacheAndGivesTheSameIds() throws {
        let home = try temporaryFolder().path
        let environment = ["HOME": home, "XDG_CACHE_HOME": home + "/cache"]
        let path = try TestTokenizers.folder() + "/qwen2/tokenizer.json"
        let first = try TokenizerFiles.load(path, environment: environment)
        let second = try #require(TokenizerCache(environment: environment).load(path, name: "again"))
        guard case .huggingFace(let compiled) = first.engine, case .huggingFace(let cached) = second.engine else {
            throw TestSupportError("qwen2 is not a tokenizer.json")
        }
        #expect(cached.model.selfMerging.words == compiled.model.selfMerging.words)
        // Nearly every one of Qwen's 151,643 tokens is what its bytes merge to.
        #expect(compiled.model.selfMerging.words.reduce(0) { $0 + $1.nonzeroBitCount } > 140_000)
        for sample in ["Hello, world! 12345", "Съешь же ещё этих мягких булок", "こんにちは世界", "  spaces\n\n"] {
            #expect(second.encode(sample) == first.encode(sample))
        }
    }
}
