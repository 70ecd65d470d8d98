import TestSupport
import Testing

@testable import Tokenizers

@Suite(.enabled(if: TestEncodings.available))
struct ChatTokenCounterTests {
    /// The OpenAI cookbook's example ("How to count tokens with tiktoken").
    static let cookbookExample: [ChatMessageText] = [
        .init(role: "system", content: "You are a helpful, pattern-following assistant that translates corporate jargon into plain English."),
        .init(role: "system", content: "New synergies will help drive top-line growth.", name: "example_user"),
        .init(role: "system", content: "Things working well together will increase revenue.", name: "example_assistant"),
        .init(role: "system", content: "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage.", name: "example_user"),
        .init(role: "system", content: "Let's talk later when we're less busy about how to do better.", name: "example_assistant"),
        .init(role: "user", content: "This late pivot means we don't have time to boil the ocean for the client deliverable."),
    ]

    @Test func cookbookExampleCounts129WithCl100kAnd124WithO200k() throws {
        #expect(ChatTokenCounter(encoding: try TestEncodings.load(.cl100kBase)).count(messages: Self.cookbookExample) == 129)
        #expect(ChatTokenCounter(encoding: try TestEncodings.load(.o200kBase)).count(messages: Self.cookbookExample) == 124)
    }

    @Test func perMessageCountsAddUpToTheTotal() throws {
        let counter = ChatTokenCounter(encoding: try TestEncodings.load(.o200kBase))
        let counts = Self.cookbookExample.map(counter.count)
        #expect(counter.total(messageCounts: counts) == 124)
        let name = ChatMessageText(role: "user", content: "hi", name: "bob")
        #expect(counter.count(name) == 3 + 1 + counter.encoding.count("user") + counter.encoding.count("hi") + counter.encoding.count("bob"))
    }

    @Test func toolDefinitionsAddTheCookbookOverhead() throws {
        let encoding = try TestEncodings.load(.o200kBase)
        let counter = ChatTokenCounter(encoding: encoding)
        let tool = ToolDefinition(
            name: "get_weather", description: "Get the weather.",
            properties: [.init(name: "unit", type: "string", description: "The unit.", enumValues: ["c", "f"])])
        let expected = 7 + encoding.count("get_weather:Get the weather") + 3
            + 3 + (-3) + (3 + encoding.count("c")) + (3 + encoding.count("f")) + encoding.count("unit:string:The unit") + 12
        #expect(counter.count(tools: [tool]) == expected)
        #expect(counter.count(tools: []) == 0)
    }
}
