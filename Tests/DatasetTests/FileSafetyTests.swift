import Foundation
import TestSupport
import Testing

@testable import Dataset

#if canImport(Glibc)
    import Glibc
#endif

/// The line you meant, or nothing: replaces and deletes check what the line says, journals roll
/// back only the file they describe, links are written through, leftovers of the dead are removed.
struct FileSafetyTests {
    func contents(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    /// Read-modify-write of one shared file (the upload record, say) under the lock loses nothing,
    /// however many writers take turns (each opens the lock file itself, as another process would).
    @Test func updatesUnderTheLockLoseNothing() throws {
        let folder = try temporaryFolder()
        let counter = folder.appendingPathComponent("count").path
        try Data("0".utf8).write(to: URL(fileURLWithPath: counter))
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<25 {
                PrivateFiles.withLock(counter + ".lock") {
                    let now = Int(String(decoding: FileManager.default.contents(atPath: counter) ?? Data(), as: UTF8.self)) ?? -1000
                    try? PrivateFiles.replace(counter, with: Data(String(now + 1).utf8), temporary: counter + ".\(UUID().uuidString).tmp")
                }
            }
        }
        #expect(String(decoding: FileManager.default.contents(atPath: counter) ?? Data(), as: UTF8.self) == "200")
    }

    func write(_ lines: [String], to url: URL) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url, options: .atomic)
    }

    static let examples = (1...5).map { #"{"messages":[{"role":"user","content":"q\#($0)"},{"role":"assistant","content":"a\#($0)"}]}"# }

    @Test func aReplaceOrDeleteIsRefusedWhenItsLineMovedOrChanged() throws {
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        try write(Self.examples, to: url)
        let file = DatasetFile(path: url.path)
        let third = try file.example(3)
        // Another shell deletes example 1: example 3 is on line 2 now, line 3 holds example 4.
        try file.deleteLine(1, expecting: try file.example(1).fingerprint)
        let afterDelete = try contents(url)
        let moved = try #require(throws: DatasetError.self) { try file.replaceLine(third.line, expecting: third.fingerprint, with: #"{"x":1}"#) }
        #expect(moved.kind == .exampleChanged)
        #expect(moved.message.contains("line 3 holds something else and it is example 2 now; nothing was written"))
        #expect(throws: DatasetError.self) { try file.deleteLine(third.line, expecting: third.fingerprint) }
        #expect(try contents(url) == afterDelete)
        // Another program edits the line in place.
        let second = try file.example(2)
        try write([Self.examples[1], #"{"messages":[]}"#, Self.examples[3], Self.examples[4]], to: url)
        let changed = try #require(throws: DatasetError.self) { try file.deleteLine(second.line, expecting: second.fingerprint) }
        #expect(changed.message.contains("it is no longer in the file"))
        #expect(try file.exampleCount() == 4)
    }

    /// What a SIGKILL between the data's fsync and the journal's removal leaves: the whole line
    /// appended, and the journal beside it.
    func appendKilledBeforeTheJournalWasRemoved(_ url: URL, _ line: String, keep: Int? = nil) throws {
        let fd = open(url.path, O_RDWR | O_CLOEXEC)
        defer { close(fd) }
        let bytes = Array((line + "\n").utf8)
        let size = Int(lseek(fd, 0, SEEK_END))
        try AppendJournal(fd: fd, size: size, appending: bytes).write(to: AppendJournal.path(for: url.path))
        let written = Array(bytes.prefix(keep ?? bytes.count))
        #expect(written.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) } == written.count)
    }

    @Test func aJournalIsNotRolledBackOntoAFileEditedSince() throws {
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        let file = DatasetFile(path: url.path, rewriteLimit: 0)
        try write(Array(Self.examples.prefix(2)), to: url)
        try appendKilledBeforeTheJournalWasRemoved(url, Self.examples[2])
        // Another program rewrites the file (a new inode) with one more line in front.
        try write([Self.examples[4]] + Array(Self.examples.prefix(3)), to: url)
        try file.append(line: Self.examples[3])
        #expect(try contents(url) == ([Self.examples[4]] + Array(Self.examples.prefix(4))).joined(separator: "\n") + "\n")
        #expect(!FileManager.default.fileExists(atPath: url.path + ".tunesmith-append"))

        // An append in place by another program (the same inode, longer than the journal says).
        try write(Array(Self.examples.prefix(2)), to: url)
        try appendKilledBeforeTheJournalWasRemoved(url, Self.examples[2])
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((Self.examples[3] + "\n").utf8))
        try handle.close()
        try file.append(line: Self.examples[4])
        #expect(try contents(url) == Self.examples.joined(separator: "\n") + "\n")
    }

    @Test func aJournalOnTheFileItDescribesUndoesTheAppend() throws {
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        let file = DatasetFile(path: url.path, rewriteLimit: 0)
        try write(Array(Self.examples.prefix(2)), to: url)
        try appendKilledBeforeTheJournalWasRemoved(url, Self.examples[2], keep: 20)  // cut short by the kill
        try file.append(line: Self.examples[3])
        #expect(try contents(url) == [Self.examples[0], Self.examples[1], Self.examples[3]].joined(separator: "\n") + "\n")
        try appendKilledBeforeTheJournalWasRemoved(url, Self.examples[2])  // whole, but never confirmed
        try file.append(line: Self.examples[4])
        #expect(try contents(url) == [Self.examples[0], Self.examples[1], Self.examples[3], Self.examples[4]].joined(separator: "\n") + "\n")
    }

    @Test(arguments: [16 << 20, 0])
    func aDatasetThatIsASymbolicLinkIsWrittenThrough(_ rewriteLimit: Int) throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("real/data.jsonl")
        let link = folder.appendingPathComponent("train.jsonl")
        try write([Self.examples[0]], to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real/data.jsonl")
        let file = DatasetFile(path: link.path, rewriteLimit: rewriteLimit)
        try file.append(line: Self.examples[1])
        let first = try file.example(1)
        try file.replaceLine(first.line, expecting: first.fingerprint, with: Self.examples[2])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real/data.jsonl")
        #expect(try contents(target) == [Self.examples[2], Self.examples[1]].joined(separator: "\n") + "\n")
        try file.deleteLine(2, expecting: try file.example(2).fingerprint)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real/data.jsonl")
        #expect(try contents(target) == Self.examples[2] + "\n")
        let split = try DatasetSplitter(validationFraction: 0.5).split(path: try {
            try file.append(line: Self.examples[3])
            return link.path
        }())
        #expect(split.trainCount == 1 && split.validationCount == 1)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real/data.jsonl")
    }

    /// A PID that belonged to a process that has exited.
    func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func temporaryFilesOfKilledProcessesAreRemoved() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("data.jsonl")
        try write(Self.examples, to: url)
        let dead = try deadProcessID()
        let leftovers = ["data.jsonl", "data-train.jsonl", "data-validation.jsonl", "data-split.json"].map { folder.appendingPathComponent("\($0).tunesmith-\(dead).tmp").path }
        let running = folder.appendingPathComponent("data.jsonl.tunesmith-1.tmp").path  // PID 1 runs
        for path in leftovers + [running] { try Data(repeating: 0x41, count: 1000).write(to: URL(fileURLWithPath: path)) }
        let first = try DatasetFile(path: url.path).example(1)
        try DatasetFile(path: url.path).deleteLine(first.line, expecting: first.fingerprint)
        #expect(!FileManager.default.fileExists(atPath: leftovers[0]))
        _ = try DatasetSplitter(overwrite: true).split(path: url.path)
        for path in leftovers { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
        #expect(FileManager.default.fileExists(atPath: running))
    }
}
