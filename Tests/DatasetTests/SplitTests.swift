import Dataset
import Foundation
import TestSupport
import Testing

struct SplitTests {
    func makeFile(_ count: Int) throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("data.jsonl")
        let lines = (0..<count).map { #"{"messages":[{"role":"user","content":"q\#($0)"},{"role":"assistant","content":"a\#($0)"}]}"# }
        try Data((lines.joined(separator: "\n") + "\n\n").utf8).write(to: url)
        return url
    }

    func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func splitIsDeterministicDisjointAndComplete() throws {
        let url = try makeFile(50)
        let result = try DatasetSplitter(validationFraction: 0.2, seed: 7).split(path: url.path)
        #expect(result.trainPath.hasSuffix("data-train.jsonl") && result.validationPath.hasSuffix("data-validation.jsonl"))
        #expect((result.trainCount, result.validationCount) == (40, 10))
        let train = try lines(result.trainPath), validation = try lines(result.validationPath)
        #expect(Set(train).isDisjoint(with: validation))
        #expect(Set(train + validation) == Set(try lines(url.path)))
        let again = try DatasetSplitter(validationFraction: 0.2, seed: 7, overwrite: true).split(path: url.path)
        #expect(try lines(again.validationPath) == validation)
        let other = try DatasetSplitter(validationFraction: 0.2, seed: 8, overwrite: true).split(path: url.path)
        #expect(try lines(other.validationPath) != validation)
    }

    @Test func refusesTinyFilesAndExistingOutputs() throws {
        let one = try makeFile(1)
        let error = try #require(throws: DatasetError.self) { try DatasetSplitter().split(path: one.path) }
        #expect(error.kind == .splitRefused)
        let two = try makeFile(2)
        let result = try DatasetSplitter(validationFraction: 0.01).split(path: two.path)
        #expect((result.trainCount, result.validationCount) == (1, 1))
        let exists = try #require(throws: DatasetError.self) { try DatasetSplitter().split(path: two.path) }
        #expect(exists.message.contains("--force"))
    }

    @Test func refusesLinesThatAreNotJSON() throws {
        let url = try temporaryFolder().appendingPathComponent("bad.jsonl")
        try Data("{}\n{oops\n{}\n".utf8).write(to: url)
        let error = try #require(throws: DatasetError.self) { try DatasetSplitter().split(path: url.path) }
        #expect(error.message.contains("line 2, column 2"))
    }
}
