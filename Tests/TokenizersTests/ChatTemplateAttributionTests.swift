import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// Which message each token renders and which tokens train: per-message counts add up, the trained
/// tokens are the assistant replies with weight 1 without their header.
@Suite(.enabled(if: TestTokenizers.available))
struct ChatTemplateAttributionTests {
    static func message(_ role: String, _ content: String, _ extra: [(key: String, value: TemplateValue)] = []) -> TemplateValue {
        .object([("role", .string(role)), ("content", .string(content))] + extra)
    }

    static let conversation = ChatRenderRequest(messages: [
        message("system", "Be kind."), message("user", "One"), message("assistant", "First reply", [("weight", .int(0))]),
        message("user", "Two"), message("assistant", "Second reply", [("weight", .int(1))]),
    ])

    @Test(arguments: ["llama3", "qwen3", "qwen2.5", "llama4"])
    func trainedTokensAreTheWeightedRepliesWithoutHeader(family: String) throws {
        let (template, tokenizer) = try ChatTemplateParityTests.setUp(family)
        let tokens = tokenizer.tokens(of: try template.render(Self.conversation))
        // The end-of-turn token trains with the reply, as trainers mask it.
        let end = ["llama3": "<|eot_id|>", "llama4": "<|eot|>"][family] ?? "<|im_end|>"
        let trained = zip(tokens.ids, tokens.trains).filter(\.1).map { $0.0 }
        #expect(trained.count == tokens.trainedCount)
        // Qwen3 writes an empty think block into the last reply, which trains with it.
        let reply = family == "qwen3" ? "<think>\n\n</think>\n\nSecond reply" : "Second reply"
        let expected = tokenizer.encode(reply + end, special: true).map(Int.init)
        let trainedText = try tokenizer.decode(trained.map(Token.init))
        #expect(Array(trained.prefix(expected.count)) == expected, "trained: \(trainedText.debugDescription)")
        #expect(trained.count <= expected.count + 1)  // Qwen's newline after <|im_end|> goes with it
        #expect(zip(tokens.messages, tokens.trains).allSatisfy { message, trains in !trains || message == 4 })
        // Every message has tokens of its own, and they add up with the template's.
        let perMessage = (0..<5).map { tokens.count(ofMessage: $0) }
        #expect(perMessage.allSatisfy { $0 > 0 }, "\(perMessage)")
        #expect(perMessage.reduce(0, +) + tokens.templateCount == tokens.count)
        // The assistant header belongs to its message but does not train.
        let header = tokens.messages.indices.filter { tokens.messages[$0] == 4 && !tokens.trains[$0] }
        #expect(!header.isEmpty)
    }

    @Test func toolDefinitionsBelongToNoMessage() throws {
        let (template, tokenizer) = try ChatTemplateParityTests.setUp("qwen3")
        let tool = try TemplateValue(json: #"{"type": "function", "function": {"name": "lookup", "description": "Find a word.", "parameters": {"type": "object", "properties": {}}}}"#)
        let plain = ChatRenderRequest(messages: [Self.message("system", "Be brief."), Self.message("user", "Hi"), Self.message("assistant", "Hello")])
        var withTools = plain
        withTools.tools = [tool]
        let without = tokenizer.tokens(of: try template.render(plain))
        let with = tokenizer.tokens(of: try template.render(withTools))
        #expect(with.templateCount > without.templateCount + 20)
        // The tools' JSON is the template's; the system message keeps its text (and the tools' preamble
        // written right after reading it, a known limit of attribution by the last message read).
        #expect(with.count(ofMessage: 0) < 60, "\(with.count(ofMessage: 0))")
        #expect(with.count(ofMessage: 1) == without.count(ofMessage: 1))
        #expect(with.count(ofMessage: 2) == without.count(ofMessage: 2))
    }

    @Test func qwen3WithoutThinkingKeepsTheEmptyThinkBlockOutOfTraining() throws {
        let (template, tokenizer) = try ChatTemplateParityTests.setUp("qwen3")
        var request = ChatRenderRequest(messages: [Self.message("user", "Hi"), Self.message("assistant", "Hello")])
        request.variables["enable_thinking"] = .bool(false)
        let tokens = tokenizer.tokens(of: try template.render(request))
        let trained = zip(tokens.ids, tokens.trains).filter(\.1).map { Token($0.0) }
        #expect(try tokenizer.decode(trained) == "Hello<|im_end|>\n")
    }

    @Test func generationBlocksMarkTheTrainedSpans() throws {
        let source = "{% for m in messages %}<{{ m.role }}>{% if m.role == 'assistant' %}{% generation %}{{ m.content }}</s>{% endgeneration %}{% else %}{{ m.content }}{% endif %}\n{% endfor %}"
        let template = try HuggingFaceChatTemplate(source: source)
        let rendered = try template.render(Self.conversation)
        let trained = rendered.segments.filter(\.trains).map { if case .text(let t) = $0.content { t } else { "" } }
        #expect(trained == ["Second reply</s>"])
        #expect(rendered.segments.filter { $0.message == 4 }.count >= 2)
    }

    @Test func specialTokenTextInContentBecomesTheSpecialToken() throws {
        let (template, tokenizer) = try ChatTemplateParityTests.setUp("llama3")
        let request = ChatRenderRequest(messages: [Self.message("user", "say <|eot_id|> now")])
        let tokens = tokenizer.tokens(of: try template.render(request))
        let eot = try #require(tokenizer.specialTokens["<|eot_id|>"])
        #expect(tokens.ids.filter { $0 == Int(eot) }.count == 3)
    }

    @Test func nfcNormalisingTokenizersAttributeByNormalisedBytes() throws {
        let (template, tokenizer) = try ChatTemplateParityTests.setUp("qwen3")
        let decomposed = "\u{1100}\u{1161}\u{11A8} e\u{301}"
        let request = ChatRenderRequest(messages: [Self.message("user", decomposed), Self.message("assistant", decomposed + " again")])
        let tokens = tokenizer.tokens(of: try template.render(request))
        let assistant = zip(tokens.ids, tokens.messages).filter { $0.1 == 1 }.map { Token($0.0) }
        #expect(try tokenizer.decode(assistant) == "<|im_start|>assistant\n<think>\n\n</think>\n\n" + HFNormalization.nfc(decomposed) + " again<|im_end|>\n")
    }

    @Test func rendersATwentyMessageConversationQuickly() throws {
        let (template, tokenizer) = try ChatTemplateParityTests.setUp("qwen3")
        var messages: [TemplateValue] = [Self.message("system", "You are a careful assistant.")]
        for turn in 0..<10 {
            messages.append(Self.message("user", "Question \(turn): " + String(repeating: "tell me about the sea. ", count: 20)))
            messages.append(Self.message("assistant", "Answer \(turn): " + String(repeating: "the sea is wide and deep. ", count: 20)))
        }
        let request = ChatRenderRequest(messages: messages)
        _ = try template.render(request)
        let start = ContinuousClock.now
        for _ in 0..<20 { _ = try template.render(request) }
        let perRendering = (ContinuousClock.now - start) / 20
        // Debug builds are several times slower than release; release renders this in well under 1 ms.
        #expect(perRendering < .milliseconds(10), "\(perRendering)")
        #expect(tokenizer.tokens(of: try template.render(request)).count > 1000)
    }
}
