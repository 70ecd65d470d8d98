import Dataset
import Foundation
import Models
import ProviderKit
import Shell
import TestSupport
import Testing
import Tokenizers

/// The frictions of an afternoon in the shell (issue 15): nothing the author did is dropped
/// without asking, the road from 10 examples to a job is clear, and provider and target agree.
/// Offline or over the in-memory providers, so each runs in milliseconds.
@Suite struct AfternoonTests {
    /// A shell on `train.jsonl` in a fresh folder; `provider` fine-tunes, `others` answer /provider.
    struct Run {
        let folder: URL
        let output = CapturedOutput()
        var dataset: URL { folder.appendingPathComponent("train.jsonl") }

        init() throws { folder = try temporaryFolder() }

        @discardableResult
        func shell(_ lines: [String], interactive: Bool = false, target: String = "gpt-4.1-mini", yes: Bool = true,
                   provider: InMemoryFineTuningProvider? = nil, others: [String: InMemoryFineTuningProvider] = [:],
                   before hooks: [String: @Sendable () -> Void] = [:]) async throws -> (Shell, ScriptedReader) {
            var configuration = ShellConfiguration(datasetPath: dataset.path, chatModel: "gpt-4.1-mini", targetModel: target, offline: true,
                                                   stateDirectory: folder.path + "/state", configDirectory: folder.path + "/config",
                                                   watchInterval: 0.01, columns: 80, assumeYes: yes)
            configuration.today = CalendarDay("2026-11-29")!
            let reader = ScriptedReader(lines, interactive: interactive)
            reader.hooks = hooks
            let hub = target.contains("/") || !others.isEmpty ? try TestTokenizers.folder() + "/hub" : folder.path + "/no-hub"
            let shell = try await Shell(
                configuration: configuration, reader: reader, output: output, chatClient: nil, provider: provider,
                providerFactory: { name in
                    guard let found = others[name] else { throw ProvidersError(.invalidRequest, "no provider \(name)") }
                    return found
                },
                loader: TestEncodings.loader,
                targets: TargetResolver(catalog: .shipped, encodings: TestEncodings.loader, tokenizers: TokenizerLocator(environment: ["HF_HUB_CACHE": hub]),
                                        remembering: true))
            _ = await shell.run()
            return (shell, reader)
        }

        func bytes() throws -> Data { (try? Data(contentsOf: dataset)) ?? Data() }

        func write(examples count: Int) throws {
            let lines = (1...count).map { #"{"messages":[{"role":"user","content":"Q\#($0)"},{"role":"assistant","content":"A\#($0)"}]}"# }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dataset)
        }

        func draftFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/state/drafts")) ?? []).filter { $0.hasSuffix(".json") }
        }
    }

    // MARK: Nothing the author did is dropped without asking

    @Test func undoPutsTheFileBackExactlyAfterASaveADeleteAndAReplacement() async throws {
        let run = try Run()
        try run.write(examples: 3)
        let original = try run.bytes()
        let (shell, _) = try await run.shell([
            "Q4", "A4", "/save", "/undo",  // the save: the file as before, the conversation back in the draft
        ])
        #expect(try run.bytes() == original, "\(run.output.text)")
        #expect(run.output.text.contains("undid the save of example 4: it is out of train.jsonl and back in the draft"))
        #expect(await shell.draftSnapshot.messages.map(\.text) == ["Q4", "A4"])

        let second = try Run()
        try second.write(examples: 3)
        try await second.shell(["/delete 2", "/undo", "/open 1", "/reply A1 better", "/save", "/undo", "/undo", "/undo"])
        #expect(try second.bytes() == original, "\(second.output.text)")
        #expect(second.output.text.contains("undid the deletion of example 2: it is back in train.jsonl"))
        #expect(second.output.text.contains("undid the replacement of example 1: the file has the old example 1 again"))
        // Then /undo goes on with the draft: the reply, then the user turn.
        #expect(second.output.text.contains("dropped the assistant message\ndropped the user message"))
    }

    @Test func undoRefusesWhenAnotherProgramWroteToTheFileSince() async throws {
        let run = try Run()
        try run.write(examples: 2)
        // Another program appends between /save and /undo.
        let theirs = #"{"messages":[{"role":"user","content":"theirs"},{"role":"assistant","content":"x"}]}"#
        try await run.shell(["Q3", "A3", "/save", "/undo"], before: ["/undo": {
            let handle = try! FileHandle(forWritingTo: run.dataset)
            _ = try! handle.seekToEnd()
            try! handle.write(contentsOf: Data((theirs + "\n").utf8))
            try! handle.close()
        }])
        #expect(run.output.text.contains("the save of example 3 cannot be undone: "), "\(run.output.text)")
        #expect(run.output.text.contains("changed since (another program or shell wrote to it), so it cannot be put back exactly; nothing was undone"))
        let lines = try String(contentsOf: run.dataset, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4 && lines[2].contains("A3") && lines[3] == theirs)
    }

    @Test func undoWorksOnTheDraftOnceTheDraftChangedAfterASave() async throws {
        let run = try Run()
        try run.write(examples: 2)
        let before = try run.bytes()
        try await run.shell(["Q3", "A3", "/save", "next question", "/undo", "/undo"])
        // The first /undo drops the new turn; with the draft as the save left it, the next takes the save back.
        #expect(run.output.text.contains("dropped the user message\nundid the save of example 3"), "\(run.output.text)")
        #expect(try run.bytes() == before)
    }

    @Test func openAndNewSetAnUnsavedDraftAsideInAScriptAndAskAPerson() async throws {
        let run = try Run()
        try run.write(examples: 2)
        try await run.shell(["unsaved question", "unsaved reply", "/open 1"])
        #expect(run.output.text.contains("the draft (2 messages) is not saved; it is set aside: `tunesmith"), "\(run.output.text)")
        #expect(run.output.text.contains("--restore-draft` brings it back"))
        let aside = try #require(run.draftFiles().first { $0.hasSuffix("-aside.json") })
        let kept = try JSONDecoder().decode(Draft.self, from: Data(contentsOf: URL(fileURLWithPath: run.folder.path + "/state/drafts/" + aside)))
        #expect(kept.messages.map(\.text) == ["unsaved question", "unsaved reply"])

        // A person is asked: cancel keeps the draft, discard drops it.
        let person = try Run()
        try person.write(examples: 2)
        let (shell, reader) = try await person.shell(["my question", "my reply", "/new", "c", "/open 1", "d"], interactive: true)
        #expect(reader.prompts.contains("the draft (2 messages) is not saved: set it aside for later (k), discard it (d), or cancel (c)? "))
        #expect(person.output.text.contains("nothing changed; /save saves the draft"))
        #expect(person.output.text.contains("example 1 opened"))
        #expect(await shell.draftSnapshot.messages.map(\.text) == ["Q1", "A1"])
        #expect(person.draftFiles().allSatisfy { !$0.hasSuffix("-aside.json") })

        // An opened example not changed since is no unsaved work: /new replaces it without asking.
        let opened = try Run()
        try opened.write(examples: 2)
        let (_, quiet) = try await opened.shell(["/open 2", "/new"], interactive: true)
        #expect(!quiet.prompts.contains { $0.contains("is not saved") })
    }

    @Test func deleteShowsTheExampleBeforeAsking() async throws {
        let run = try Run()
        try run.write(examples: 3)
        let (_, reader) = try await run.shell(["/delete 2", "n"], interactive: true)
        #expect(reader.prompts.contains("delete example 2? [y/N] "))
        #expect(run.output.text.contains("  1 user      Q2\n  2 assistant A2"), "\(run.output.text)")
        #expect(run.output.text.contains("kept"))
    }

    // MARK: The road from 10 examples to a job

    @Test func saveSaysHowManyMoreTheProviderNeedsThenCountsTowardFifty() async throws {
        let run = try Run()
        try run.write(examples: 8)
        try await run.shell(["Q9", "A9", "/save", "Q10", "A10", "/save"])
        #expect(run.output.text.contains("example 9 saved to train.jsonl (") && run.output.text.contains("tokens) — 1 more before OpenAI accepts the file"))
        #expect(run.output.text.contains("tokens) — 10 of your first 50"))
    }

    @Test func aRefusalGivesOneReason() async throws {
        let run = try Run()
        try await run.shell(["Only a question", "/save"])
        #expect(run.output.text.contains("not saved: no reply yet; write one (or /reply TEXT)\n") || run.output.text.hasSuffix("not saved: no reply yet; write one (or /reply TEXT)"),
                "\(run.output.text)")
        #expect(!run.output.text.contains("the last message is the user's"))
        #expect(!run.output.text.contains("nothing to learn"))
    }

    @Test func saveRefusesAnExampleOverTheLimitUnlessInsisted() async throws {
        let run = try Run()
        let long = String(repeating: "word ", count: 4_200)
        try await run.shell(["/system " + long, "Q", "A", "/save", "/save!"], target: "gpt-3.5-turbo-0613")
        let text = run.output.text
        #expect(text.contains("not saved: 4,2") && text.contains(" over gpt-3.5-turbo-0613's limit of 4,096, so the trainer would cut it short"), "\(text)")
        #expect(text.contains("or /save! to save it anyway"))
        #expect(text.contains("example 1 saved"))
        #expect(text.contains("it is over gpt-3.5-turbo-0613's limit of 4,096 tokens and will be truncated"))
        #expect(try run.bytes().split(separator: 0x0A).count == 1)
    }

    @Test func splitIsAdvisedOnlyWhenBothHalvesAreUsableAndTrainWholeTrainsOnTheFile() async throws {
        let run = try Run()
        try run.write(examples: 11)
        let provider = InMemoryFineTuningProvider(models: ["gpt-4.1-mini"])
        try await run.shell(["/validate", "/split", "/train --whole --epochs 1"], provider: provider)
        let text = run.output.text
        #expect(text.contains("a /split would leave too few to train on (OpenAI needs 10), so hold out a validation set once you have 1 more"), "\(text)")
        #expect(text.contains("not split: 11 examples split 9 + 2, and 9 are too few to train on (OpenAI needs 10); `/split 0.13` holds out fewer, or write 1 more"))
        #expect(!FileManager.default.fileExists(atPath: run.folder.path + "/train-train.jsonl"))
        #expect(try await provider.listJobs(limit: 5).count == 1)
        #expect(try await provider.listFiles().map(\.filename) == ["train.jsonl"])

        // After a split, --whole trains on the whole file and sends no validation file.
        let split = try Run()
        try split.write(examples: 13)
        let other = InMemoryFineTuningProvider(models: ["gpt-4.1-mini"])
        try await split.shell(["/validate", "/split", "/train --whole"], provider: other)
        #expect(split.output.text.contains("Next: /split to hold out a validation set, or /train now."))
        #expect(split.output.text.contains("10 examples -> "))
        let job = try #require(try await other.listJobs(limit: 5).first)
        #expect(job.validationFile == nil)
        #expect(try await other.listFiles().map(\.filename) == ["train.jsonl"])
    }

    @Test func trainAsksBeforeItUploadsAndANoUploadsNothing() async throws {
        // Price known without the file (the catalog's): the one question comes before the upload.
        let run = try Run()
        try run.write(examples: 10)
        let provider = InMemoryFineTuningProvider(models: ["gpt-4.1-mini"])
        let (_, reader) = try await run.shell(["/train", "n"], interactive: true, provider: provider)
        #expect(reader.prompts.contains("create the InMemory job for gpt-4.1-mini? [y/N] "))
        #expect(try await provider.listFiles().isEmpty)
        #expect(run.output.text.contains("not created; nothing was uploaded"), "\(run.output.text)")

        // A provider that prices only an uploaded file: asked first whether to upload.
        let priced = try Run()
        try priced.write(examples: 10)
        let together = InMemoryFineTuningProvider(models: ["gpt-4.1-mini"], pricesUploadedFilesOnly: true)
        let (_, asked) = try await priced.shell(["/train", "n"], interactive: true, provider: together)
        #expect(asked.prompts.dropLast().last == "InMemory prices a job only once its files are uploaded: upload train.jsonl (no job is created yet)? [y/N] ")
        #expect(try await together.listFiles().isEmpty)
        let (_, yes) = try await priced.shell(["/train", "y", "y"], interactive: true, provider: together)
        #expect(yes.prompts.dropLast().suffix(2) == ["InMemory prices a job only once its files are uploaded: upload train.jsonl (no job is created yet)? [y/N] ",
                                          "create the InMemory job for gpt-4.1-mini? [y/N] "])
        #expect(try await together.listJobs(limit: 5).count == 1)
    }

    // MARK: Provider and target stay coherent

    @Test func switchingProviderBringsAModelItTrainsAndTrainNeverSendsAnother() async throws {
        let run = try Run()
        try run.write(examples: 10)
        let together = InMemoryFineTuningProvider(models: ["Qwen/Qwen3-8B"], displayName: "Together")
        let (shell, reader) = try await run.shell(["/provider together", "/train", "/target gpt-4.1-mini", "/train"],
                                                  provider: InMemoryFineTuningProvider(models: ["gpt-4.1-mini"]), others: ["together": together])
        let text = run.output.text
        #expect(text.contains("Together does not fine-tune gpt-4.1-mini; the target is now its default, Qwen/Qwen3-8B"), "\(text)")
        #expect(text.contains("target Qwen/Qwen3-8B: Qwen/Qwen3-8B chat template"))
        #expect(text.contains("created job-1"))
        // Back to an OpenAI model: /target says Together will not train it, and /train refuses it.
        #expect(text.contains("Together does not fine-tune gpt-4.1-mini (OpenAI does: /provider openai); /train refuses it"))
        #expect(text.contains("not trained: Together does not fine-tune gpt-4.1-mini"))
        #expect(try await together.listJobs(limit: 5).map(\.model) == ["Qwen/Qwen3-8B"])
        // Tab after /target offers the provider's own models.
        _ = shell
        let complete = try #require(reader.completer)
        #expect(complete("/target Qwen/Qwen3-8").contains("Qwen/Qwen3-8B"))
        #expect(complete("/target gpt-4.1-n").isEmpty, "OpenAI's models are not Together's")
    }

    // MARK: Words

    @Test func openingABrokenLineSaysWhereAndWhyInWords() async throws {
        let run = try Run()
        try Data(#"{"messages": 5}"#.utf8 + [0x0A] + #"{"messages": [{"role": "user", "content": "x"}"#.utf8 + [0x0A]).write(to: run.dataset)
        try await run.shell(["/open 1", "/open 2"])
        let text = run.output.text
        #expect(text.contains(#"example 1 (line 1) is not a training example: "messages" is not an array; fix line 1 in an editor (/validate lists the errors), then /open 1 again"#), "\(text)")
        #expect(text.contains("example 2 is not valid JSON (line 2, column "))
        #expect(!text.contains("DatasetError") && !text.contains("kind:"))
    }

    @Test func theLineThatOpensABlockAddsNoCount() async throws {
        let run = try Run()
        let (_, reader) = try await run.shell(["\"\"\"", "one", "two", "\"\"\""], interactive: true)
        #expect(reader.rightPrompts.first == " ", "\(reader.rightPrompts)")
    }

    @Test func twoRepliesAreRepliesNotReplys() async throws {
        let run = try Run()
        try await run.shell(["Q", "A", "Q2", "A2", "/save"])
        #expect(run.output.text.contains("2 replies not judged, saved as trained on"), "\(run.output.text)")
    }
}
