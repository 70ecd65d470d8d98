import Dataset
import Foundation
import TestSupport
import Testing

/// /train may use a split only when its record says the two halves belong to the dataset as it is.
struct SplitManifestTests {
    func makeFile(_ count: Int) throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("data.jsonl")
        let lines = (0..<count).map { #"{"messages":[{"role":"user","content":"q\#($0)"},{"role":"assistant","content":"a\#($0)"}]}"# }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    @Test func theStatusFollowsTheSplitsRecord() throws {
        let url = try makeFile(20)
        let folder = url.deletingLastPathComponent()
        #expect(DatasetSplitter.status(of: url.path) == .none)
        let result = try DatasetSplitter().split(path: url.path)
        #expect(DatasetSplitter.status(of: url.path) == .current(train: result.trainPath, validation: result.validationPath))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data-split.json").path))

        // A new train half beside the old validation half (what a kill between the renames leaves).
        let validation = try Data(contentsOf: URL(fileURLWithPath: result.validationPath))
        _ = try DatasetSplitter(validationFraction: 0.1, overwrite: true).split(path: url.path)
        try validation.write(to: URL(fileURLWithPath: result.validationPath))
        #expect(DatasetSplitter.status(of: url.path) == .stale("data-validation.jsonl changed since the split"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("data-split.json"))
        #expect(DatasetSplitter.status(of: url.path) == .stale(
            "data-train.jsonl and data-validation.jsonl have no record of a complete split (data-split.json is missing or unreadable: a split was interrupted, or made by an older tunesmith)"))

        _ = try DatasetSplitter(overwrite: true).split(path: url.path)
        try DatasetFile(path: url.path).append(line: #"{"messages":[{"role":"user","content":"new"},{"role":"assistant","content":"one"}]}"#)
        #expect(DatasetSplitter.status(of: url.path) == .stale("data.jsonl changed since it was split"))
        // Without the halves the whole file is trained on, whatever the record says.
        try FileManager.default.removeItem(atPath: result.trainPath)
        try FileManager.default.removeItem(atPath: result.validationPath)
        #expect(DatasetSplitter.status(of: url.path) == .none)
    }

    @Test func aSplitThatCannotPutBothHalvesInPlaceReplacesNeither() throws {
        let url = try makeFile(20)
        let result = try DatasetSplitter().split(path: url.path)
        let train = try Data(contentsOf: URL(fileURLWithPath: result.trainPath))
        // Something in the way of the validation half (a folder that is not empty).
        try FileManager.default.removeItem(atPath: result.validationPath)
        try FileManager.default.createDirectory(atPath: result.validationPath + "/x", withIntermediateDirectories: true)
        let error = try #require(throws: DatasetError.self) { try DatasetSplitter(validationFraction: 0.1, overwrite: true).split(path: url.path) }
        #expect(error.message.contains("data-validation.jsonl is not a regular file; move it away, then split again (nothing was changed)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: result.trainPath)) == train)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
    }
}
