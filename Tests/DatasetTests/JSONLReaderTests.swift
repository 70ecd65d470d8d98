import Dataset
import Foundation
import TestSupport
import Testing

struct JSONLReaderTests {
    struct Seen: Equatable {
        let number: Int, text: String, cr: Bool, bom: Bool, newline: Bool
    }

    func read(_ bytes: [UInt8], chunkSize: Int = JSONLReader.defaultChunkSize) throws -> [Seen] {
        let file = try temporaryFolder().appendingPathComponent("data.jsonl")
        try Data(bytes).write(to: file)
        var seen: [Seen] = []
        try JSONLReader.read(path: file.path, chunkSize: chunkSize) { lines in
            seen += lines.map { Seen(number: $0.number, text: $0.text, cr: $0.hadCarriageReturn, bom: $0.hadByteOrderMark, newline: $0.endsWithNewline) }
        }
        return seen
    }

    @Test func framingIsNoticedLineByLine() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\":1}\r\n\n  \n{\"b\":2}".utf8)
        #expect(try read(bytes) == [
            Seen(number: 1, text: "{\"a\":1}", cr: true, bom: true, newline: true),
            Seen(number: 2, text: "", cr: false, bom: false, newline: true),
            Seen(number: 3, text: "  ", cr: false, bom: false, newline: true),
            Seen(number: 4, text: "{\"b\":2}", cr: false, bom: false, newline: false),
        ])
    }

    @Test func linesAcrossChunkBoundariesAreWhole() throws {
        let lines = (0..<500).map { "{\"n\":\($0),\"pad\":\"\(String(repeating: "x", count: $0 % 37))\"}" }
        let seen = try read(Array((lines.joined(separator: "\n") + "\n").utf8), chunkSize: 4096)
        #expect(seen.map(\.text) == lines)
        #expect(seen.map(\.number) == Array(1...500))
    }

    @Test func aHundredMegabyteLineIsReadWhole() throws {
        let big = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + String(repeating: "a", count: 100 << 20) + "\"}]}"
        let file = try temporaryFolder().appendingPathComponent("big.jsonl")
        try Data(("{}\n" + big + "\n{}\n").utf8).write(to: file)
        var lengths: [Int] = []
        try JSONLReader.read(path: file.path) { lines in lengths += lines.map(\.bytes.count) }
        #expect(lengths == [2, big.utf8.count, 2])
    }

    @Test func aMissingFileOrAFolderIsAClearError() throws {
        #expect(throws: DatasetError.self) { try JSONLReader.read(path: "/nonexistent/x.jsonl") { _ in } }
        let error = try #require(throws: DatasetError.self) { try JSONLReader.read(path: try temporaryFolder().path) { _ in } }
        #expect(error.message.contains("is a folder"))
    }
}
