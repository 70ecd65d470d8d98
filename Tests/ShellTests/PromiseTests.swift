import Dataset
import Foundation
import Shell
import TestSupport
import Testing

/// DESIGN.md's promises, each through the shell as a person would meet it.
@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct PromiseTests {
    /// A script whose input ends mid-draft keeps the draft for --restore-draft. (A shell killed
    /// outright is PipedDraftTests' `aShellKilledMidDraftLosesNothing`.)
    @Test func theDraftIsKeptWhenInputEndsMidDraft() async throws {
        let harness = try await ShellHarness.make(online: false)
        try await harness.run(ScriptedReader(["Capital of France?", "Paris.", "/keep", "Again?"]))
        #expect(harness.output.text.contains("the draft is not saved (3 messages); it is kept (`tunesmith \(harness.dataset.path) --restore-draft` brings it back)"))
        let second = CapturedOutput()
        let client = await harness.client()
        let shell = try await Shell(configuration: harness.configuration(restoreDraft: true), reader: ScriptedReader(["Louder: PARIS.", "/save"]),
                                    output: second, chatClient: client, provider: nil, loader: TestEncodings.loader)
        _ = await shell.run()
        #expect(second.text.contains("restored the unsaved draft (3 messages)"))
        #expect(try harness.lines().first?.contains("Louder: PARIS.") == true)
        #expect(harness.draftFiles().isEmpty)
    }

    @Test func ctrlCWhileStreamingKeepsWhatArrived() async throws {
        let harness = try await ShellHarness.make()
        let slow: [(delay: Double, bytes: [UInt8])] = [(0, Array("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Paris, as \"}}]}\n\n".utf8))]
            + (0..<600).map { _ in (delay: 0.1, bytes: Array("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"very \"}}]}\n\n".utf8)) }
        await harness.stub!.set { $0.chatStream = (slow, false) }
        let interrupts = ScriptedInterrupts()
        let output = harness.output
        let fire = Task {
            while !output.text.contains("Paris, as") { try await Task.sleep(nanoseconds: 10_000_000) }
            interrupts.fire()
        }
        let shell = try await harness.run(ScriptedReader(["Capital of France?", "/show"]), interrupts: interrupts)
        _ = await fire.result
        let reply = try #require(await shell.draftForTests.messages.last)
        #expect(reply.isAssistant && reply.text.hasPrefix("Paris, as "))
        #expect(reply.text.count < 600 * 5)
        #expect(harness.output.text.contains("interrupted; the reply so far is kept"))
        await harness.shutdown()
    }

    @Test func aNetworkFaultLeavesTheDraftAndSaysWhatHappened() async throws {
        let harness = try await ShellHarness.make()
        let broken: [(delay: Double, bytes: [UInt8])] = [(0, Array("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Par\"}}]}\n\n".utf8))]
        await harness.stub!.set { $0.chatStream = (broken, true) }
        let shell = try await harness.run(ScriptedReader(["Capital of France?"]))
        #expect(await shell.draftForTests.messages.map(\.text) == ["Capital of France?", "Par"])
        #expect(harness.output.text.contains("broke off mid-reply"))
        #expect(harness.output.text.contains("the reply so far is kept; /retry to ask again"))

        await harness.stub!.set { $0.chatStream = nil; $0.scripted["POST /v1/chat"] = Array(repeating: OpenAIStub.errorResponse(500, "down", type: "server_error"), count: 3) }
        let again = CapturedOutput()
        let client = await harness.client()
        let shell2 = try await Shell(configuration: harness.configuration(restoreDraft: true), reader: ScriptedReader(["/undo", "/retry"]), output: again,
                                     chatClient: client, provider: nil, loader: TestEncodings.loader)
        _ = await shell2.run()
        #expect(again.text.contains("OpenAI: down (HTTP 500"))
        #expect(await shell2.draftForTests.messages.map(\.text) == ["Capital of France?"])
        await harness.shutdown()
    }

    @Test func modelOutputIsNeutralisedOnScreenButExactInTheDataset() async throws {
        let harness = try await ShellHarness.make()
        await harness.stub!.set { $0.chatReply = "Hi \u{1B}]0;pwned\u{07}\u{1B}[2Jthere" }
        try await harness.run(ScriptedReader(["Hello", "/save"]))
        #expect(harness.output.text.contains("Hi ^[]0;pwned^G^[[2Jthere"))
        #expect(!harness.output.text.contains("\u{1B}"))
        #expect(try harness.lines().first?.contains(#"Hi \u001b]0;pwned\u0007\u001b[2Jthere"#) == true)
        await harness.shutdown()
    }

    @Test func serverTextOutsideChatIsNeutralisedOnScreen() async throws {
        let harness = try await ShellHarness.make()
        await harness.stub!.set { $0.scriptHostileJob("ftjob-evil") }
        try await harness.run(ScriptedReader(["/jobs", "/watch ftjob-evil", "/watch ftjob-refused"]))
        let text = harness.output.text
        #expect(HostileServerText.isAbsent(from: text), "raw control characters reached the screen: \(text.debugDescription)")
        #expect(text.contains("ftjob-evil  failed  gpt-4.1-mini\(HostileServerText.shown)  ft:\(HostileServerText.shown)"))
        #expect(text.contains("event \(HostileServerText.shown)"))
        #expect(text.contains("job ftjob-evil failed: bad data \(HostileServerText.shown)"))
        #expect(text.contains("refused \(HostileServerText.shown)"))
        await harness.shutdown()
    }

    @Test func theNeutraliserShowsEveryInvisibleControl() {
        #expect(TerminalSafeText.neutralized(HostileServerText.raw) == HostileServerText.shown)
        #expect(TerminalSafeText.neutralized("a\u{9B}b\u{85}c\u{9F}") == "a<U+9B>b<U+85>c<U+9F>", "C1 controls")
        #expect(TerminalSafeText.neutralized("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}") == "<U+202A><U+202B><U+202C><U+202D><U+202E>", "bidi overrides")
        #expect(TerminalSafeText.neutralized("\u{2066}\u{2067}\u{2068}\u{2069}") == "<U+2066><U+2067><U+2068><U+2069>", "bidi isolates")
        #expect(TerminalSafeText.neutralized("\u{061C}\u{200E}\u{200F}\u{2028}\u{2029}") == "<U+61C><U+200E><U+200F><U+2028><U+2029>", "marks, separators")
        #expect(TerminalSafeText.neutralized("tab\tnew\nline\r\u{7F}") == "tab\tnew\nline^M^?")
        #expect(TerminalSafeText.neutralized("café 日本語 👩‍💻 שלום") == "café 日本語 👩‍💻 שלום", "ordinary text, joiners and RTL letters stay")
    }

    @Test func historyNeverHoldsALineWithAKey() async throws {
        let harness = try await ShellHarness.make(online: false)
        let reader = ScriptedReader(["my key is sk-test-0123456789abcdef", "a reply", "/system use sk-proj-AAAAAAAAAAAAAAAAAAAAAAAA", "/show"])
        try await harness.run(reader)
        #expect(reader.history == ["a reply", "/show"])
    }

    @Test func ctrlDSaysWhatIsUnsaved() async throws {
        let harness = try await ShellHarness.make(online: false)
        try await harness.run(ScriptedReader(["Question", "Answer"], interactive: true))
        #expect(harness.output.text.hasSuffix("the draft is not saved (2 messages); it is kept and comes back next time\n"))
    }
}

@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct ShellDatasetAndJobTests {
    @Test func validateAndSplitFromThePrompt() async throws {
        let harness = try await ShellHarness.make(online: false)
        var script: [String] = []
        for k in 1...12 { script += ["Question \(k)?", "Answer \(k).", "/save"] }
        try await harness.run(ScriptedReader(script + ["/validate", "/split 0.25"]))
        #expect(harness.output.text.contains("12 chat examples for gpt-4.1-mini"))
        #expect(harness.output.text.contains("Ready to train. Next: /split to hold out a validation set, or /train now."))
        #expect(!harness.output.text.contains("tunesmith validate"), "the shell names its own commands")
        // A quarter would leave 9 to train on, fewer than OpenAI takes: refused, with the way out.
        #expect(harness.output.text.contains("not split: 12 examples split 9 + 3, and 9 are too few to train on (OpenAI needs 10); `/split 0.20` holds out fewer, or write 1 more, or /train on the whole file without a split"))
        #expect(!FileManager.default.fileExists(atPath: harness.folder.path + "/train-train.jsonl"))
    }

    @Test func uploadTrainWatchAndUseTheNewModel() async throws {
        let harness = try await ShellHarness.make()
        var script: [String] = []
        for k in 1...10 { script += ["Question \(k)?", "/save"] }
        let shell = try await harness.run(ScriptedReader(script + ["/upload", "/train --epochs 2 --suffix marv", "/jobs", "/watch", "/use ft:gpt-4.1-mini:acme:marv:0003", "Hi"]),
                                          yes: true)
        let text = harness.output.text
        #expect(text.contains("uploaded train.jsonl as file-0001"))
        #expect(text.contains("estimated cost: $"))
        #expect(text.contains("created ftjob-0003 (validating_files); /watch to follow it"))
        #expect(text.contains("status: running"))
        #expect(text.contains("fine-tuned model: ft:gpt-4.1-mini:acme:marv:0003"))
        #expect(text.contains("/use ft:gpt-4.1-mini:acme:marv:0003 to chat with it"))
        #expect(await harness.stub!.requests.last?.json?["model"] as? String == "ft:gpt-4.1-mini:acme:marv:0003")
        #expect(await shell.draftForTests.messages.count == 2)
        await harness.shutdown()
    }

    @Test func trainUsesTheSplitUntilTheDatasetChangesThenRefusesIt() async throws {
        let harness = try await ShellHarness.make()
        var script: [String] = []
        for k in 1...15 { script += ["Question \(k)?", "/save"] }
        let validation = harness.folder.path + "/./train-validation.jsonl"  // any spelling of the path
        try await harness.run(ScriptedReader(script + ["/split", "/validate \(validation)", "/train --epochs 1"]), yes: true)
        var text = harness.output.text
        #expect(text.contains("3 chat examples for gpt-4.1-mini"))
        #expect(text.contains("Ready as a validation file."))
        #expect(!text.contains("too_few_examples"), "a validation file needs no minimum")
        #expect(text.contains("training on train-train.jsonl, holding out train-validation.jsonl for validation (from /split)"))
        #expect(text.contains("uploaded train-train.jsonl as file-0001"))
        #expect(text.contains("uploaded train-validation.jsonl as file-0002"))
        let jobs = await harness.stub!.requests.filter { $0.method == "POST" && $0.path == "/v1/fine_tuning/jobs" }
        #expect(jobs.last?.json?["training_file"] as? String == "file-0001")
        #expect(jobs.last?.json?["validation_file"] as? String == "file-0002")

        try await harness.run(ScriptedReader(["Question 16?", "/save", "/train --epochs 1"]), yes: true)
        text = harness.output.text
        #expect(text.contains("not trained: train.jsonl changed since it was split; /split again, or /train --whole to train on the whole file (or delete train-train.jsonl and train-validation.jsonl)"))
        #expect(await harness.stub!.requests.filter { $0.method == "POST" && $0.path == "/v1/fine_tuning/jobs" }.count == 1)
        await harness.shutdown()
    }

    @Test func uploadAndValidateTakeAPath() async throws {
        let harness = try await ShellHarness.make()
        try await harness.run(ScriptedReader(["/upload \(harness.folder.path)/missing.jsonl", "/validate \(harness.folder.path)/missing.jsonl"]), yes: true)
        #expect(harness.output.text.contains("no file \(harness.folder.path)/missing.jsonl; check the path (Tab completes it)"))
        #expect(harness.output.text.contains("cannot open \(harness.folder.path)/missing.jsonl: No such file or directory; check the path"))
        await harness.shutdown()
    }

    @Test func cancelAJobAndTrainRefusesFilesWithErrors() async throws {
        let harness = try await ShellHarness.make()
        try await harness.run(ScriptedReader(["Q?", "/save", "/validate", "/train"]), yes: true)
        #expect(harness.output.text.contains("Not ready: fix the 1 error above (/open K loads example K into the draft), then /validate again."))
        #expect(harness.output.text.contains("too_few_examples"))
        #expect(harness.output.text.contains("has errors; fix them first"))
        #expect(await harness.stub!.requests.filter { $0.path.hasPrefix("/v1/files") }.isEmpty)
        try await harness.run(ScriptedReader(["/cancel ftjob-none"]), yes: true)
        #expect(harness.output.text.contains("no such job"))
        await harness.shutdown()
    }

    @Test func compareShowsTwoModelsSideBySide() async throws {
        let harness = try await ShellHarness.make()
        try await harness.run(ScriptedReader(["Capital of France?", "/compare gpt-4.1-mini ft:gpt-4.1-mini:acme:marv:x"]))
        let lines = harness.output.text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("gpt-4.1-mini") && $0.contains(" | ft:gpt-4.1-mini:acme:marv:x") })
        #expect(lines.contains { $0.hasPrefix("Paris. Obviously.") && $0.hasSuffix("| Paris. Obviously.") })
        let models = await harness.stub!.requests.suffix(2).compactMap { $0.json?["model"] as? String }
        #expect(Set(models) == ["gpt-4.1-mini", "ft:gpt-4.1-mini:acme:marv:x"])
        await harness.shutdown()
    }
}
