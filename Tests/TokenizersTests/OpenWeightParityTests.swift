import Foundation
import TestSupport
import Testing
import Tokenizers

/// Ids identical to each family's reference library (tiktoken, HF tokenizers, mistral-common,
/// llama_models) on 3,888 strings each, read from the files as a user has them.
@Suite(.enabled(if: TestTokenizers.available), .timeLimit(.minutes(5)))
struct OpenWeightParityTests {
    static func fixture(_ family: String) throws -> TestTokenizers.Fixture {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/open/\(family)", withExtension: "json"))
        return try JSONDecoder().decode(TestTokenizers.Fixture.self, from: Data(contentsOf: url))
    }

    /// The file each family's fixture was made from, in the unpacked folder.
    static let files: [String: String] = [
        "llama3": "llama3/tokenizer.json", "qwen2": "qwen2/tokenizer.json", "llama4": "llama4/tokenizer.model",
        "mistral-tekken": "mistral-tekken/tekken_240718.json",
        // Qwen2.5's repo as the Hugging Face cache holds it (Qwen3's file without its 4 newer added tokens).
        "qwen2.5": "hub/models--Qwen--Qwen2.5-7B-Instruct/snapshots/0000000000000000000000000000000000000000/tokenizer.json",
    ]

    static func tokenizer(_ family: String) throws -> Tokenizer {
        if family == "gpt-oss" { return Tokenizer(try TestEncodings.load(.o200kHarmony)) }
        return try TokenizerFiles.load(try TestTokenizers.folder() + "/" + files[family]!)
    }

    @Test(arguments: ["llama3", "qwen2", "qwen2.5", "llama4", "mistral-tekken", "gpt-oss"])
    func idsMatchTheReference(family: String) throws {
        let fixture = try Self.fixture(family)
        #expect(fixture.family == family)
        #expect(fixture.cases.count >= 2_000, "the issue asks for at least 2,000 strings per family")
        let tokenizer = try Self.tokenizer(family)
        var wrong = 0
        for (k, example) in fixture.cases.enumerated() {
            let ids = tokenizer.encode(example.text)
            if ids != example.ids {
                wrong += 1
                if wrong <= 3 { Issue.record("\(family) case \(k) \(example.text.debugDescription.prefix(80)): \(ids.prefix(12)) vs \(example.ids.prefix(12))") }
            }
            if let special = example.special_ids {
                let ids = tokenizer.encode(example.text, special: true)
                if ids != special {
                    wrong += 1
                    if wrong <= 3 { Issue.record("\(family) case \(k) with special tokens: \(ids.prefix(12)) vs \(special.prefix(12))") }
                }
            }
            if tokenizer.count(example.text) != example.ids.count { wrong += 1 }
        }
        #expect(wrong == 0, "\(wrong) of \(fixture.cases.count) \(family) cases differ from \(fixture.reference)")
    }

    @Test(arguments: ["llama3", "qwen2", "qwen2.5", "llama4", "mistral-tekken", "gpt-oss"])
    func decodingMatchesTheReference(family: String) throws {
        let fixture = try Self.fixture(family)
        let tokenizer = try Self.tokenizer(family)
        let wrong = try fixture.cases.filter { try tokenizer.decode($0.ids) != $0.decoded }
        #expect(wrong.isEmpty, "\(wrong.count) decodings differ, first: \(wrong.first?.text.debugDescription.prefix(80) ?? "")")
    }
}
