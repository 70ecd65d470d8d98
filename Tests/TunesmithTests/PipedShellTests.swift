import Foundation
import TestSupport
import Testing

/// With standard input from a pipe, the shell reads commands line by line, prints no prompts,
/// and scripts can drive it.
@Suite(.enabled(if: RankFiles.available), .timeLimit(.minutes(5)))
struct PipedShellTests {
    @Test func scriptsCanDriveTheShellOnline() async throws {
        let stub = try await OpenAIStub.start()
        let folder = try temporaryFolder()
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = await stub.apiKey
        environment["OPENAI_BASE_URL"] = await stub.baseURL
        environment["XDG_STATE_HOME"] = folder.path + "/state"
        let result = try await TunesmithProcess.run(["data.jsonl"], stdin: "Hello\n/keep\n/save\n/quit\n", environment: environment, in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "Paris. Obviously.\nreply 2 kept: trained on\nexample 1 saved to data.jsonl (16 tokens) — 9 more before OpenAI accepts the file\n")
        let saved = try String(contentsOf: folder.appendingPathComponent("data.jsonl"), encoding: .utf8)
        #expect(saved == #"{"messages":[{"role":"user","content":"Hello"},{"role":"assistant","content":"Paris. Obviously.","weight":1}]}"# + "\n")
        await stub.shutdown()
    }

    @Test func offlineWithoutAKeyTheScriptWritesTheReplies() async throws {
        let folder = try temporaryFolder()
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = nil
        environment["XDG_STATE_HOME"] = folder.path + "/state"
        let result = try await TunesmithProcess.run(["data.jsonl", "--persona", "marv"], stdin: "Hi\nOh. You again.\n/save\n", environment: environment, in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("example 1 saved"))
        #expect(!result.stdout.contains("#1"))  // no prompts
    }

    @Test func anUnknownPersonaIsAUsageError() async throws {
        let folder = try temporaryFolder()
        var environment = TunesmithProcess.environment
        environment["XDG_STATE_HOME"] = folder.path + "/state"
        let result = try await TunesmithProcess.run(["data.jsonl", "--persona", "nobody"], stdin: "", environment: environment, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no persona \"nobody\"; known: marv"))
    }
}
