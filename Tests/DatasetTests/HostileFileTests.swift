import Foundation
import TestSupport
import Testing

@testable import Dataset

#if canImport(Glibc)
    import Glibc
#endif

/// Files made to hurt: a FIFO, a device, a sparse file that is one endless line, and links planted
/// where tunesmith writes its temporary files.
@Suite(.timeLimit(.minutes(10)))
struct HostileFileTests {
    static let examples = (1...5).map { #"{"messages":[{"role":"user","content":"q\#($0)"},{"role":"assistant","content":"a\#($0)"}]}"# }

    func dataset(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("data.jsonl")
        try Data((Self.examples.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    @Test func aFIFOAndADeviceAreRefusedAtOnceNotReadForEver() throws {
        let fifo = try temporaryFolder().appendingPathComponent("pipe.jsonl").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let pipe = try #require(throws: DatasetError.self) { try JSONLReader.read(path: fifo) { _ in } }
        #expect(pipe.message == "\(fifo) is a FIFO (named pipe), not a regular file; name a file on disk (to read a stream, pipe it to standard input where the command takes one)")
        let device = try #require(throws: DatasetError.self) { try JSONLReader.read(path: "/dev/zero") { _ in } }
        #expect(device.message.hasPrefix("/dev/zero is a character device, not a regular file"))
    }

    @Test func aSparseFileIsOneLineTooLongAndIsNotReadWhole() throws {
        let path = try temporaryFolder().appendingPathComponent("sparse.jsonl").path
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        #expect(ftruncate(fd, 40 << 20) == 0)  // 40 MB of zeros that take no disk
        // The reader stops growing its buffer at the limit and measures the rest in 1 MB pieces.
        close(fd)
        let error = try #require(throws: DatasetError.self) { try JSONLReader.read(path: path, maximumLineBytes: 1 << 20) { _ in } }
        #expect(error.message.hasPrefix("line 1 is 40 MB; the limit is 1.0 MB for one line"), "\(error.message)")
        #expect(JSONLReader.defaultMaximumLineBytes == 128 << 20)
    }

    /// The predictable names of earlier versions, planted as links to a file that must not change.
    func plantLinks(beside dataset: URL, to victim: URL) throws -> [String] {
        let names = ["data.jsonl", "data-train.jsonl", "data-validation.jsonl", "data-split.json"].map { "\($0).tunesmith-\(getpid()).tmp" }
            + ["data.jsonl.tunesmith-append"]
        let folder = dataset.deletingLastPathComponent()
        for name in names {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: victim.path)
        }
        return names.map { folder.appendingPathComponent($0).path }
    }

    @Test func plantedLinksNeverRedirectARewriteAnAppendOrASplit() throws {
        let folder = try temporaryFolder()
        let url = try dataset(in: folder)
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        _ = try plantLinks(beside: url, to: victim)
        let file = DatasetFile(path: url.path, rewriteLimit: 0)  // every append goes in place, through a journal
        try file.append(line: Self.examples[0])
        let first = try file.example(1)
        try DatasetFile(path: url.path).deleteLine(first.line, expecting: first.fingerprint)  // a rewrite
        _ = try DatasetSplitter(overwrite: true).split(path: url.path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(try DatasetFile(path: url.path).exampleCount() == 5)
    }

    @Test func temporaryFilesHaveNamesNoOneCanPredict() throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("data.jsonl").path
        let (first, firstFD) = try LeftoverFiles.createTemporary(for: target, mode: 0o600)
        let (second, secondFD) = try LeftoverFiles.createTemporary(for: target, mode: 0o600)
        close(firstFD)
        close(secondFD)
        #expect(first != second)
        #expect(first.hasPrefix(target + ".tunesmith-\(getpid())-") && first.hasSuffix(".tmp"))
    }
}
