import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Text the tool cannot keep exactly is refused, not changed; a split reads one snapshot.
@Suite(.enabled(if: RankFiles.available), .timeLimit(.minutes(5)))
struct DatasetSafetyCommandTests {
    @Test func pipedTextThatIsNotUTF8IsRefusedNotReplaced() async throws {
        let folder = try temporaryFolder()
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = nil
        environment["XDG_STATE_HOME"] = folder.path + "/state"
        var input = Data("Caf".utf8)
        input.append(0xE9)  // Latin-1 é
        input.append(contentsOf: Array(" au lait?\nYes.\n/save\n".utf8))
        let result = try await TunesmithProcess.run(["data.jsonl"], stdinBytes: input, environment: environment, in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("stdin line 1, column 4: not valid UTF-8; nothing from this line on was read. Convert the input to UTF-8 (e.g. with iconv) and run it again."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("data.jsonl").path))
    }

    @Test func validateFlagsALoneSurrogate() async throws {
        let file = try temporaryFolder().appendingPathComponent("data.jsonl")
        let lines = (1...10).map { #"{"messages":[{"role":"user","content":"q\#($0)"},{"role":"assistant","content":"a\#($0)"}]}"# }
            + [#"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"odd \udc00"}]}"#]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let result = try await TunesmithProcess.run(["validate", file.path])
        #expect(result.stdout.contains("lone_surrogate: 1 on line 11"), "\(result.stdout)")
        #expect(result.stdout.contains("line 11: column 79: a lone surrogate escape"), "\(result.stdout)")
    }

    static var appendLoop: URL {
        TunesmithProcess.binary.deletingLastPathComponent().appendingPathComponent("append-loop")
    }

    @Test(arguments: [16 << 20, 0])
    func splitWhileAnotherProcessAppendsReadsOneSnapshot(_ rewriteLimit: Int) async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("data.jsonl")
        let lines = (0..<40).map { #"{"messages":[{"role":"user","content":"q\#($0)"},{"role":"assistant","content":"a\#($0)"}]}"# }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let writer = Process()
        writer.executableURL = Self.appendLoop
        writer.arguments = [file.path, String(rewriteLimit), "7", "20"]
        try writer.run()
        defer {
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
        }
        for _ in 0..<6 {
            let result = try await TunesmithProcess.run(["split", file.path, "--force"])
            #expect(result.status == 0, "\(result.stderr)")
            guard result.status == 0 else { break }
            let train = try String(contentsOf: folder.appendingPathComponent("data-train.jsonl"), encoding: .utf8).split(separator: "\n")
            let validation = try String(contentsOf: folder.appendingPathComponent("data-validation.jsonl"), encoding: .utf8).split(separator: "\n")
            #expect(result.stdout.hasPrefix("\(train.count) examples -> "))
            #expect(result.stdout.contains("\n\(validation.count) examples -> "))
        }
        #expect(writer.isRunning, "the appender kept going")
    }
}
