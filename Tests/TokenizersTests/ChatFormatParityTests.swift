import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// gpt-oss's harmony and Mistral's formats give the reference's ids for every fixture conversation
/// (openai-harmony 0.0.8, mistral-common 1.13.1), and refuse what the reference refuses.
@Suite(.enabled(if: TestTokenizers.available && TestEncodings.available), .timeLimit(.minutes(5)))
struct ChatFormatParityTests {
    static func renderer(_ family: String) throws -> any ChatRenderer {
        let tokenizer = try ChatFormatFixture.tokenizer(family)
        return try #require(try BuiltInChatFormat.renderer(for: tokenizer), "no built-in format for \(family) (\(tokenizer.family ?? "no family"))")
    }

    @Test(arguments: ChatFormatFixture.families)
    func idsMatchTheReference(family: String) throws {
        let fixture = try ChatFormatFixture.load(family)
        #expect(fixture.cases.count >= 60)
        let renderer = try Self.renderer(family)
        var wrong = 0
        for example in fixture.cases {
            let result = Result { try renderer.render(example.request) }
            switch (result, example.ids) {
            case (.success(let chat), let expected?):
                if chat.ids != expected {
                    wrong += 1
                    let at = zip(chat.ids, expected).enumerated().first { $1.0 != $1.1 }?.offset ?? min(chat.ids.count, expected.count)
                    Issue.record("\(family) \"\(example.name)\": differs at \(at): \(chat.ids.dropFirst(at).prefix(8)) vs \(expected.dropFirst(at).prefix(8)) (\(chat.ids.count) vs \(expected.count) ids)")
                }
            case (.failure(let error), _?):
                wrong += 1
                Issue.record("\(family) \"\(example.name)\": refused (\(error)) but the reference renders it")
            case (.success, nil):
                wrong += 1
                Issue.record("\(family) \"\(example.name)\": rendered, but the reference refuses it: \(example.error ?? "")")
            case (.failure(let error), nil):
                let kind = (error as? TokenizersError)?.kind
                #expect(kind == .chatTemplate, "\(family) \"\(example.name)\": \(error)")
            }
        }
        #expect(wrong == 0, "\(wrong) of \(fixture.cases.count) \(family) conversations differ from \(fixture.reference)")
    }

    @Test func familiesPickTheirFormat() throws {
        let folder = try TestTokenizers.folder()
        let v1 = try TokenizerFiles.load(folder + "/mistral-sp/tokenizer.model.v1")
        let v3 = try TokenizerFiles.load(folder + "/mistral-sp/mistral_instruct_tokenizer_240323.model.v3")
        let tekken = try TokenizerFiles.load(folder + "/mistral-tekken/tekken_240718.json")
        #expect(v1.family == "mistral-sp-v1" && v3.family == "mistral-sp-v3" && tekken.family == "mistral-tekken")
        #expect((try BuiltInChatFormat.renderer(for: v1) as? MistralChatFormat)?.version == .v1)
        #expect((try BuiltInChatFormat.renderer(for: v3) as? MistralChatFormat)?.version == .v3)
        #expect((try BuiltInChatFormat.renderer(for: tekken) as? MistralChatFormat)?.version == .v3)
        #expect(try BuiltInChatFormat.renderer(for: Tokenizer(try TestEncodings.load(.o200kHarmony))) is HarmonyChatFormat)
        #expect(try BuiltInChatFormat.renderer(for: Tokenizer(try TestEncodings.load(.o200kBase))) == nil)
        #expect(try BuiltInChatFormat.renderer(for: try TokenizerFiles.load(folder + "/llama3/tokenizer.json")) == nil)
    }

    @Test func refusalsSayWhatToChange() throws {
        let mistral = try Self.renderer("mistral-v3")
        let empty = ChatRenderRequest(messages: [.object([("role", .string("user")), ("content", .string("Hi"))]),
                                                 .object([("role", .string("assistant")), ("content", .string(""))])])
        let error = try #require(throws: TokenizersError.self) { try mistral.render(empty) }
        #expect(error.kind == .chatTemplate && error.message.contains("message 2") && error.message.contains("write the reply"))

        let v1 = try Self.renderer("mistral-v1")
        let call = ChatRenderRequest(messages: [
            .object([("role", .string("user")), ("content", .string("Weather?"))]),
            .object([("role", .string("assistant")), ("content", .null), ("tool_calls", .array([
                .object([("id", .string("call00001")), ("function", .object([("name", .string("get_weather")), ("arguments", .string("{}"))]))]),
            ]))]),
            .object([("role", .string("tool")), ("tool_call_id", .string("call00001")), ("content", .string("sunny"))]),
            .object([("role", .string("assistant")), ("content", .string("Sunny."))]),
        ])
        let refusal = try #require(throws: TokenizersError.self) { try v1.render(call) }
        #expect(refusal.message.contains("v1 format has no tools") && refusal.message.contains("target a v3 model"))

        let harmony = try Self.renderer("gpt-oss")
        let effort = ChatRenderRequest(messages: [.object([("role", .string("user")), ("content", .string("Hi"))])],
                                       variables: ["reasoning_effort": .string("extreme")])
        let bad = try #require(throws: TokenizersError.self) { try harmony.render(effort) }
        #expect(bad.message.contains("low, medium, high"))
    }
}
