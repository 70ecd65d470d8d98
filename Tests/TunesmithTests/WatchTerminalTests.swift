import Foundation
import TestSupport
import Testing

/// Watching a job in a real terminal (tmux, 80 columns): the loss chart redrawn in place, and
/// Ctrl-C stops the watching, not the job, in the shell and on the command line.
@Suite(.enabled(if: RankFiles.available && TmuxSession.available), .serialized, .timeLimit(.minutes(5)))
struct WatchTerminalTests {
    static let marv = TunesmithProcess.packageRoot.appendingPathComponent("examples/marv.jsonl").path

    func environment(_ stub: OpenAIStub, folder: URL, interval: Double) async -> [String: String] {
        var environment = ["HOME": folder.path, "XDG_STATE_HOME": folder.path + "/state", "TERM": "xterm-256color", "NO_COLOR": "1",
                           "LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                           "TUNESMITH_TODAY": "2026-11-29", "TUNESMITH_WATCH_INTERVAL": String(interval)]
        if let encodings = TunesmithProcess.environment["TUNESMITH_ENCODINGS"] { environment["TUNESMITH_ENCODINGS"] = encodings }
        environment["XDG_CACHE_HOME"] = TestEnvironment.variables["XDG_CACHE_HOME"]
        environment["OPENAI_API_KEY"] = await stub.apiKey
        environment["OPENAI_BASE_URL"] = await stub.baseURL
        return environment
    }

    /// A job on the stub, created as a user would.
    func createJob(_ stub: OpenAIStub) async throws -> String {
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = await stub.apiKey
        environment["OPENAI_BASE_URL"] = await stub.baseURL
        let created = try await TunesmithProcess.run(["jobs", "create", "--model", "gpt-4.1-mini", "--training-file", Self.marv, "--yes"], environment: environment)
        return try #require(created.stdout.split(separator: " ").first.map(String.init), "\(created.stderr)")
    }

    /// Waits for `text`, which the 80 columns may wrap.
    func waitForText(_ session: TmuxSession, _ text: String) async throws -> String {
        try await session.waitFor("\"\(text)\"") { screen in
            rows(screen).map { $0.count >= 80 ? $0 : $0 + "\n" }.joined().contains(text)
        }
    }

    func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    @Test func theShellChartsTheLossInPlaceAndSaysOnceHowToChat() async throws {
        let stub = try await OpenAIStub.start()
        let job = try await createJob(stub)
        let folder = try temporaryFolder()
        // Standard error goes to a file: on a loaded machine the stub can be slow enough for a
        // "waiting for OpenAI" notice, which would land under the chart and be erased with it
        // (with stderr not a terminal, tunesmith shows none).
        let session = try TmuxSession(["/bin/sh", "-c", "exec \"$0\" data.jsonl 2>stderr.txt", TunesmithProcess.binary.path],
                                      environment: await environment(stub, folder: folder, interval: 0.2), directory: folder, width: 80)
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs")
        try session.type("/watch \(job)")
        try session.press("Enter")
        let screen = rows(try await session.waitFor("to chat with it"))
        // One chart, redrawn in place as the steps came, within the 80 columns.
        let stderr = (try? String(contentsOf: folder.appendingPathComponent("stderr.txt"), encoding: .utf8)) ?? ""
        let notices = stderr.components(separatedBy: "no answer yet").count - 1
        #expect(screen.filter { $0.hasPrefix("train ") }.count <= 1 + notices, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.hasPrefix("train █▄▃▂▂▁▁▁▁ 0.2222") } && screen.contains { $0.hasPrefix("valid ▃▂▁ 0.2444") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.filter { $0.hasPrefix("step 9/9 (100%)") }.count == 1)
        #expect(screen.contains { $0.hasSuffix("step 6/9  train loss 0.3333  valid loss 0.3667  elapsed") || $0.contains("step 6/9  train loss 0.3333  valid loss 0.3667  elapsed ") })
        #expect(screen.filter { $0.contains("to chat with it") }.count == 1)
        await stub.shutdown()
    }

    @Test func ctrlCStopsWatchingInTheShellAndTheJobGoesOn() async throws {
        let stub = try await OpenAIStub.start()
        let job = try await createJob(stub)
        let folder = try temporaryFolder()
        let session = try TmuxSession([TunesmithProcess.binary.path, "data.jsonl"], environment: await environment(stub, folder: folder, interval: 60),
                                      directory: folder, width: 80)
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs")
        try session.type("/watch \(job)")
        try session.press("Enter")
        _ = try await session.waitFor("status: queued")
        try session.press("C-c")
        _ = try await waitForText(session, "stopped watching; the job goes on (\(job)); /watch \(job) follows it again")
        _ = try await session.waitFor("a fresh prompt") { rows($0).last { !$0.isEmpty }?.hasPrefix("#1 0 msgs") == true }
        await stub.shutdown()
    }

    @Test func ctrlCStopsJobsWatchAndTheJobGoesOn() async throws {
        let stub = try await OpenAIStub.start()
        let job = try await createJob(stub)
        let folder = try temporaryFolder()
        let session = try TmuxSession([TunesmithProcess.binary.path, "jobs", "watch", job, "--interval", "60"],
                                      environment: await environment(stub, folder: folder, interval: 60), directory: folder, width: 80)
        defer { session.kill() }
        _ = try await session.waitFor("status: queued")
        try session.press("C-c")
        _ = try await waitForText(session, "stopped watching; the job goes on (\(job)); `tunesmith jobs watch \(job)` follows it again")
        #expect(await stub.requests.allSatisfy { !$0.path.hasSuffix("/cancel") })
        await stub.shutdown()
    }
}
