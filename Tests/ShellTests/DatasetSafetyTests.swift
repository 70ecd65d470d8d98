import Dataset
import Foundation
import Shell
import TestSupport
import Testing

/// Lines typed by a test, with something done to the world just before a given prompt is shown.
final class ReaderWithInterlude: LineReader, @unchecked Sendable {
    var lines: [String]
    let isInteractive = true
    var completer: ((String) -> [String])?
    let before: String
    let interlude: () throws -> Void

    init(_ lines: [String], before prompt: String, interlude: @escaping () throws -> Void) {
        self.lines = lines
        self.before = prompt
        self.interlude = interlude
    }

    func readLine(prompt: String, rightPrompt: ((String) -> String)?, prefill: String?) -> LineInput {
        if prompt.contains(before) { try? interlude() }
        return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
    }

    func addHistory(_ line: String) {}
}

/// /open, /save, /delete and /train do what they said to the line they named, or nothing.
@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct DatasetSafetyTests {
    static func example(_ k: Int) -> String {
        #"{"messages":[{"role":"user","content":"Question \#(k)?"},{"role":"assistant","content":"Answer \#(k)."}]}"#
    }

    func writeDataset(_ harness: ShellHarness, _ lines: [String]) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: harness.dataset, options: .atomic)
    }

    @Test func saveRefusesToReplaceAnExampleThatMovedSinceOpen() async throws {
        let harness = try await ShellHarness.make(online: false)
        try writeDataset(harness, (1...5).map(Self.example))
        try await harness.run(ScriptedReader(["/open 3", "/reply Answer 3, better."]))
        // Meanwhile another program deletes example 1.
        try writeDataset(harness, (2...5).map(Self.example))
        let shell = try await Shell(configuration: harness.configuration(restoreDraft: true), reader: ScriptedReader(["/save"]),
                                    output: harness.output, chatClient: nil, provider: nil, loader: TestEncodings.loader)
        _ = await shell.run()
        #expect(try harness.lines() == (2...5).map(Self.example))
        #expect(harness.output.text.contains(
            "example 3 not replaced: \(harness.dataset.path) changed since the example was read (another program or shell edited it): line 3 holds something else and it is example 2 now; nothing was written. The draft is kept as a new example: /save appends it, /new discards it"))
        #expect(!harness.output.text.contains("example 3 replaced"))
    }

    @Test func deleteChecksTheExampleAgainAfterItsQuestion() async throws {
        let harness = try await ShellHarness.make(online: false)
        try writeDataset(harness, (1...5).map(Self.example))
        let reader = ReaderWithInterlude(["/delete 3", "y"], before: "[y/N]") {
            try self.writeDataset(harness, (2...5).map(Self.example))  // another shell deleted example 1
        }
        let shell = try await Shell(configuration: harness.configuration(), reader: reader, output: harness.output, chatClient: nil,
                                    provider: nil, loader: TestEncodings.loader)
        _ = await shell.run()
        #expect(try harness.lines() == (2...5).map(Self.example))
        #expect(harness.output.text.contains("example 3 not deleted: "))
        #expect(harness.output.text.contains("it is example 2 now; nothing was written; /list to see the examples as they are now"))
    }

    @Test func openRefusesALoneSurrogateInsteadOfChangingIt() async throws {
        let harness = try await ShellHarness.make(online: false)
        let line = #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"odd \udc00 text"}]}"#
        try writeDataset(harness, [line])
        try await harness.run(ScriptedReader(["/open 1", "/save"]))
        #expect(try harness.lines() == [line])
        #expect(harness.output.text.contains("example 1 has a lone surrogate escape (line 1, column 80), which no text can hold, so /save would change it; fix line 1 in an editor (/validate lists the errors), then /open 1 again"))
    }

    @Test func theExitMessageSaysWhenTheDraftCouldNotBeKept() async throws {
        let harness = try await ShellHarness.make(online: false)
        // A file where the drafts folder should be: every autosave fails.
        try FileManager.default.createDirectory(atPath: harness.folder.path + "/state", withIntermediateDirectories: true)
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: harness.folder.path + "/state/drafts"))
        try await harness.run(ScriptedReader(["Capital of France?", "Paris."]))
        let text = harness.output.text
        #expect(text.contains("error: the draft could not be autosaved ("))
        #expect(text.components(separatedBy: "could not be autosaved").count == 2, "said once, not after every change")
        #expect(text.contains("the draft is not saved (2 messages) and could not be kept ("))
        #expect(!text.contains("comes back next time"))
    }

    @Test func trainRefusesHalvesOfDifferentSplits() async throws {
        let harness = try await ShellHarness.make()
        try writeDataset(harness, (1...15).map(Self.example))
        try await harness.run(ScriptedReader(["/split 0.2"]))
        // A kill between the renames of a `/split 0.1`: its train half, the old validation half.
        let other = try temporaryFolder().appendingPathComponent("train.jsonl")
        try FileManager.default.copyItem(at: harness.dataset, to: other)
        let newer = try DatasetSplitter(validationFraction: 0.1).split(path: other.path)
        let train = harness.folder.appendingPathComponent("train-train.jsonl")
        try FileManager.default.removeItem(at: train)
        try FileManager.default.copyItem(atPath: newer.trainPath, toPath: train.path)
        try? FileManager.default.removeItem(atPath: harness.folder.path + "/train-split.json")
        try await harness.run(ScriptedReader(["/train --epochs 1"]), yes: true)
        #expect(harness.output.text.contains("not trained: train-train.jsonl and train-validation.jsonl have no record of a complete split"))
        #expect(harness.output.text.contains("/split again, or /train --whole to train on the whole file (or delete train-train.jsonl and train-validation.jsonl)"))
        #expect(await harness.stub!.requests.filter { $0.path.hasPrefix("/v1/files") }.isEmpty)
        await harness.shutdown()
    }
}
