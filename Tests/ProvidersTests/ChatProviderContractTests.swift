import Dataset
import FireworksProvider
import OpenAIProvider
import ProviderKit
import TestSupport
import Testing
import TogetherProvider

/// What the shell relies on behind `ChatProvider`, kept by the clients the descriptors build
/// (against their stubs) and by the in-memory provider the tests above the seam may use.
@Suite(.timeLimit(.minutes(5)))
struct ChatProviderContractTests {
    /// Each chat API, the model to ask, whether it lists its models, and how to stop its stub.
    static func subject(_ name: String) async throws -> (chat: any ChatProvider, model: String, lists: Bool, shutdown: @Sendable () async -> Void) {
        switch name {
        case "openai":
            let stub = try await OpenAIStub.start()
            let environment = ProviderEnvironment(variables: ["OPENAI_API_KEY": await stub.apiKey, "OPENAI_BASE_URL": await stub.baseURL])
            return (ProviderDescriptor.openAI.makeChat(environment), "gpt-4.1-mini", true, { await stub.shutdown() })
        case "together":
            let stub = try await TogetherStub.start()
            let environment = ProviderEnvironment(variables: ["TOGETHER_API_KEY": await stub.apiKey, "TOGETHER_BASE_URL": await stub.baseURL])
            return (ProviderDescriptor.together.makeChat(environment), "Qwen/Qwen3-8B", true, { await stub.shutdown() })
        case "fireworks":
            // Its inference spec has chat and completions only: no model list.
            let stub = try await FireworksStub.start()
            let environment = ProviderEnvironment(variables: ["FIREWORKS_API_KEY": await stub.apiKey, "FIREWORKS_INFERENCE_BASE_URL": await stub.baseURL + "/inference/v1"])
            return (ProviderDescriptor.fireworks.makeChat(environment), "accounts/acme-co/models/marv-v1", false, { await stub.shutdown() })
        default:
            return (InMemoryChatProvider(), "in-memory-model", true, {})
        }
    }

    @Test(arguments: ["openai", "together", "fireworks", "in-memory"])
    func aStreamedReplyIsTheWholeReply(_ name: String) async throws {
        let subject = try await Self.subject(name)
        let request = ChatRequest(model: subject.model, messages: [ChatMessage(role: .user, text: "What's the capital of France?")])
        let whole = try await subject.chat.chat(request)
        let text = try #require(whole.choices.first).message.text
        #expect(!text.isEmpty)
        var streamed = ChatStreamAccumulator()
        for try await chunk in subject.chat.streamChat(request) { streamed.add(chunk) }
        #expect(streamed.isFinished)
        #expect(streamed.text() == text)
        if subject.lists { #expect(!(try await subject.chat.listModels()).isEmpty) }
        await subject.shutdown()
    }

    @Test func theInMemoryProviderGivesEachCandidateItsOwnReply() async throws {
        let chat = InMemoryChatProvider()
        let request = ChatRequest(model: "in-memory-model", messages: [ChatMessage(role: .user, text: "Hi")], n: 2)
        #expect(try await chat.chat(request).choices.map(\.message.text) == ["You said: Hi", "You said: Hi (2)"])
        var streamed = ChatStreamAccumulator()
        for try await chunk in chat.streamChat(request) { streamed.add(chunk) }
        #expect([streamed.text(of: 0), streamed.text(of: 1)] == ["You said: Hi", "You said: Hi (2)"])
        let error = await #expect(throws: ProvidersError.self) { try await chat.chat(ChatRequest(model: "nope", messages: [])) }
        #expect(error?.kind == .notFound)
    }
}
