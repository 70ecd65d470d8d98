import Dataset
import Foundation
import OpenAIProvider
import ProviderKit
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(5)))
struct ChatTests {
    let question = ChatRequest(model: "gpt-4.1-mini", messages: [
        ChatMessage(role: .system, text: "Marv is sarcastic."), ChatMessage(role: .user, text: "Capital of France?"),
        ChatMessage(role: .assistant, text: "Paris.", weight: 0), ChatMessage(role: .user, text: "Again?"),
    ])

    func collect(_ client: OpenAIClient, _ request: ChatRequest) async -> (ChatStreamAccumulator, Error?) {
        var accumulator = ChatStreamAccumulator()
        do {
            for try await chunk in client.streamChat(request) { accumulator.add(chunk) }
            return (accumulator, nil)
        } catch {
            return (accumulator, error)
        }
    }

    @Test func plainChatSendsTheDraftWithoutWeights() async throws {
        let fixture = try await StubFixture.start()
        let reply = try await fixture.client.chat(question)
        #expect(reply.choices.first?.message.text == "Paris. Obviously.")
        #expect(reply.usage?.totalTokens == 15)
        let sent = try #require(await fixture.stub.requests.last?.json)
        let messages = try #require(sent["messages"] as? [[String: Any]])
        #expect(messages.count == 4)
        #expect(messages[2]["weight"] == nil)
        #expect(sent["stream"] == nil)
        await fixture.stub.shutdown()
    }

    @Test func streamedChatArrivesInPiecesWithUsage() async throws {
        let fixture = try await StubFixture.start()
        let (reply, error) = await collect(fixture.client, question)
        #expect(error == nil)
        #expect(reply.text() == "Paris. Obviously.")
        #expect(reply.usage?.promptTokens == 10)
        #expect(reply.isFinished)
        let sent = try #require(await fixture.stub.requests.last?.json)
        #expect((sent["stream_options"] as? [String: Bool])?["include_usage"] == true)
        await fixture.stub.shutdown()
    }

    @Test func severalCandidatesAtOnce() async throws {
        let fixture = try await StubFixture.start()
        var request = question
        request.n = 3
        let (reply, _) = await collect(fixture.client, request)
        #expect(reply.completion.choices.map(\.message.text) == ["Paris. Obviously. (1)", "Paris. Obviously. (2)", "Paris. Obviously. (3)"])
        await fixture.stub.shutdown()
    }

    @Test func eventsSplitAcrossWritesAndKeepAliveComments() async throws {
        let fixture = try await StubFixture.start()
        let bytes = Array(": keep-alive\n\n".utf8) + sse(#"{"choices":[{"index":0,"delta":{"content":"Hel"}}]}"#)
            + Array(": ping\r\n\r\n".utf8) + sse(#"{"choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}"#)
            + Array("data: [DONE]\n\n".utf8)
        // One byte per TCP write for the first 60 bytes, then the rest in odd sizes.
        var pieces: [(delay: Double, bytes: [UInt8])] = bytes.prefix(60).map { (0.001, [$0]) }
        var rest = Array(bytes.dropFirst(60))
        while !rest.isEmpty {
            pieces.append((0.001, Array(rest.prefix(7))))
            rest = Array(rest.dropFirst(7))
        }
        let written = pieces
        await fixture.stub.set { $0.chatStream = (written, false) }
        let (reply, error) = await collect(fixture.client, question)
        #expect(error == nil)
        #expect(reply.text() == "Hello")
        await fixture.stub.shutdown()
    }

    @Test func toolCallFragmentsAreMergedByIndex() async throws {
        let fixture = try await StubFixture.start()
        let stream: [(delay: Double, bytes: [UInt8])] = [
            #"{"choices":[{"index":0,"delta":{"role":"assistant","tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_","arguments":""}}]}}]}"#,
            #"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"name":"weather","arguments":"{\"ci"}}]}}]}"#,
            #"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_2","function":{"name":"now","arguments":"{}"}},{"index":0,"function":{"arguments":"ty\":\"Paris\"}"}}]}}]}"#,
            #"{"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"#,
        ].map { (delay: 0.0, bytes: sse($0)) } + [(delay: 0.0, bytes: Array("data: [DONE]\n\n".utf8))]
        await fixture.stub.set { $0.chatStream = (stream, false) }
        let (reply, _) = await collect(fixture.client, question)
        let message = try #require(reply.completion.choices.first?.message)
        #expect(message.content == nil)
        #expect(JSONWriter.string(message.toolCalls!) == #"[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},{"id":"call_2","type":"function","function":{"name":"now","arguments":"{}"}}]"#)
        #expect(reply.completion.choices.first?.finishReason == "tool_calls")
        await fixture.stub.shutdown()
    }

    @Test func anErrorEventMidStreamKeepsTheTextAndSaysWhy() async throws {
        let fixture = try await StubFixture.start()
        let stream = [sse(#"{"choices":[{"index":0,"delta":{"content":"Half a "}}]}"#),
                      sse(#"{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}"#)]
        let pieces: [(delay: Double, bytes: [UInt8])] = stream.map { (0, $0) }
        await fixture.stub.set { $0.chatStream = (pieces, false) }
        let (reply, error) = await collect(fixture.client, question)
        #expect(reply.text() == "Half a ")
        let failure = try #require(error as? ProvidersError)
        #expect(failure.kind == .streamError)
        #expect(failure.message.contains("The server had an error") && failure.message.contains("the text so far is kept"))
        await fixture.stub.shutdown()
    }

    @Test func aResetMidStreamKeepsThePartialText() async throws {
        let fixture = try await StubFixture.start()
        let stream = [sse(#"{"choices":[{"index":0,"delta":{"content":"Paris, as if"}}]}"#)]
        let pieces: [(delay: Double, bytes: [UInt8])] = stream.map { (0, $0) }
        await fixture.stub.set { $0.chatStream = (pieces, true) }
        let (reply, error) = await collect(fixture.client, question)
        #expect(reply.text() == "Paris, as if")
        #expect((error as? ProvidersError)?.kind == .streamInterrupted)
        await fixture.stub.shutdown()
    }

    @Test func aMalformedEventIsAClearError() async throws {
        let fixture = try await StubFixture.start()
        await fixture.stub.set { $0.chatStream = ([(0, sse("{not json"))], false) }
        let (_, error) = await collect(fixture.client, question)
        #expect((error as? ProvidersError)?.kind == .decoding)
        await fixture.stub.shutdown()
    }

    /// The stream would run for ten minutes; only closing the connection on cancel ends it within
    /// the suite's time limit.
    @Test func cancellingClosesTheStream() async throws {
        let fixture = try await StubFixture.start()
        let endless = (0..<3000).map { _ in (delay: 0.2, bytes: sse(#"{"choices":[{"index":0,"delta":{"content":"word "}}]}"#)) }
        await fixture.stub.set { $0.chatStream = (endless, false) }
        let client = fixture.client
        let request = question
        let firstWord = AsyncStream<Void>.makeStream()
        let task = Task {
            var text = ""
            for try await chunk in client.streamChat(request) {
                text += chunk.deltas.first?.content ?? ""
                firstWord.continuation.yield()
            }
            return text
        }
        for await _ in firstWord.stream { break }
        task.cancel()
        switch await task.result {
        case .success(let text): #expect(text.count < 3000 * 5)
        case .failure(let error): #expect(error is CancellationError)
        }
        await fixture.stub.shutdown()
    }
}
