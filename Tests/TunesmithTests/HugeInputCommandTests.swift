import Foundation
import TestSupport
import Testing

/// `tokens FILE` reads a file chunk by chunk: a huge text is counted exactly in flat memory, and a
/// file with nowhere to cut (a sparse file of zeros) is refused after the limit, not read whole.
@Suite(.enabled(if: RankFiles.available), .timeLimit(.minutes(10)))
struct HugeInputCommandTests {
    func sparseFile(_ name: String, bytes: UInt64) throws -> String {
        let path = try temporaryFolder().appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: bytes)
        try handle.close()
        return path
    }

    @Test func aFileWithNowhereToCutIsRefusedAtTheLimit() async throws {
        let path = try sparseFile("zeros.txt", bytes: 2 << 30)
        let result = try await TunesmithProcess.run(["tokens", path])
        #expect(result.status == 1)
        #expect(result.stderr == "tunesmith: \(path) is 2.0 GB with more than 128 MB in one stretch without a line break followed by a letter, digit or punctuation, "
            + "the only places where it can be counted in parts exactly; the limit for one stretch is 128 MB. Is it a text file? "
            + "Count part of it with `head -c 100000000 FILE | tunesmith tokens ...`\n")
        try FileManager.default.removeItem(atPath: path)
    }

    @Test(.enabled(if: TestTokenizers.available)) func aTokenizerThatCountsOnlyWholeTextsSaysSoPastTheLimit() async throws {
        let path = try sparseFile("big.txt", bytes: 200 << 20)
        let model = try TestTokenizers.folder() + "/mistral-sp/tokenizer.model.v1"
        let result = try await TunesmithProcess.run(["tokens", "--tokenizer", model, path])
        #expect(result.status == 1)
        #expect(result.stderr == "tunesmith: \(path) is 200 MB, and this tokenizer counts a text only whole, up to 128 MB; "
            + "count it in parts (`split -l 100000 FILE part-`; each cut may change the count by a token or so)\n")
        try FileManager.default.removeItem(atPath: path)
    }

    @Test func aTextOfSeveralChunksCountsAsTheSumOfItsLines() async throws {
        let folder = try temporaryFolder()
        let line = "Hello world, naïve café!\n"
        let lines = 1_000_000  // 26 MB: several chunks, cut inside the file
        try String(repeating: line, count: lines).write(to: folder.appendingPathComponent("big.txt"), atomically: false, encoding: .utf8)
        let one = try await TunesmithProcess.run(["tokens"], stdin: line)
        let perLine = try #require(Int(one.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let result = try await TunesmithProcess.run(["tokens", "big.txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(perLine * lines)\n")
    }
}
