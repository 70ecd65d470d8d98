import Foundation
import OpenAIProvider
import ProviderKit
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(5)))
struct ErrorsAndRetriesTests {
    let request = ChatRequestFixture.question

    @Test func rateLimitedWithRetryAfterThenSuccess() async throws {
        let fixture = try await StubFixture.start()
        await fixture.stub.set {
            $0.scripted["POST /v1/chat"] = [OpenAIStub.errorResponse(429, "Rate limit reached", type: "requests", code: "rate_limit_exceeded", headers: [("retry-after-ms", "30")])]
        }
        let started = Date()
        #expect(try await fixture.client.chat(request).choices.first?.message.text == "Paris. Obviously.")
        #expect(Date().timeIntervalSince(started) >= 0.03)
        #expect(await fixture.stub.requests.count == 2)
        await fixture.stub.shutdown()
    }

    @Test func serverErrorThenSuccessAlsoWhileStreaming() async throws {
        let fixture = try await StubFixture.start()
        await fixture.stub.set { $0.scripted["POST /v1/chat"] = [OpenAIStub.errorResponse(500, "boom", type: "server_error"), OpenAIStub.errorResponse(502, "bad gateway", type: "server_error")] }
        var text = ""
        for try await chunk in fixture.client.streamChat(request) { text += chunk.deltas.first?.content ?? "" }
        #expect(text == "Paris. Obviously.")
        #expect(await fixture.stub.requests.count == 3)
        await fixture.stub.shutdown()
    }

    @Test func givesUpAfterTwoRetriesWithTheServersWords() async throws {
        let fixture = try await StubFixture.start()
        await fixture.stub.set { $0.scripted["POST /v1/chat"] = Array(repeating: OpenAIStub.errorResponse(503, "overloaded", type: "server_error"), count: 3) }
        let error = await #expect(throws: ProvidersError.self) { try await fixture.client.chat(request) }
        #expect(error?.kind == .server)
        #expect(error?.message == "OpenAI: overloaded (HTTP 503, server_error, request req_stub_503); OpenAI had a server error; try again in a minute")
        #expect(await fixture.stub.requests.count == 3)
        await fixture.stub.shutdown()
    }

    @Test func aBadKeySaysWhatToCheckAndNeverShowsTheKey() async throws {
        let fixture = try await StubFixture.start()
        let key = "sk-proj-WRONGKEY1234567890abcdef"
        let client = await fixture.with(apiKey: key)
        let error = await #expect(throws: ProvidersError.self) { try await client.chat(request) }
        #expect(error?.kind == .authentication)
        #expect(error?.status == 401)
        #expect(error?.message.contains("check OPENAI_API_KEY") == true)
        #expect(error?.message.contains(key) == false)
        #expect(await fixture.stub.requests.count == 1)
        await fixture.stub.shutdown()
    }

    @Test func quotaIsToldApartFromRateLimits() async throws {
        let fixture = try await StubFixture.start()
        await fixture.stub.set { $0.scripted["POST /v1/chat"] = [OpenAIStub.errorResponse(429, "You exceeded your current quota", type: "insufficient_quota", code: "insufficient_quota", headers: [("x-should-retry", "false")])] }
        let error = await #expect(throws: ProvidersError.self) { try await fixture.client.chat(request) }
        #expect(error?.kind == .insufficientQuota)
        #expect(error?.message.contains("out of credit") == true)
        await fixture.stub.shutdown()
    }

    @Test func jobCreationIsNeverRetriedAfterAServerError() async throws {
        let fixture = try await StubFixture.start()
        await fixture.stub.set { $0.scripted["POST /v1/fine_tuning/jobs"] = [OpenAIStub.errorResponse(500, "maybe created", type: "server_error")] }
        let error = await #expect(throws: ProvidersError.self) {
            try await fixture.client.createJob(JobRequest(model: "gpt-4.1-mini", trainingFile: "file-x"))
        }
        #expect(error?.kind == .server)
        #expect(await fixture.stub.requests.count == 1)
        await fixture.stub.shutdown()
    }

    @Test func organizationAndProjectHeadersAreSentAsTheSDKSendsThem() async throws {
        let fixture = try await StubFixture.start()
        let configuration = OpenAIConfiguration(environment: [
            "OPENAI_API_KEY": await fixture.stub.apiKey, "OPENAI_BASE_URL": await fixture.stub.baseURL,
            "OPENAI_ORG_ID": "org-acme", "OPENAI_PROJECT_ID": "proj_marv",
        ])
        _ = try await OpenAIClient(configuration: configuration).chat(request)
        let sent = try #require(await fixture.stub.requests.last)
        #expect(sent.header("openai-organization") == "org-acme")
        #expect(sent.header("openai-project") == "proj_marv")
        #expect(sent.header("authorization") == "Bearer \(await fixture.stub.apiKey)")
        await fixture.stub.shutdown()
    }

    @Test func aMissingKeyIsAskedForBeforeAnythingIsSent() async throws {
        let client = OpenAIClient(configuration: OpenAIConfiguration(apiKey: nil))
        let error = await #expect(throws: ProvidersError.self) { try await client.chat(request) }
        #expect(error?.kind == .missingAPIKey)
        #expect(error?.message.contains("OPENAI_API_KEY") == true)
    }

    @Test func aServerThatIsNotThereIsAConnectionError() async throws {
        let client = OpenAIClient(configuration: OpenAIConfiguration(apiKey: "k", baseURL: "http://127.0.0.1:9/v1", retryPolicy: RetryPolicy(maxRetries: 0)))
        let error = await #expect(throws: ProvidersError.self) { try await client.chat(request) }
        #expect(error?.kind == .connection)
        #expect(error?.message.contains("refused the connection: nothing is listening there; check the base URL (OPENAI_BASE_URL)") == true)
    }
}

enum ChatRequestFixture {
    static let question = ChatRequest(model: "gpt-4.1-mini", messages: [.init(role: .user, text: "Capital of France?")])
}
