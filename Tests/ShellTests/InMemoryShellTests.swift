import Dataset
import Foundation
import Models
import OpenAIProvider
import ProviderKit
import Shell
import TestSupport
import Testing
import Tokenizers

/// The shell over the in-memory chat and fine-tuning providers: no socket, no stub. What it does
/// here it does against any provider that keeps the contracts (`ProviderContractTests`,
/// `ChatProviderContractTests`).
@Suite struct InMemoryShellTests {
    @Test func chatKeepSaveAndTrainWithoutASocket() async throws {
        let folder = try temporaryFolder()
        let dataset = folder.appendingPathComponent("train.jsonl")
        var configuration = ShellConfiguration(datasetPath: dataset.path, chatModel: "in-memory-model", targetModel: "gpt-4.1-mini", offline: false,
                                               stateDirectory: folder.path + "/state", configDirectory: folder.path + "/config",
                                               watchInterval: 0.01, columns: 80, assumeYes: true)
        configuration.today = CalendarDay("2026-11-29")!
        var lines: [String] = []
        for k in 1...10 { lines += ["Question \(k)?", "/keep", "/save"] }
        lines += ["/train --epochs 2", "/train --epochs 2"]
        let output = CapturedOutput()
        let provider = InMemoryFineTuningProvider(models: ["gpt-4.1-mini"])
        let shell = try await Shell(
            configuration: configuration, reader: ScriptedReader(lines), output: output, chatClient: InMemoryChatProvider(), provider: provider,
            loader: TestEncodings.loader,
            targets: TargetResolver(catalog: .shipped, encodings: TestEncodings.loader, tokenizers: TokenizerLocator(environment: ["HF_HUB_CACHE": folder.path + "/no-hub"]),
                                    remembering: true))
        _ = await shell.run()

        let saved = try String(contentsOf: dataset, encoding: .utf8).split(separator: "\n")
        #expect(saved.count == 10, "\(output.text)")
        #expect(saved.last?.contains(#""content":"You said: Question 10?""#) == true)
        // Two jobs from one upload: the second /train reuses the file the provider holds.
        #expect(output.text.contains("uploaded train.jsonl as file-1"))
        #expect(output.text.contains("train.jsonl is already uploaded as file-1; using it"))
        #expect(output.text.contains("created job-1") && output.text.contains("created job-2"), "\(output.text)")
        #expect(try await provider.listFiles().count == 1)
        #expect(try await provider.listJobs(limit: 5).map(\.trainingFile) == ["file-1", "file-1"])
    }
}

/// `/watch` in a new session, with no job of its own: the newest job still going.
@Suite struct WatchTheNewestJobTests {
    @Test func aNewSessionFollowsTheNewestJobStillGoing() async throws {
        let harness = try await ShellHarness.make()
        let client = try #require(await harness.client())
        let examples = harness.folder.appendingPathComponent("earlier.jsonl")
        let line = #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Oh. You."}]}"#
        try Data((Array(repeating: line, count: 10).joined(separator: "\n") + "\n").utf8).write(to: examples)
        let file = try await client.uploadFile(path: examples.path)
        let job = try await client.createJob(JobRequest(model: "gpt-4.1-mini", trainingFile: file.id))
        try await harness.run(ScriptedReader(["/watch"]))
        #expect(harness.output.text.contains("following \(job.id), the newest job still going"), "\(harness.output.text)")
        #expect(harness.output.text.contains("fine-tuned model: "))

        // Once it has finished, there is nothing to follow: the shell says how to name one.
        try await harness.run(ScriptedReader(["/watch"]))
        #expect(harness.output.text.contains("no OpenAI job is still going; name one: /watch JOB"))
    }
}
