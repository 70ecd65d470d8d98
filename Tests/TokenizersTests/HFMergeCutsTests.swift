import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// The character-level BPE merges a converted file's text word by word (cut where no merge can join
/// across): the cuts hold for Mistral's converted files, and a merges list that joins across `▁` or
/// merges byte-fallback tokens turns the matching cut off, with the ids tokenizers 0.23.3 gives.
@Suite struct HFMergeCutsTests {
    /// A tiny converted-style file whose second merge joins `a` to `▁b`, and whose byte-fallback
    /// tokens `<0xC3>` and `<0xA9>` merge into one.
    static var crossing: [String: Any] { [
        "normalizer": ["type": "Replace", "pattern": ["String": " "], "content": "▁"],
        "pre_tokenizer": NSNull(), "decoder": NSNull(), "added_tokens": [Any](),
        "model": [
            "type": "BPE", "byte_fallback": true, "fuse_unk": false, "ignore_merges": false,
            "vocab": ["a": 0, "▁": 1, "b": 2, "▁b": 3, "a▁b": 4, "<0xC3>": 5, "<0xA9>": 6, "<0xC3><0xA9>": 7, "<0xE2>": 8],
            "merges": ["▁ b", "a ▁b", "<0xC3> <0xA9>"],
        ] as [String: Any],
    ] }

    @Test func mergesThatJoinAcrossTheSpaceMarkAreFollowed() throws {
        let file = try temporaryFolder().appendingPathComponent("tokenizer.json")
        try JSONSerialization.data(withJSONObject: Self.crossing).write(to: file)
        let tokenizer = try TokenizerFiles.load(file.path)
        guard case .huggingFacePipeline(let pipeline) = tokenizer.engine, case .characters(let model) = pipeline.model else {
            throw TestSupportError("the file did not load as a character-level pipeline")
        }
        #expect(!model.cuts.cutsBeforeSpaceMarks)
        let expected: [(String, [Token])] = [("a b", [4]), ("b a b", [2, 1, 4]), ("é", [7]), ("aé b", [0, 7, 3]), ("a  b", [0, 1, 3])]
        for (text, ids) in expected { #expect(tokenizer.encode(text) == ids, "\(text)") }
    }

    @Test(arguments: ["mistral-v1", "mistral-v3"])
    func convertedMistralFilesAreCutAtEverySpaceMarkAndByteFallback(base: String) throws {
        let file = try temporaryFolder().appendingPathComponent("tokenizer.json")
        try HFPipelineFixture.gunzipped(base + ".tokenizer.json").write(to: file)
        let tokenizer = try TokenizerFiles.load(file.path)
        guard case .huggingFacePipeline(let pipeline) = tokenizer.engine, case .characters(let model) = pipeline.model,
              let byteFallback = model.byteFallbackTokens
        else { throw TestSupportError("\(base) did not load as a character-level pipeline with byte_fallback") }
        #expect(model.cuts.cutsBeforeSpaceMarks)
        let letter = model.scalarTokens[Int(UInt8(ascii: "a"))], mark = model.scalarTokens[0x2581]
        #expect(model.cuts.cut(letter, mark) && !model.cuts.cut(mark, letter) && !model.cuts.cut(mark, mark))
        #expect(byteFallback.allSatisfy { model.cuts.cut($0, letter) && model.cuts.cut(mark, $0) })
    }
}
