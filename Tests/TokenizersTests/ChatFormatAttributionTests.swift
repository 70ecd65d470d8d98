import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// How the built-in formats divide a rendering: every token belongs to one message or to the
/// format; the trained tokens are exactly the replies of assistant messages with weight not 0 and
/// their end token, never a header or a message of another role.
@Suite(.enabled(if: TestTokenizers.available && TestEncodings.available), .timeLimit(.minutes(5)))
struct ChatFormatAttributionTests {
    /// The ids that may end a trained run, and those that never train (headers, BOS, `[INST]`).
    static func markers(_ family: String, _ tokenizer: Tokenizer) -> (ends: Set<Int>, never: Set<Int>) {
        let special = tokenizer.specialTokens.mapValues(Int.init)
        if family == "gpt-oss" {
            return (Set(["<|end|>", "<|call|>", "<|return|>"].compactMap { special[$0] }),
                    Set(["<|start|>", "<|channel|>", "<|message|>", "<|constrain|>"].compactMap { special[$0] }))
        }
        return ([special["</s>"]!], Set(["<s>", "[INST]", "[/INST]", "[AVAILABLE_TOOLS]", "[TOOL_RESULTS]"].compactMap { special[$0] }))
    }

    static func trains(_ message: TemplateValue) -> Bool {
        guard message["role"]?.stringValue == "assistant" else { return false }
        switch message["weight"] {
        case .int(0)?: return false
        case .double(let weight)? where weight == 0: return false
        default: return true
        }
    }

    @Test(arguments: ChatFormatFixture.families)
    func trainedTokensAreTheAssistantReplies(family: String) throws {
        let fixture = try ChatFormatFixture.load(family)
        let tokenizer = try ChatFormatFixture.tokenizer(family)
        let renderer = try #require(try BuiltInChatFormat.renderer(for: tokenizer))
        let (ends, never) = Self.markers(family, tokenizer)
        var checked = 0
        for example in fixture.cases where example.ids != nil {
            let chat = try renderer.render(example.request)
            let messages = example.request.messages
            var perMessage = [Int: Int](), template = 0, trainedBy = [Int: Int]()
            for segment in chat.segments {
                guard case .ids(let ids) = segment.content else { Issue.record("a text segment"); continue }
                if let index = segment.message { perMessage[index, default: 0] += ids.count } else { template += ids.count }
                if segment.trains {
                    let owner = try #require(segment.message, "\(family) \"\(example.name)\": trained tokens that belong to no message")
                    #expect(Self.trains(messages[owner]), "\(family) \"\(example.name)\": message \(owner + 1) (\(messages[owner]["role"]?.stringValue ?? "?")) trains")
                    trainedBy[owner, default: 0] += ids.count
                    #expect(ids.allSatisfy { !never.contains($0) }, "\(family) \"\(example.name)\": a header or control token trains")
                }
            }
            #expect(perMessage.values.reduce(template, +) == chat.ids.count)
            // Every reply that trains has trained tokens, and each run of trained tokens ends with a reply's end token.
            for (index, message) in messages.enumerated() where Self.trains(message) {
                #expect((trainedBy[index] ?? 0) > 0, "\(family) \"\(example.name)\": message \(index + 1) has no trained tokens")
            }
            var trainedRun = false
            for (k, segment) in chat.segments.enumerated() where segment.trains {
                let next = chat.segments.indices.contains(k + 1) ? chat.segments[k + 1] : nil
                if next?.trains == true { continue }
                if case .ids(let ids) = segment.content { #expect(ends.contains(ids.last ?? -1), "\(family) \"\(example.name)\": a trained run ends with \(ids.last ?? -1)") }
                trainedRun = true
            }
            #expect(trainedRun == messages.contains(where: Self.trains))
            // Every user message with text counts for something (an empty one merged into its neighbours adds nothing).
            for (index, message) in messages.enumerated() where message["role"]?.stringValue == "user" && message["content"] != .string("") {
                #expect((perMessage[index] ?? 0) > 0, "\(family) \"\(example.name)\": user message \(index + 1) has no tokens")
            }
            checked += 1
        }
        #expect(checked >= 50)
    }

    /// A reply's trained tokens decode to exactly its text and end token, without a header.
    @Test func harmonyTrainsTheReplyAndItsEnd() throws {
        let tokenizer = Tokenizer(try TestEncodings.load(.o200kHarmony))
        let chat = try HarmonyChatFormat(tokenizer: tokenizer).render(ChatRenderRequest(messages: [
            .object([("role", .string("system")), ("content", .string("Be brief."))]),
            .object([("role", .string("user")), ("content", .string("Hi"))]),
            .object([("role", .string("assistant")), ("content", .string("Old reply")), ("weight", .int(0))]),
            .object([("role", .string("user")), ("content", .string("Again"))]),
            .object([("role", .string("assistant")), ("content", .string("New reply")), ("thinking", .string("Think."))]),
        ]))
        func text(_ keep: (RenderedSegment) -> Bool) throws -> String {
            try tokenizer.decode(chat.segments.filter(keep).flatMap { segment -> [Token] in
                if case .ids(let ids) = segment.content { return ids.map(Token.init) }
                return []
            })
        }
        #expect(try text { $0.trains } == "Think.<|end|>New reply<|return|>")
        #expect(try text { $0.message == 0 } == "<|start|>developer<|message|># Instructions\n\nBe brief.<|end|>")
        #expect(try text { $0.message == 2 } == "<|start|>assistant<|channel|>final<|message|>Old reply<|end|>")
        #expect(try text { $0.message == nil }.hasPrefix("<|start|>system<|message|>You are ChatGPT"))
    }

    @Test func mistralSystemPromptCountsForTheSystemMessage() throws {
        let tokenizer = try TokenizerFiles.load(try TestTokenizers.folder() + "/mistral-tekken/tekken_240718.json")
        let chat = try MistralChatFormat(tokenizer: tokenizer, version: .v3).render(ChatRenderRequest(messages: [
            .object([("role", .string("system")), ("content", .string("You are a careful assistant."))]),
            .object([("role", .string("user")), ("content", .string("Hello there"))]),
            .object([("role", .string("assistant")), ("content", .string("Hi! "))]),
        ]))
        func text(_ keep: (RenderedSegment) -> Bool) throws -> String {
            try tokenizer.decode(chat.segments.filter(keep).flatMap { segment -> [Token] in
                if case .ids(let ids) = segment.content { return ids.map(Token.init) }
                return []
            })
        }
        #expect(try text { $0.message == 0 } == "You are a careful assistant.\n\n")
        #expect(try text { $0.message == 1 }.hasSuffix("Hello there[/INST]"))
        #expect(try text { $0.trains } == "Hi!</s>")
    }
}
