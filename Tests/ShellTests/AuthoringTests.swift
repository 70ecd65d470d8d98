import Dataset
import Foundation
import Shell
import TestSupport
import Testing

@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct AuthoringTests {
    @Test func offlineTheAuthorWritesTheReplyThenSaves() async throws {
        let harness = try await ShellHarness.make(online: false)
        try await harness.run(ScriptedReader(["What's the capital of France?", "Paris. Obviously.", "/keep", "/save"]), persona: "marv")
        #expect(try harness.lines() == [
            #"{"messages":[{"role":"system","content":"Marv is a factual chatbot that is also sarcastic."},{"role":"user","content":"What's the capital of France?"},{"role":"assistant","content":"Paris. Obviously.","weight":1}]}"#,
        ])
        #expect(harness.output.text.contains("example 1 saved to train.jsonl"))
        #expect(harness.output.text.contains("— 9 more before OpenAI accepts the file"))
        #expect(harness.output.text.contains("reply 3 kept"))
    }

    @Test func onlineTheReplyStreamsInAndRejectedRepliesGetWeightZero() async throws {
        let harness = try await ShellHarness.make()
        try await harness.run(ScriptedReader(["Capital of France?", "/reject", "Be more sarcastic.", "/keep", "/save"]),
                              system: "Marv is sarcastic.")
        let line = try #require(harness.lines().first)
        #expect(line == #"{"messages":[{"role":"system","content":"Marv is sarcastic."},{"role":"user","content":"Capital of France?"},{"role":"assistant","content":"Paris. Obviously.","weight":0},{"role":"user","content":"Be more sarcastic."},{"role":"assistant","content":"Paris. Obviously.","weight":1}]}"#)
        #expect(harness.output.text.hasPrefix("Paris. Obviously.\n"))
        let sent = try #require(await harness.stub?.requests.last?.json?["messages"] as? [[String: Any]])
        #expect(sent.count == 4)  // system, user, assistant, user: the draft so far
        await harness.shutdown()
    }

    @Test func retryKeepsTheOldReplyAsAnAlternativeAndPickSwaps() async throws {
        let harness = try await ShellHarness.make()
        let shell = try await harness.run(ScriptedReader(["Hi", "/retry", "/retry 3", "/pick 3", "/show"]))
        let reply = try #require(await shell.draftForTests.messages.last)
        #expect(reply.text == "Paris. Obviously. (3)")
        #expect(reply.alternatives == ["Paris. Obviously. (1)", "Paris. Obviously. (2)", "Paris. Obviously.", "Paris. Obviously."])
        #expect(harness.output.text.contains("[2] Paris. Obviously. (2)"))
        #expect(harness.output.text.contains("+4 alternatives"))
        await harness.shutdown()
    }

    @Test func editPrefillsTheLineAndPreferSavesThePair() async throws {
        let harness = try await ShellHarness.make()
        let reader = ScriptedReader(["Capital of France?", "/edit", "Paris, as if everyone doesn't know that already.", "/prefer", "/save"], interactive: true)
        try await harness.run(reader)
        #expect(reader.prefills.contains("Paris. Obviously."))
        let pairs = try String(contentsOfFile: harness.folder.appendingPathComponent("train.preference.jsonl").path, encoding: .utf8)
        #expect(pairs == #"{"input":{"messages":[{"role":"user","content":"Capital of France?"}]},"preferred_output":[{"role":"assistant","content":"Paris, as if everyone doesn't know that already."}],"non_preferred_output":[{"role":"assistant","content":"Paris. Obviously."}]}"# + "\n")
        #expect(try harness.lines().first?.contains("Paris, as if everyone") == true)
        await harness.shutdown()
    }

    @Test func editInTheEditorReplyUndoAndMultiLineBlocks() async throws {
        let harness = try await ShellHarness.make(online: false)
        let shell = try await harness.run(ScriptedReader([
            "\"\"\"", "line one", "line two", "\"\"\"", "first reply", "/reply second reply", "/edit! 1", "Another question",
            "/undo", "/show",
        ]), editor: FixedEditor(result: "line one\nline 2"))
        let draft = await shell.draftForTests
        #expect(draft.messages.map(\.text) == ["line one\nline 2", "second reply"])
        #expect(draft.messages[1].original == "first reply")
        #expect(harness.output.text.contains("dropped the user message"))
    }

    @Test func openReplacesTheLineInPlaceAndDeleteRemovesOne() async throws {
        let harness = try await ShellHarness.make(online: false)
        try await harness.run(ScriptedReader(["Q1", "A1", "/save", "Q2", "A2", "/save", "Q3", "A3", "/save",
                                              "/open 2", "/reply A2 better", "/save", "/delete 1", "/list"]), yes: true)
        let lines = try harness.lines()
        #expect(lines.count == 2)
        #expect(lines[0].contains("A2 better") && lines[1].contains("A3"))
        #expect(harness.output.text.contains("example 2 replaced"))
        #expect(harness.output.text.contains("example 1 deleted; 2 examples left"))
        #expect(harness.output.text.contains("#2     2 msgs"))
    }

    @Test func saveRefusesAnIncompleteDraft() async throws {
        let harness = try await ShellHarness.make(online: false)
        let shell = try await harness.run(ScriptedReader(["Only a question", "/save"]))
        #expect(try harness.lines().isEmpty)
        #expect(harness.output.text.contains("not saved: no reply yet; write one (or /reply TEXT)"))
        #expect(await shell.draftForTests.messages.count == 1)
    }

    @Test func systemPersonasModelsAndSettings() async throws {
        let harness = try await ShellHarness.make(online: false)
        let shell = try await harness.run(ScriptedReader([
            "/system You are terse.", "/persona save terse", "/personas", "/persona marv", "/set temperature 0.3", "/set bogus 1",
            "/set n 99", "/model gpt-4o-mini", "/target gpt-3.5-turbo", "/tokens", "/kep", "/help keep",
        ]))
        let text = harness.output.text
        #expect(text.contains("saved persona terse"))
        #expect(text.contains("marv\nterse (in use)"))
        #expect(text.contains("persona marv: Marv is a factual chatbot"))
        #expect(text.contains("temperature 0.3"))
        #expect(text.contains("unknown setting \"bogus\""))
        #expect(text.contains("n is how many replies at once"))
        #expect(text.contains("target gpt-3.5-turbo: cl100k_base, 16,385 tokens per example"))
        #expect(text.contains("of 16,385 for gpt-3.5-turbo"))
        #expect(text.contains("unknown command /kep; did you mean /keep? usage: /keep [K]"))
        #expect(text.contains("/keep [K]\n  mark reply K"))
        #expect(await shell.draftForTests.system == "Marv is a factual chatbot that is also sarcastic.")
        let saved = try String(contentsOfFile: harness.folder.path + "/config/personas/terse.json", encoding: .utf8)
        #expect(saved.contains("You are terse."))
    }

    @Test func promptShowsTheCountAndTheRightPromptTheLiveCount() async throws {
        let harness = try await ShellHarness.make(online: false)
        let reader = ScriptedReader(["hello world", "Hi."], interactive: true)
        try await harness.run(reader)
        #expect(reader.prompts.first == "#1 0 msgs 3 tok> ")
        #expect(reader.rightPrompts.first == "+\(3 + 1 + 2) tok")  // 3 per message + "user" + "hello world"
        // Offline, the typed line is the user's turn, the next prompt asks for the reply, and the
        // count then holds both: 3 reply priming + (3 + "user" + "hello world") + (3 + "assistant" + "Hi.").
        #expect(reader.prompts == ["#1 0 msgs 3 tok> ", "assistant> ", "#1 2 msgs 15 tok> "])
    }

    @Test func theCountTurnsAmberNearTheLimitAndRedOverIt() async throws {
        let harness = try await ShellHarness.make(online: false)
        var configuration = harness.configuration()
        configuration.color = true
        configuration.targetModel = "gpt-3.5-turbo-0613"  // 4,096 tokens per example
        let reader = ScriptedReader(["/system " + String(repeating: "word ", count: 3_800), "/system " + String(repeating: "word ", count: 4_200)],
                                    interactive: true)
        let shell = try await Shell(configuration: configuration, reader: reader, output: harness.output, chatClient: nil, provider: nil,
                                    loader: TestEncodings.loader)
        _ = await shell.run()
        #expect(!reader.prompts[0].contains("\u{1B}[33m") && !reader.prompts[0].contains("\u{1B}[31m"))
        #expect(reader.prompts[1].contains("\u{1}\u{1B}[33m\u{1}"))
        #expect(reader.prompts[2].contains("\u{1}\u{1B}[31m\u{1}"))
    }

    @Test func tabCompletesCommandsModelsAndPersonas() async throws {
        let harness = try await ShellHarness.make(online: false)
        let reader = ScriptedReader([])
        let shell = try await harness.run(reader)
        defer { withExtendedLifetime(shell) {} }
        let complete = try #require(reader.completer)
        #expect(complete("/sh") == ["/show"])
        #expect(complete("/re").sorted() == ["/reject", "/reply", "/retry"])
        #expect(complete("/model gpt-4.1-n") == ["gpt-4.1-nano", "gpt-4.1-nano-2025-04-14"])
        #expect(complete("/persona m") == ["marv"])
        #expect(complete("/set te") == ["temperature"])
        #expect(complete("hello").isEmpty)
        #expect(complete("/help ed") == ["edit", "edit!"])
    }

    @Test func tabCompletesPaths() async throws {
        let harness = try await ShellHarness.make(online: false)
        let reader = ScriptedReader([])
        let shell = try await harness.run(reader)
        defer { withExtendedLifetime(shell) {} }
        let complete = try #require(reader.completer)
        let folder = harness.folder.path
        for name in ["data.jsonl", "data-train.jsonl", ".hidden.jsonl", "drafts/a.jsonl"] {
            let url = harness.folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: url)
        }
        #expect(complete("/validate \(folder)/da") == ["\(folder)/data-train.jsonl", "\(folder)/data.jsonl"])
        #expect(complete("/upload \(folder)/dr") == ["\(folder)/drafts/"])
        #expect(complete("/upload \(folder)/drafts/") == ["\(folder)/drafts/a.jsonl"])
        #expect(complete("/validate \(folder)/").contains("\(folder)/data.jsonl"))
        #expect(!complete("/validate \(folder)/").contains("\(folder)/.hidden.jsonl"))
        #expect(complete("/validate \(folder)/.h") == ["\(folder)/.hidden.jsonl"])
        #expect(complete("/validate \(folder)/nothing").isEmpty)
    }
}

extension Shell {
    var draftForTests: Draft { draftSnapshot }
}
