import Foundation
import Shell
import TestSupport
import Testing

/// /import makes a source's conversations a queue; /next, /skip and /queue walk it, and the
/// position survives a restart.
@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct ImportQueueTests {
    @Test func importNextSkipQueueAndRestart() async throws {
        let harness = try await ShellHarness.make(online: false)
        let source = harness.folder.appendingPathComponent("chats.jsonl").path
        try Data("""
            {"conversations":[{"from":"human","value":"First?"},{"from":"gpt","value":"One."}]}
            not json
            {"conversations":[{"from":"human","value":"Second?"},{"from":"gpt","value":"Two."}]}
            {"conversations":[{"from":"human","value":"Third?"},{"from":"gpt","value":"Three."}]}

            """.utf8).write(to: URL(fileURLWithPath: source))
        try await harness.run(ScriptedReader(["/import \(source)", "/queue", "/next", "/save", "/next", "/skip", "/queue"]))
        let text = harness.output.text
        #expect(text.contains("skipped record 2 (line 2): not valid JSON"))
        #expect(text.contains("3 conversations queued; /next loads the first"))
        #expect(text.contains("3 conversations queued, none loaded yet from chats.jsonl: 0 skipped, 3 to go (1 record of the source could not be imported)"))
        #expect(text.contains("conversation 1 of 3: 2 messages"))
        #expect(try harness.lines() == [#"{"messages":[{"role":"user","content":"First?"},{"role":"assistant","content":"One."}]}"#])
        #expect(text.contains("conversation 3 of 3 from chats.jsonl: 1 skipped, 0 to go"))
        let files = try FileManager.default.contentsOfDirectory(atPath: harness.folder.path + "/state/imports")
        for name in files {
            let mode = try FileManager.default.attributesOfItem(atPath: harness.folder.path + "/state/imports/" + name)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name) is private")
        }

        let restarted = try await harness.run(ScriptedReader(["/queue", "/save", "/next"]))
        _ = restarted
        let after = harness.output.text
        #expect(after.components(separatedBy: "conversation 3 of 3 from chats.jsonl: 1 skipped, 0 to go").count == 3, "the position survives a restart")
        #expect(after.contains("the queue is done: all 3 conversations from chats.jsonl seen (1 skipped)"))
    }

    @Test func aScriptsDraftIsSetAsideAndNextWithoutAQueueSaysWhatToDo() async throws {
        let harness = try await ShellHarness.make(online: false)
        let source = harness.folder.appendingPathComponent("a.json").path
        try Data(#"[{"instruction":"Hi","input":"","output":"Hello"}]"#.utf8).write(to: URL(fileURLWithPath: source))
        try await harness.run(ScriptedReader(["/next", "/import \(source)", "My own question", "My own answer", "/next", "/show"]))
        #expect(harness.output.text.contains("no import queue for train.jsonl; /import SOURCE first"))
        #expect(harness.output.text.contains("the draft (2 messages) is not saved; it is set aside: `tunesmith"))
        #expect(harness.output.text.contains("  Hello"), "the queued conversation is the draft now")
        let aside = harness.draftFiles().filter { $0.hasSuffix("-aside.json") }
        #expect(aside.count == 1)
    }

    @Test func aPersonKeepsTheirDraftAsideAndItIsOfferedNextTime() async throws {
        let harness = try await ShellHarness.make(online: false)
        let source = harness.folder.appendingPathComponent("a.json").path
        try Data(#"[{"instruction":"Hi","input":"","output":"Hello"}]"#.utf8).write(to: URL(fileURLWithPath: source))
        let shell = try await harness.run(ScriptedReader(["/import \(source)", "Mine", "Reply", "/next", "k"], interactive: true))
        #expect(await shell.draftForTests.messages.map(\.text) == ["Hi", "Hello"])
        #expect(harness.output.text.contains("it is set aside: `tunesmith"))
        try await harness.run(ScriptedReader(["/new", "r"], interactive: true))
        #expect(harness.output.text.contains(": \"Mine\""))
    }
}
