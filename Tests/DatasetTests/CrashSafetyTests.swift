import Dataset
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A process killed with SIGKILL at random moments while appending leaves a file whose every line
/// is a complete, valid example (once the next writer has taken the lock, for the journaled path).
struct CrashSafetyTests {
    static var helper: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("append-loop")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return TestEncodings.packageRoot.appendingPathComponent(".build/debug/append-loop")
    }

    @Test(arguments: [16 << 20, 0])
    func killedAppendsLeaveOnlyWholeLines(_ rewriteLimit: Int) async throws {
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        let (count, problems) = try await runBlocking { try Self.killRounds(url: url, rewriteLimit: rewriteLimit) }
        #expect(problems.isEmpty, "\(problems)")
        #expect(count > 25)
    }

    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A SIGKILL at the exact moment after an append in place was synced and before its journal
    /// was removed (strace kills the writer at that `unlink`), then an edit by another program:
    /// the next writer must not roll the stale journal back onto the edited file.
    @Test(.enabled(if: strace != nil || TestEncodings.isCI, "needs strace (scripts/test installs it); under CI it must be there"))
    func aJournalLeftByAKillIsNotRolledBackOntoAnEditedFile() async throws {
        let strace = try #require(Self.strace, "no strace; scripts/test installs it")
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        let first = #"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}"#
        try Data((first + "\n").utf8).write(to: url)
        let status = try await runBlocking {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: strace)
            process.arguments = ["-f", "-qq", "-o", "/dev/null", "-e", "trace=unlink,unlinkat", "-e", "inject=unlink,unlinkat:signal=SIGKILL:when=1",
                                 Self.helper.path, url.path, "0", "3"]
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        try #require(FileManager.default.fileExists(atPath: url.path + ".tunesmith-append"), "the kill left the journal (strace exited \(status))")
        let appended = try String(contentsOf: url, encoding: .utf8)
        // Another program puts a line in front (a new file renamed into place, as editors do).
        let outside = #"{"messages":[{"role":"user","content":"outside"},{"role":"assistant","content":"edit"}]}"#
        try Data((outside + "\n" + appended).utf8).write(to: url, options: .atomic)
        let last = #"{"messages":[{"role":"user","content":"after"},{"role":"assistant","content":"kill"}]}"#
        try DatasetFile(path: url.path, rewriteLimit: 0).append(line: last)
        #expect(try String(contentsOf: url, encoding: .utf8) == outside + "\n" + appended + last + "\n")
        #expect(!FileManager.default.fileExists(atPath: url.path + ".tunesmith-append"))
    }

    /// 25 rounds of start, wait until it appends, kill at a random moment, check every line.
    /// Returns the examples written and what was found wrong.
    static func killRounds(url: URL, rewriteLimit: Int) throws -> (Int, [String]) {
        var problems: [String] = []
        var generator = SplitMix64(seed: UInt64(rewriteLimit) + 1)
        for round in 0..<25 {
            let process = Process()
            process.executableURL = Self.helper
            process.arguments = [url.path, String(rewriteLimit), String(round)]
            let sizeBefore = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            try process.run()
            // Kill only once it is appending, at a random moment after that.
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0) == sizeBefore {
                usleep(200)
            }
            usleep(useconds_t(generator.next() % 30_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if rewriteLimit == 0 {
                // The next writer undoes an append the kill interrupted.
                try DatasetFile(path: url.path, rewriteLimit: 0).append(line: #"{"messages":[{"role":"user","content":"after"},{"role":"assistant","content":"kill"}]}"#)
            }
            let data = try Data(contentsOf: url)
            if !(data.isEmpty || data.last == 0x0A) { problems.append("round \(round): the last line is cut") }
            for line in data.split(separator: 0x0A) {
                let value = try? Array(line).withUnsafeBufferPointer { try JSONParser.parse($0) }
                if value.flatMap({ try? TrainingExample(json: $0) }) == nil { problems.append("round \(round): a torn line") }
            }
        }
        return (try DatasetFile(path: url.path).exampleCount(), problems)
    }
}
