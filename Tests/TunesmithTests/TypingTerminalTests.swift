import Foundation
import TestSupport
import Testing

/// Typing in a real 80-column terminal (tmux): the live count on a wrapped line and in a block,
/// a block in the history, Ctrl-C on an empty line, and Tab's candidates in columns.
@Suite(.enabled(if: RankFiles.available && TmuxSession.available), .serialized, .timeLimit(.minutes(5)))
struct TypingTerminalTests {
    func start(in folder: URL? = nil) throws -> (TmuxSession, URL) {
        let folder = try folder ?? temporaryFolder()
        var environment = ["HOME": folder.path, "XDG_STATE_HOME": folder.path + "/state", "TERM": "xterm-256color", "NO_COLOR": "1",
                           "LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        if let encodings = TunesmithProcess.environment["TUNESMITH_ENCODINGS"] { environment["TUNESMITH_ENCODINGS"] = encodings }
        environment["XDG_CACHE_HOME"] = TestEnvironment.variables["XDG_CACHE_HOME"]
        let session = try TmuxSession([TunesmithProcess.binary.path, "data.jsonl", "--offline"], environment: environment, directory: folder, width: 80)
        return (session, folder)
    }

    func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    @Test func theCountSurvivesALineLongerThanTheTerminal() async throws {
        let (session, _) = try start()
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs 3 tok>")
        try session.type("this line is long enough to wrap past the right edge of an eighty column terminal")
        // The count moves to a row of its own above the prompt, flush right, and stays live.
        let wrapped = try await session.waitFor("the count above the wrapped line") { screen in
            let rows = self.rows(screen)
            guard let prompt = rows.firstIndex(where: { $0.hasPrefix("#1 0 msgs 3 tok> this line") }), prompt > 0 else { return false }
            return rows[prompt - 1].range(of: #"^\+\d+ tok$"#, options: .regularExpression) != nil
        }
        let before = rows(wrapped).first { $0.range(of: #"^\+\d+ tok$"#, options: .regularExpression) != nil }
        try session.type(" and then some more words")
        _ = try await session.waitFor("the count to change as typing goes on") { screen in
            let count = self.rows(screen).first { $0.range(of: #"^\+\d+ tok$"#, options: .regularExpression) != nil }
            return count != nil && count != before && screen.contains("more words")
        }
    }

    @Test func aBlockCountsEachLineAndComesBackWholeFromTheHistory() async throws {
        let (session, _) = try start()
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs")
        try session.type("\"\"\"")
        try session.press("Enter")
        try session.type("first line of the block")
        _ = try await session.waitFor("the first line's count") { self.rows($0).contains { $0.hasPrefix("... first line of the block") && $0.hasSuffix(", block 9 tok") && $0.contains("+9 tok") } }
        try session.press("Enter")
        try session.type("second")
        _ = try await session.waitFor("the running total") { self.rows($0).contains { $0.hasPrefix("... second") && $0.hasSuffix("+2 tok, block 11 tok") } }
        try session.press("Enter")
        try session.type("\"\"\"")
        try session.press("Enter")
        _ = try await session.waitFor("assistant>")
        try session.type("Noted.")
        try session.press("Enter")
        _ = try await session.waitFor("#1 2 msgs")
        try session.press("Up")
        try session.press("Up")
        // One entry: the fences and both lines, on the line together, sent as one message again.
        _ = try await session.waitFor("the whole block recalled") { screen in
            let rows = self.rows(screen)
            guard let at = rows.lastIndex(where: { $0.hasPrefix("#1 2 msgs") && $0.hasSuffix("\"\"\"") }) , at + 3 < rows.count else { return false }
            return Array(rows[(at + 1)...(at + 3)]) == ["first line of the block", "second", "\"\"\""]
        }
        try session.press("Enter")
        _ = try await session.waitFor("assistant>")
        try session.type("Again.")
        try session.press("Enter")
        _ = try await session.waitFor("#1 4 msgs")
        try session.type("/show")
        try session.press("Enter")
        let shown = rows(try await session.waitFor("4 assistant"))
        let third = try #require(shown.firstIndex { $0.hasPrefix("3 user ") })
        #expect(Array(shown[(third + 1)...(third + 2)]) == ["first line of the block", "second"], "\(shown)")
    }

    @Test func ctrlCOnAnEmptyLineSaysHowToLeave() async throws {
        let (session, _) = try start()
        defer { session.kill() }
        _ = try await session.waitFor("#1 0 msgs")
        try session.press("C-c")
        _ = try await session.waitFor("Ctrl-D or /quit leaves; the draft is kept")
        // Not when a line was being dropped: that Ctrl-C is plain.
        try session.type("half a line")
        try session.press("C-c")
        let screen = try await session.waitFor("half a line^C")
        #expect(screen.components(separatedBy: "Ctrl-D or /quit leaves").count == 2, "\(screen)")
    }

    @Test func tabListsCandidatesInColumnsThatNeverWrap() async throws {
        let (session, folder) = try start()
        defer { session.kill() }
        let names = (1...12).map { String(format: "marv-validation-split-%04d-holdout.jsonl", $0) }
        for name in names { try Data().write(to: folder.appendingPathComponent(name)) }
        _ = try await session.waitFor("#1 0 msgs")
        try session.type("/validate marv-validation-split-00")
        try session.press("Tab")
        let screen = try await session.waitFor("every candidate listed") { screen in names.allSatisfy { screen.contains($0) } }
        // Each row holds whole names only; none reaches the last column.
        for row in try session.screen().split(separator: "\n") where row.contains("marv-validation-split-") && !row.contains("/validate") {
            #expect(row.count < 80, "\(row)")
            #expect(row.split(separator: " ").allSatisfy { names.contains(String($0)) }, "\(row)")
        }
        #expect(screen.contains(names[0]))
    }
}
