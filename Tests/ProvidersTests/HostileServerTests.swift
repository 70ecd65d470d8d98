import Foundation
import OpenAIProvider
import ProviderKit
import TestSupport
import Tokenizers
import Testing

/// A server that never answers, answers for ever, or answers from the wrong place ends in a
/// sentence that names the cause, quickly, and without sending a request again that the server
/// may have started on.
@Suite(.timeLimit(.minutes(10)))
struct HostileServerTests {
    /// Short silences for the tests of silence; generous ones elsewhere, so a loaded machine (the
    /// stub server shares this process) never turns another cause into a timeout.
    static let patient = HTTPLimits(connectTimeout: 10, responseTimeout: 600, maximumResponseBytes: 1 << 20)

    func client(_ baseURL: String, silence: Double? = nil) -> OpenAIClient {
        var limits = Self.patient
        if let silence { limits.responseTimeout = silence }
        return OpenAIClient(configuration: OpenAIConfiguration(apiKey: "sk-test-0123456789abcdef", baseURL: baseURL, limits: limits))
    }

    func elapsed(since start: Date) -> Double { Date().timeIntervalSince(start) }

    @Test func aSilentServerIsGivenUpOnInSecondsAndAPostIsNotSentAgain() async throws {
        let server = try await HostileServer.start()
        let started = Date()
        let listing = await #expect(throws: ProvidersError.self) { try await client(server.baseURL(.silent), silence: 1).listJobs() }
        #expect(listing?.kind == .timeout)
        #expect(listing?.message.contains("took the request but sent nothing for 1 s") == true, "\(listing?.message ?? "")")
        #expect(listing?.message.contains("TUNESMITH_RESPONSE_TIMEOUT") == true)
        let chat = await #expect(throws: ProvidersError.self) { try await client(server.baseURL(.silent), silence: 1).chat(ChatRequestFixture.question) }
        #expect(chat?.message.contains("It was not sent again") == true, "\(chat?.message ?? "")")
        #expect(elapsed(since: started) < 300, "a silence of 1 s twice, not three attempts of 600 s")
        // At most once: on a loaded machine the 1 s may pass before the server even read it.
        #expect(server.requests.filter { $0.hasPrefix("POST") }.count <= 1, "\(server.requests)")
        #expect(server.requests.filter { $0.hasPrefix("GET") }.count <= 1, "\(server.requests)")
        await server.shutdown()
    }

    @Test func anEndlessBodyStopsAtTheLimitWithASentence() async throws {
        let server = try await HostileServer.start()
        let error = await #expect(throws: ProvidersError.self) { try await client(server.baseURL(.endlessJSON)).listJobs() }
        #expect(error?.message.contains("passed 1 MB, the limit for one answer") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("TUNESMITH_MAX_RESPONSE_MB") == true)
        #expect(error?.message.contains("NIO") == false)
        await server.shutdown()
    }

    /// Collects a streamed reply's text and the error that ended it.
    func stream(_ client: OpenAIClient) async -> (text: String, error: ProvidersError?) {
        var text = ""
        do {
            for try await chunk in client.streamChat(ChatRequestFixture.question) { text += chunk.deltas.first?.content ?? "" }
        } catch {
            return (text, error as? ProvidersError)
        }
        return (text, nil)
    }

    @Test func anEndlessStreamStopsAtTheLimitAndKeepsTheText() async throws {
        let server = try await HostileServer.start()
        let (text, error) = await stream(client(server.baseURL(.endlessStream)))
        #expect(error?.kind == .streamInterrupted)
        #expect(error?.message.contains("the reply passed 1 MB") == true, "\(error?.message ?? "")")
        #expect(text.hasPrefix("la la "))
        await server.shutdown()
    }

    @Test func aStreamThatGoesSilentStopsAndKeepsTheText() async throws {
        let server = try await HostileServer.start()
        let started = Date()
        // The first piece comes at once; a silence of 10 s leaves even a loaded machine time to
        // read it, so the silence is always in the reply, after "Hello".
        let (text, error) = await stream(client(server.baseURL(.stallingStream), silence: 10))
        #expect(text == "Hello")
        #expect(error?.message.contains("sent nothing for 10 s mid-reply, so it was stopped; the text so far is kept") == true, "\(error?.message ?? "")")
        #expect(elapsed(since: started) < 600, "a hang, not a slow machine")
        await server.shutdown()
    }

    @Test func aJSONAnswerToAStreamRequestSaysItIsNotAStream() async throws {
        let server = try await HostileServer.start()
        let (text, error) = await stream(client(server.baseURL(.jsonForStream)))
        #expect(text.isEmpty)
        #expect(error?.message.contains("answered the streamed request with application/json") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("not a stream of events") == true)
        await server.shutdown()
    }

    @Test func aRedirectSaysWhereTo() async throws {
        let server = try await HostileServer.start()
        let error = await #expect(throws: ProvidersError.self) { try await client(server.baseURL(.redirect)).listJobs() }
        #expect(error?.message.contains("redirected GET /fine_tuning/jobs to \(HostileServer.redirectTarget)/fine_tuning/jobs") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("OPENAI_BASE_URL") == true)
        await server.shutdown()
    }

    @Test func aBaseURLWithoutItsVersionIsToldToAddIt() async throws {
        let server = try await HostileServer.start()
        let error = await #expect(throws: ProvidersError.self) { try await client(server.baseURLWithoutVersion).job(id: "ftjob-1") }
        #expect(error?.kind == .notFound)
        #expect(error?.message.contains("set OPENAI_BASE_URL=\(server.baseURLWithoutVersion)/v1") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("no such job") == false)
        await server.shutdown()
    }

    @Test func aRefusedConnectionIsSaidInWordsWithoutThePassword() async throws {
        // How fast: HostileInputCommandTests times the binary, which a loaded test process cannot slow.
        let error = await #expect(throws: ProvidersError.self) { try await client("http://alice:hunter2secret@127.0.0.1:9/v1").listJobs() }
        #expect(error?.kind == .connection)
        #expect(error?.message == "OpenAI at http://***@127.0.0.1:9/v1 refused the connection: nothing is listening there; "
            + "check the base URL (OPENAI_BASE_URL) and that the server is running")
    }

    @Test func urlsAreShownWithoutTheirPassword() {
        #expect(URLText.redacted("https://alice:pw@host.example:8443/v1?x=a@b") == "https://***@host.example:8443/v1?x=a@b")
        #expect(URLText.redacted("https://host.example/v1/a@b") == "https://host.example/v1/a@b")
        #expect(URLText.redacted("not a url") == "not a url")
    }

    @Test func limitsAreReadFromTheEnvironment() {
        let limits = HTTPLimits(environment: ["TUNESMITH_CONNECT_TIMEOUT": "3", "TUNESMITH_RESPONSE_TIMEOUT": "1.5", "TUNESMITH_MAX_RESPONSE_MB": "2"])
        #expect(limits == HTTPLimits(connectTimeout: 3, responseTimeout: 1.5, maximumResponseBytes: 2 << 20))
        #expect(HTTPLimits(environment: ["TUNESMITH_RESPONSE_TIMEOUT": "-1"]) == HTTPLimits())
    }
}
