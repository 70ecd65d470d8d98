import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// Every piece of the Hugging Face pipeline tunesmith reproduces (normalizers, pre-tokenizers, Split
/// behaviours, character- and byte-level BPE, byte_fallback and unk_token, added tokens with every
/// option, decoders, invalid UTF-8 in byte tokens), against HF `tokenizers` on the shared corpus, one
/// variant file at a time.
@Suite(.enabled(if: TestTokenizers.available), .timeLimit(.minutes(5)))
struct HFPipelineParityTests {
    static let variants = [
        "mistral-v1-legacy", "mistral-v3-legacy", "mistral-v1-metaspace", "mistral-v3-metaspace", "mistral-v1-split",
        "gpt2-nfkc", "mistral-v1-nfkd", "mistral-v1-unk", "mistral-v3-unk-unfused", "gpt2-prefix", "gpt2-no-prefix", "splits-removed", "splits-merged",
        "splits-inverted", "splits-contiguous", "splits-digits",
    ]

    @Test(arguments: variants)
    func idsAndTextMatchTheReference(variant: String) throws {
        let fixture = try HFPipelineFixture.load(variant)
        let texts = HFPipelineFixture.texts
        #expect(texts.count == fixture.ids.count && texts.count >= 2_000)
        let tokenizer = try TokenizerFiles.load(try HFPipelineFixture.tokenizerFile(variant))
        if case .huggingFace = tokenizer.engine { Issue.record("\(variant) took the byte-level fast path") }
        var wrong = 0
        func record(_ what: String) {
            wrong += 1
            if wrong <= 4 { Issue.record("\(variant): \(what)") }
        }
        for (k, text) in texts.enumerated() {
            let ids = tokenizer.encode(text)
            if ids != fixture.ids[k] { record("case \(k) \(text.debugDescription.prefix(80)): \(ids.prefix(16)) vs \(fixture.ids[k].prefix(16))") }
            let special = fixture.special_ids[String(k)] ?? fixture.ids[k]
            let specialIDs = tokenizer.encode(text, special: true)
            if specialIDs != special { record("case \(k) with special tokens: \(specialIDs.prefix(16)) vs \(special.prefix(16))") }
            let decoded = try tokenizer.decode(fixture.ids[k])
            let expected = fixture.decoded[String(k)] ?? text
            if Array(decoded.utf8) != Array(expected.utf8) { record("case \(k) decodes to \(decoded.debugDescription.prefix(80)), not \(expected.debugDescription.prefix(80))") }
        }
        #expect(fixture.decode_cases.count >= 50)
        for (k, example) in fixture.decode_cases.enumerated() {
            let decoded = try tokenizer.decode(example.ids)
            if Array(decoded.utf8) != Array(example.text.utf8) {
                record("decode case \(k) \(example.ids.prefix(12)) gives \(decoded.debugDescription.prefix(60)), not \(example.text.debugDescription.prefix(60))")
            }
        }
        #expect(wrong == 0, "\(wrong) differences from \(fixture.reference) over \(texts.count) strings and \(fixture.decode_cases.count) decode cases")
    }

    /// Mistral-7B-Instruct-v0.2's repository holds both tokenizer.model and its converted tokenizer.json.
    /// The folder counts as mistral-common does (Mistral's own reference, and what its built-in chat
    /// formats need); the tokenizer.json alone counts as HF tokenizers does. The two references
    /// disagree on text that starts with whitespace (136 corpus strings).
    @Test func aMistralFolderWithBothFilesCountsAsMistralCommonDoes() throws {
        let folder = try temporaryFolder()
        try HFPipelineFixture.gunzipped("mistral-v1.tokenizer.json").write(to: folder.appendingPathComponent("tokenizer.json"))
        try FileManager.default.copyItem(atPath: try TestTokenizers.folder() + "/mistral-sp/tokenizer.model.v1",
                                         toPath: folder.appendingPathComponent("tokenizer.model").path)
        let fromFolder = try TokenizerFiles.load(folder.path)
        let fromJSON = try TokenizerFiles.load(folder.appendingPathComponent("tokenizer.json").path)
        let fromModel = try TokenizerFiles.load(folder.appendingPathComponent("tokenizer.model").path)
        let mistral = try JSONDecoder().decode(TestTokenizers.Fixture.self, from: Data(contentsOf: try #require(
            Bundle.module.url(forResource: "Fixtures/open/mistral-sp-v1", withExtension: "json"))))
        var wrong = 0
        for example in mistral.cases {
            if fromModel.encode(example.text) != example.ids || fromFolder.encode(example.text) != example.ids {
                wrong += 1
                if wrong <= 3 { Issue.record("\(example.text.debugDescription.prefix(60))") }
            }
        }
        #expect(wrong == 0, "\(wrong) of \(mistral.cases.count) strings differ")
        #expect(fromFolder.family == "mistral-sp-v1" && fromJSON.family != "mistral-sp-v1")
        let legacy = try HFPipelineFixture.load("mistral-v1-legacy")
        for (k, text) in HFPipelineFixture.texts.enumerated().prefix(500) { #expect(fromJSON.encode(text) == legacy.ids[k]) }
    }

    @Test func pathologicalInputsFinishOnTheGeneralPipeline() throws {
        for variant in ["mistral-v1-legacy", "gpt2-prefix", "splits-contiguous"] {
            let tokenizer = try TokenizerFiles.load(try HFPipelineFixture.tokenizerFile(variant))
            var generator = SystemRandomNumberGenerator()
            let random = String(decoding: (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }, as: UTF8.self)
            for text in [String(repeating: "a", count: 100_000), String(repeating: " ", count: 100_000), random] {
                // Their speed is measured by bench/pathological, not here; the suite's limit only catches a hang.
                #expect(!tokenizer.encode(text).isEmpty)
            }
        }
    }
}
