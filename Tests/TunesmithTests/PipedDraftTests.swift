import Foundation
import TestSupport
import Testing

/// Every shell session has a draft of its own, and a script never gets one it did not ask for.
@Suite(.enabled(if: RankFiles.available), .timeLimit(.minutes(5)))
struct PipedDraftTests {
    let folder: URL
    let drafts: URL
    var environment = TunesmithProcess.environment

    init() throws {
        folder = try temporaryFolder()
        drafts = folder.appendingPathComponent("state/tunesmith/drafts")
        environment["OPENAI_API_KEY"] = nil
        environment["XDG_STATE_HOME"] = folder.path + "/state"
    }

    func examples() throws -> [String] {
        let path = folder.appendingPathComponent("data.jsonl").path
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    static func example(_ user: String, _ reply: String) -> String {
        #"{"messages":[{"role":"user","content":""# + user + #""},{"role":"assistant","content":""# + reply + #""}]}"#
    }

    @Test func twoShellsOnOneFileKeepTheirOwnDrafts() async throws {
        let first = try RunningTunesmith(["data.jsonl"], environment: environment, in: folder)
        first.send("Question from the first shell\n")
        try await first.waitForDraft(containing: "Question from the first shell", in: drafts)
        let second = try await TunesmithProcess.run(["data.jsonl"], stdin: "Question from the second shell\nReply from the second shell\n/save\n",
                                                    environment: environment, in: folder)
        #expect(second.status == 0)
        #expect(second.stderr == "", "a live session's draft is its own, not one waiting")
        first.send("Reply from the first shell\n/save\n")
        let firstResult = try await first.finish()
        #expect(firstResult.status == 0)
        #expect(try examples() == [Self.example("Question from the second shell", "Reply from the second shell"),
                                   Self.example("Question from the first shell", "Reply from the first shell")])
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []).isEmpty)
    }

    /// A write that stops short and then fails, as on a full disk (here a file-size limit of 512
    /// bytes that the draft outgrows): said when it happens, and the exit never claims it was kept.
    @Test func aDraftThatCannotBeWrittenIsSaidNeverClaimed() async throws {
        let reply = String(repeating: "Paris, obviously. ", count: 60)
        let result = try await TunesmithProcess.run(
            ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" data.jsonl", TunesmithProcess.binary.path],
            stdinBytes: Data("Capital of France?\n\(reply)\n".utf8), environment: environment, in: folder, program: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: the draft could not be autosaved ("), "\(result.stderr)")
        #expect(result.stderr.contains("the draft is not saved (2 messages) and could not be kept ("), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("comes back"))
        #expect(try examples().isEmpty)
    }

    @Test func aKilledShellsDraftWaitsAndAScriptStartsClean() async throws {
        let killed = try RunningTunesmith(["data.jsonl"], environment: environment, in: folder)
        killed.send("Left behind\n")
        try await killed.waitForDraft(containing: "Left behind", in: drafts)
        _ = await killed.kill()

        let script = try await TunesmithProcess.run(["data.jsonl"], stdin: "Hi\nOh. You again.\n/save\n", environment: environment, in: folder)
        #expect(script.status == 0)
        #expect(try examples() == [Self.example("Hi", "Oh. You again.")])
        #expect(script.stderr.contains("an unsaved draft of data.jsonl (1 message) is waiting from a session that ended"))
        #expect(script.stderr.contains("`tunesmith data.jsonl --restore-draft` brings it back"))
        #expect(!script.stdout.contains("restored"))

        let restored = try await TunesmithProcess.run(["data.jsonl", "--restore-draft"], stdin: "The reply\n/save\n",
                                                      environment: environment, in: folder)
        #expect(restored.status == 0)
        #expect(restored.stdout.contains("restored the unsaved draft (1 message)"))
        #expect(try examples().last == Self.example("Left behind", "The reply"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []).isEmpty, "no lock or temporary file is left")

        let nothing = try await TunesmithProcess.run(["data.jsonl", "--restore-draft"], stdin: "", environment: environment, in: folder)
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no unsaved draft of data.jsonl is waiting; start without --restore-draft"))
    }

    /// DESIGN's "restored after a crash": the shell is killed (SIGKILL, nothing of it runs after)
    /// with a judged reply and a question waiting, and the next start brings back all of it.
    @Test func aShellKilledMidDraftLosesNothing() async throws {
        let killed = try RunningTunesmith(["data.jsonl"], environment: environment, in: folder)
        killed.send("Capital of France?\nParis.\n/reject\nAgain?\n")
        try await killed.waitForDraft(containing: "Again?", in: drafts)
        let result = await killed.kill()
        #expect(result.status == SIGKILL, "killed, not ended")
        #expect(!result.stdout.contains("the draft is not saved"), "a killed shell says nothing")

        let restored = try await TunesmithProcess.run(["data.jsonl", "--restore-draft"], stdin: "Louder: PARIS.\n/save\n",
                                                      environment: environment, in: folder)
        #expect(restored.status == 0)
        #expect(restored.stdout.contains("restored the unsaved draft (3 messages)"))
        #expect(try examples() == [#"{"messages":[{"role":"user","content":"Capital of France?"},{"role":"assistant","content":"Paris.","weight":0},"#
                                   + #"{"role":"user","content":"Again?"},{"role":"assistant","content":"Louder: PARIS."}]}"#])
    }

    @Test func aPersonaStartKeepsTheDraftCtrlDPromised() async throws {
        let left = try await TunesmithProcess.run(["data.jsonl"], stdin: "Question\nAnswer\n", environment: environment, in: folder)
        #expect(left.stdout.contains("the draft is not saved (2 messages); it is kept (`tunesmith data.jsonl --restore-draft` brings it back)"))
        let persona = try await TunesmithProcess.run(["data.jsonl", "--persona", "marv"], stdin: "", environment: environment, in: folder)
        #expect(persona.stderr.contains("an unsaved draft of data.jsonl (2 messages) is waiting"))
        let restored = try await TunesmithProcess.run(["data.jsonl", "--restore-draft"], stdin: "/save\n", environment: environment, in: folder)
        #expect(try examples() == [Self.example("Question", "Answer")])
        #expect(restored.status == 0)
    }

    @Test func deadSessionsLeftoversGoAndDraftsArePrivate() throws {
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let dead = try deadPID()
        // What a SIGKILL leaves: Foundation's temporary file (older versions), ours, and a lock with no draft.
        let leftovers = [".dat.nosyncA1b2C3", "data.jsonl-1f.\(dead)-ab12.json.tmp", "other.jsonl-2e.\(dead)-cd34.lock.tmp",
                         "other.jsonl-2e.\(dead)-cd34.lock"]
        for name in leftovers {
            let path = drafts.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data("{}".utf8)))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        }
        let result = try TunesmithProcess.runBlocking(["data.jsonl"], stdin: "Unpublished question\n", environment: environment, in: folder)
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        #expect(names.count == 1 && names[0].hasPrefix("data.jsonl-") && names[0].hasSuffix(".json"), "left: \(names)")
        func mode(_ path: String) throws -> Int { try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1 }
        #expect(try mode(folder.path + "/state/tunesmith") == 0o700)
        #expect(try mode(drafts.path) == 0o700)
        #expect(try mode(drafts.appendingPathComponent(names[0]).path) == 0o600)
    }

    /// The pid of a process that has ended.
    func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
