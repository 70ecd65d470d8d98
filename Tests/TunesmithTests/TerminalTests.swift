import Foundation
import TestSupport
import Testing

/// The shell in a real terminal (tmux): prompts, the live count, Tab, history, /edit, Ctrl-C.
@Suite(.enabled(if: RankFiles.available && TmuxSession.available), .serialized, .timeLimit(.minutes(5)))
struct TerminalTests {
    /// `existing`: the folder of an earlier session, to start again with its history and drafts.
    func start(online stub: OpenAIStub? = nil, arguments: [String] = [], editor: String? = nil, in existing: URL? = nil) async throws -> (TmuxSession, URL) {
        let folder = try existing ?? temporaryFolder()
        var environment = ["HOME": folder.path, "XDG_STATE_HOME": folder.path + "/state", "TERM": "xterm-256color", "NO_COLOR": "1",
                           "LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        if let encodings = TunesmithProcess.environment["TUNESMITH_ENCODINGS"] { environment["TUNESMITH_ENCODINGS"] = encodings }
        environment["XDG_CACHE_HOME"] = TestEnvironment.variables["XDG_CACHE_HOME"]
        if let editor {
            let script = folder.appendingPathComponent("editor")
            try ("#!/bin/sh\n" + editor).write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
            environment["EDITOR"] = script.path
        }
        if let stub {
            environment["OPENAI_API_KEY"] = await stub.apiKey
            environment["OPENAI_BASE_URL"] = await stub.baseURL
        }
        let session = try TmuxSession([TunesmithProcess.binary.path, "data.jsonl"] + arguments + (stub == nil ? ["--offline"] : []),
                                      environment: environment, directory: folder)
        return (session, folder)
    }

    @Test func promptAndLiveCountChangeAsKeysAreTyped() async throws {
        let (session, _) = try await start()
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs 3 tok>")
        try session.type("hello")
        _ = try await session.waitFor("+5 tok")
        try session.type(" world")
        _ = try await session.waitFor("+6 tok")
        try session.type(" 日本語")
        let screen = try await session.waitFor("+7 tok") { $0.contains("日本語") && $0.range(of: #"\+\d+ tok"#, options: .regularExpression) != nil && !$0.contains("+6 tok") }
        #expect(screen.contains("hello world 日本語"))
    }

    @Test func tabCompletesAndUpRecallsHistory() async throws {
        let (session, folder) = try await start()
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs")
        try session.type("/pers")
        try session.press("Tab")
        _ = try await session.waitFor("/persona")
        try session.press("C-u")
        try session.type("/personas")
        try session.press("Enter")
        _ = try await session.waitFor("marv")
        try session.press("Up")
        _ = try await session.waitFor("history recall") { $0.components(separatedBy: "/personas").count >= 3 }
        session.kill()
        // The history is on disk, private to the user (it holds unpublished data)...
        let history = try String(contentsOfFile: folder.path + "/state/tunesmith/history", encoding: .utf8)
        #expect(history.split(separator: "\n").contains("/personas"), "history file: \(history)")
        func mode(_ path: String) -> Int? { (try? FileManager.default.attributesOfItem(atPath: folder.path + path))?[.posixPermissions] as? Int }
        #expect(mode("/state/tunesmith") == 0o700)
        #expect(mode("/state/tunesmith/history") == 0o600)
        // ...and the next shell recalls from it.
        let (next, _) = try await start(in: folder)
        defer { next.kill() }
        _ = try await next.waitFor("#1 0 msgs")
        #expect(try !next.screen().contains("/personas"))
        try next.press("Up")
        _ = try await next.waitFor("/personas")
    }

    @Test func tabCompletesPathsFolderByFolder() async throws {
        let (session, folder) = try await start()
        defer { session.kill() }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("splits"), withIntermediateDirectories: true)
        for name in ["splits/marv-train.jsonl", "splits/marv-validation.jsonl"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        _ = try await session.waitFor("#1 0 msgs")
        try session.type("/validate sp")
        try session.press("Tab")
        _ = try await session.waitFor("/validate splits/")
        try session.press("Tab")
        _ = try await session.waitFor("/validate splits/marv-")
        try session.press("Tab")
        let listed = try await session.waitFor("marv-validation.jsonl")
        #expect(listed.range(of: "marv-train.jsonl +marv-validation.jsonl", options: .regularExpression) != nil)
        try session.type("t")
        try session.press("Tab")
        _ = try await session.waitFor("/validate splits/marv-train.jsonl")
    }

    @Test func aPastedBlockOfSeveralLinesIsOneMessage() async throws {
        let (session, _) = try await start()
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs")
        try session.tmux(["set-buffer", "-b", "block", "first pasted line\nsecond pasted line\nthird"])
        try session.tmux(["paste-buffer", "-p", "-b", "block", "-t", session.name])
        // The paste stays on the line, all of it visible, until Enter sends it.
        _ = try await session.waitFor("third")
        try await Task.sleep(nanoseconds: 500_000_000)
        let pasted = try session.screen()
        #expect(!pasted.contains("assistant>") && pasted.contains("first pasted line\nsecond pasted line\nthird"), "\(pasted)")
        try session.press("Enter")
        _ = try await session.waitFor("assistant>")
        try session.type("Got it.")
        try session.press("Enter")
        _ = try await session.waitFor("#1 2 msgs")
        try session.type("/show")
        try session.press("Enter")
        // One user message of three lines, then the reply typed after it. (Without bracketed
        // paste the three lines would be a user turn, its reply, and the start of a third turn.)
        let screen = try await session.waitFor("2 assistant")
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let shown = lines.firstIndex { $0.hasPrefix("1 user ") }.map { Array(lines[$0...].prefix(6)) } ?? []
        #expect(shown.map { $0.hasPrefix("2 assistant ") ? "2 assistant" : $0 }.dropFirst()
                == ["first pasted line", "second pasted line", "third", "2 assistant", "Got it."], "\(screen)")
        #expect(!lines.contains { $0.hasPrefix("3 ") })
    }

    /// Offline, the author asks and answers: "Capital of France?" / "Paris.".
    func writeAnExchangeByHand(_ session: TmuxSession) async throws {
        _ = try await session.waitFor("#1 0 msgs")
        try session.type("Capital of France?")
        try session.press("Enter")
        _ = try await session.waitFor("assistant>")
        try session.type("Paris.")
        try session.press("Enter")
        _ = try await session.waitFor("#1 2 msgs")
    }

    @Test func editPrefillsTheLine() async throws {
        let (session, _) = try await start()
        defer { session.kill() }
        try await writeAnExchangeByHand(session)
        try session.type("/edit")
        try session.press("Enter")
        _ = try await session.waitFor("edit 2> Paris.")
        try session.type(" Obviously.")
        try session.press("Enter")
        _ = try await session.waitFor("message 2 edited")
    }

    /// The editor here leaves a process running, as editors with a server do; the shell goes on
    /// as soon as the editor itself exits.
    @Test func editInTheEditorEvenOneThatLeavesAProcessBehind() async throws {
        let (session, folder) = try await start(editor: "stat -c %a \"$1\" > \"$HOME/edit-mode\"\nsed -i 's/Paris\\./Lyon, obviously./' \"$1\"\nsleep 60 &\n")
        defer { session.kill() }
        try await writeAnExchangeByHand(session)
        try session.type("/edit! 2")
        try session.press("Enter")
        _ = try await session.waitFor("message 2 edited")
        // The file the editor gets holds unpublished data: only its owner may read it.
        #expect(try String(contentsOf: folder.appendingPathComponent("edit-mode"), encoding: .utf8) == "600\n")
        try session.type("/show")
        try session.press("Enter")
        let screen = try await session.waitFor("Lyon, obviously.")
        #expect(!screen.contains("  Paris."))
    }

    /// An editor that saves Latin-1: nothing is changed into U+FFFD, and the edit is kept in a file.
    @Test func anEditThatIsNotUTF8IsRefusedAndKept() async throws {
        let (session, _) = try await start(editor: "printf 'Caf\\351 au lait.\\n' > \"$1\"\n")
        defer { session.kill() }
        try await writeAnExchangeByHand(session)
        try session.type("/edit! 2")
        try session.press("Enter")
        let screen = try await session.waitFor("not valid UTF-8")
        #expect(screen.contains("(line 1, column 4), so nothing changed"), "\(screen)")
        // The screen may wrap the path, so the file is found by its bytes.
        let saved = Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x75, 0x20, 0x6C, 0x61, 0x69, 0x74, 0x2E, 0x0A])
        let kept = try FileManager.default.contentsOfDirectory(atPath: "/tmp").filter { $0.hasPrefix("tunesmith-edit-") }.map { "/tmp/" + $0 }
            .filter { FileManager.default.contents(atPath: $0) == saved }
        #expect(!kept.isEmpty)
        for path in kept { try? FileManager.default.removeItem(atPath: path) }
        try session.type("/show")
        try session.press("Enter")
        let shown = try await session.waitFor("Paris.") { $0.components(separatedBy: "Paris.").count >= 3 }
        #expect(!shown.contains("\u{FFFD}") && !shown.contains("au lait"))
    }

    @Test func ctrlCStopsAStreamAndClearsALine() async throws {
        let stub = try await OpenAIStub.start()
        let slow: [(delay: Double, bytes: [UInt8])] = [(0, Array("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Paris, as \"}}]}\n\n".utf8))]
            + (0..<600).map { _ in (delay: 0.1, bytes: Array("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"if \"}}]}\n\n".utf8)) }
        await stub.set { $0.chatStream = (slow, false) }
        let (session, _) = try await start(online: stub)
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs")
        try session.type("Capital of France?")
        try session.press("Enter")
        _ = try await session.waitFor("Paris, as if")
        try session.press("C-c")
        _ = try await session.waitFor("interrupted; the reply so far is kept")
        _ = try await session.waitFor("#1 2 msgs")
        try session.type("half a line")
        try session.press("C-c")
        // The line is dropped: a fresh, empty prompt under it.
        let screen = try await session.waitFor("a fresh prompt after ^C") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let typed = lines.lastIndex(where: { $0.contains("half a line^C") }), typed + 1 < lines.count else { return false }
            return lines[typed + 1].hasPrefix("#1 2 msgs") && lines[typed + 1].hasSuffix("tok>")
        }
        #expect(screen.components(separatedBy: "half a line").count == 2, "typed once, never sent")
        try session.press("C-d")
        _ = try await session.waitFor("the draft is not saved (2 messages)")
        await stub.shutdown()
    }
}
