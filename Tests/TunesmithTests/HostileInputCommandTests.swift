import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The commands against a hostile server on a terminal, hostile files, and words that look like options.
@Suite(.timeLimit(.minutes(10)))
struct HostileInputCommandTests {
    func environment(_ server: HostileServer) -> [String: String] {
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = "sk-test-0123456789abcdef"
        environment["OPENAI_BASE_URL"] = server.baseURL(.escapes)
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm-256color"
        return environment
    }

    static let listsAndShows: [[String]] = [
        ["jobs", "list"], ["jobs", "show", "ftjob-1"], ["jobs", "events", "ftjob-1"], ["jobs", "checkpoints", "ftjob-1"],
        ["jobs", "watch", "ftjob-1", "--interval", "0.01"], ["files", "list"], ["files", "show", "file-1"], ["models", "list"],
        ["jobs", "cancel", "ftjob-1"], ["files", "show", "missing/x"],
    ]

    @Test func everyListAndShowOnATerminalShowsNoRawControlCharacter() async throws {
        let server = try await HostileServer.start()
        for arguments in Self.listsAndShows {
            let output = try await PseudoTerminal.run(arguments, environment: environment(server))
            let text = String(decoding: output, as: UTF8.self)
            #expect(PseudoTerminal.rawControls(in: output) == 0, "\(arguments.joined(separator: " ")): \(text.debugDescription)")
            #expect(text.contains("^[]0;pwned^G"), "\(arguments.joined(separator: " ")) showed none of the server's text: \(text)")
        }
        await server.shutdown()
    }

    @Test func aRefusedConnectionIsSaidAtOnce() async throws {
        var variables = TunesmithProcess.environment
        variables["OPENAI_API_KEY"] = "sk-test-0123456789abcdef"
        variables["OPENAI_BASE_URL"] = "http://alice:hunter2secret@127.0.0.1:9/v1"
        variables["TUNESMITH_CONNECT_TIMEOUT"] = "10"
        let environment = variables
        // Timed on the thread that waits for the process, so a busy test process cannot add to it.
        let (result, seconds) = try await runBlocking {
            let started = Date()
            let result = try TunesmithProcess.runBlocking(["jobs", "list"], environment: environment)
            return (result, Date().timeIntervalSince(started))
        }
        #expect(seconds < 5, "a refusal is an answer: no retries until the 10 s connect timeout")
        #expect(result.status == 1)
        #expect(result.stderr == "tunesmith: OpenAI at http://***@127.0.0.1:9/v1 refused the connection: nothing is listening there; "
            + "check the base URL (OPENAI_BASE_URL) and that the server is running\n")
    }

    @Test func aFIFOIsRefusedByEveryCommandThatReadsFiles() async throws {
        let folder = try temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe.jsonl").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for arguments in [["validate", fifo], ["tokens", fifo], ["split", fifo]] {
            let result = try await TunesmithProcess.run(arguments)
            #expect(result.status != 0)
            #expect(result.stderr.contains("is a FIFO (named pipe), not a regular file"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aWordThatLooksLikeAnOptionIsAUsageErrorWithTheDashDashHint() async throws {
        let dashed = try await TunesmithProcess.run(["-dash.jsonl", "--offline"])
        #expect(dashed.status == 2)
        #expect(!dashed.stdout.contains("OVERVIEW"))
        #expect(dashed.stderr.contains("unknown option -dash.jsonl; a file whose name starts with - goes after --: `tunesmith --offline -- -dash.jsonl`"), "\(dashed.stderr)")
        let spaced = try await TunesmithProcess.run(["validate", "-my data.jsonl"])
        #expect(spaced.stderr.contains("`tunesmith validate -- '-my data.jsonl'` (or write it './-my data.jsonl')"), "\(spaced.stderr)")
        let unknown = try await TunesmithProcess.run(["validate", "--bogus", "x.jsonl"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("a file whose name starts with - goes after --"), "\(unknown.stderr)")
    }

    @Test(.enabled(if: RankFiles.available)) func validateShowsNamesFromTheFileNeutralisedAndQuotesPathsInHints() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("my data.jsonl")
        let evil = HostileServerText.raw.replacingOccurrences(of: "\u{1B}", with: "\\u001b").replacingOccurrences(of: "\u{07}", with: "\\u0007")
        let line = #"{"messages":[{"role":"user\#(evil)","content":"hi"},{"role":"assistant","content":"yo"}],"key\#(evil)":1}"#
        try Data((line + "\n").utf8).write(to: file)
        let result = try await TunesmithProcess.run(["validate", file.path])
        #expect(HostileServerText.isAbsent(from: result.stdout + result.stderr), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains("user" + HostileServerText.shown), "\(result.stdout)")
        #expect(result.stdout.contains("`tunesmith validate '\(file.path)'`"), "\(result.stdout)")
    }
}
