import Foundation
import TestSupport
import Testing

/// Text from a server outside chat (names, statuses, event messages, job errors, error messages)
/// reaches the terminal neutralised; `--json` keeps the server's exact text.
@Suite(.timeLimit(.minutes(5)))
struct ServerTextTests {
    func run(_ stub: OpenAIStub, _ arguments: [String]) async throws -> TunesmithProcess.Result {
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = await stub.apiKey
        environment["OPENAI_BASE_URL"] = await stub.baseURL
        return try await TunesmithProcess.run(arguments, environment: environment)
    }

    @Test func listsShowEventsWatchAndErrorsShowItNeutralised() async throws {
        let stub = try await OpenAIStub.start()
        await stub.set { $0.scriptHostileJob("ftjob-evil") }
        let shown = HostileServerText.shown
        let cases: [(arguments: [String], stdout: [String], stderr: [String])] = [
            (["jobs", "list"], ["gpt-4.1-mini" + shown, "ft:" + shown], []),
            (["jobs", "show", "ftjob-evil"], ["gpt-4.1-mini" + shown, "bad data " + shown, "file-" + shown], []),
            (["jobs", "events", "ftjob-evil"], ["[warn" + shown + "] event " + shown], []),
            (["jobs", "watch", "ftjob-evil", "--interval", "0.01"], ["event " + shown], ["bad data " + shown]),
            (["models", "list"], ["model" + shown, "owner" + shown], []),
            (["files", "list"], ["name" + shown + ".jsonl"], []),
            (["jobs", "show", "ftjob-refused"], [], ["refused " + shown]),
        ]
        for (arguments, stdout, stderr) in cases {
            let result = try await run(stub, arguments)
            let command = arguments.joined(separator: " ")
            #expect(HostileServerText.isAbsent(from: result.stdout + result.stderr), "\(command) printed raw control characters")
            for fragment in stdout { #expect(result.stdout.contains(fragment), "\(command): \(result.stdout)") }
            for fragment in stderr { #expect(result.stderr.contains(fragment), "\(command): \(result.stderr)") }
        }
        await stub.shutdown()
    }

    @Test func jsonKeepsTheServersExactText() async throws {
        let stub = try await OpenAIStub.start()
        await stub.set { $0.scriptHostileJob("ftjob-evil") }
        let result = try await run(stub, ["jobs", "show", "ftjob-evil", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["model"] as? String == "gpt-4.1-mini" + HostileServerText.raw)
        await stub.shutdown()
    }
}
