import Foundation
import Shell
import TestSupport
import Testing

/// A person starting the shell is offered the drafts of sessions that are gone: restore one, keep
/// it for later, or discard it.
@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct DraftOfferTests {
    @Test func ctrlDThenAStartWithAPersonaOffersTheDraftBack() async throws {
        let harness = try await ShellHarness.make(online: false)
        try await harness.run(ScriptedReader(["Question", "Answer"], interactive: true))
        #expect(harness.output.text.contains("the draft is not saved (2 messages); it is kept and comes back next time"))
        let shell = try await harness.run(ScriptedReader(["r"], interactive: true), persona: "marv")
        #expect(harness.output.text.contains("an unsaved draft of train.jsonl from a session that ended: 2 messages, last changed "))
        #expect(harness.output.text.contains(": \"Question\""))
        #expect(await shell.draftForTests.messages.map(\.text) == ["Question", "Answer"])
        #expect(harness.output.text.contains("restored the unsaved draft (2 messages)"))
    }

    @Test func aDraftCanBeKeptForLaterOrDiscarded() async throws {
        let harness = try await ShellHarness.make(online: false)
        try await harness.run(ScriptedReader(["Question", "Answer"], interactive: true))
        let kept = try await harness.run(ScriptedReader(["k"], interactive: true))
        #expect(await kept.draftForTests.isEmpty)
        #expect(harness.output.text.contains("kept for later; it is offered next time (or start with --restore-draft)"))
        #expect(harness.draftFiles().count == 1)
        let discarded = try await harness.run(ScriptedReader(["d"], interactive: true))
        #expect(await discarded.draftForTests.isEmpty)
        #expect(harness.output.text.contains("discarded"))
        #expect(harness.draftFiles().isEmpty)
        let output = CapturedOutput()
        let client = await harness.client()
        let fresh = try await Shell(configuration: harness.configuration(), reader: ScriptedReader(["/show"], interactive: true), output: output,
                                    chatClient: client, provider: nil, loader: TestEncodings.loader)
        _ = await fresh.run()
        #expect(!output.text.contains("unsaved draft"))
    }

    @Test func helpSaysHowToWriteTextThatStartsWithASlashAndHowToRestoreADraft() async throws {
        let harness = try await ShellHarness.make(online: false)
        try await harness.run(ScriptedReader(["/help", "Where is it?", "//etc/hosts", "/show"]))
        #expect(harness.output.text.contains("A line that starts with / is a command; write // for text that starts with /"))
        #expect(harness.output.text.contains("`tunesmith FILE --restore-draft` restores the newest"))
        #expect(harness.output.text.contains("/etc/hosts"))
        #expect(!harness.output.text.contains("unknown command"))
    }
}
