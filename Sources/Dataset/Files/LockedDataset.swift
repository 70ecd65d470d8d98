#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A dataset file held under its exclusive lock: the open descriptor, its size once any interrupted
/// append was undone, and `target`, the real file behind `path` (through any symbolic links), which
/// is the one a rewrite replaces.
struct LockedDataset {
    let path: String
    let target: String
    let fd: Int32
    let size: Int

    func readAll() throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, size - done, off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw FileSystem.error("cannot read \(path)", hint: "check the file") }
            done += n
        }
        return bytes
    }

    /// Writes `bytes` to a temporary file beside the target, syncs it, and renames it over the target.
    func replaceContents(with bytes: [UInt8]) throws {
        var info = stat()
        let mode = fstat(fd, &info) == 0 ? mode_t(info.st_mode & 0o7777) : 0o644
        let (temporary, out) = try LeftoverFiles.createTemporary(for: target, mode: mode)
        _ = fchmod(out, mode)  // the dataset's own mode, whatever the umask
        let ok = bytes.withUnsafeBytes { FileSystem.writeAll(out, $0) } && fsync(out) == 0
        close(out)
        guard ok, rename(temporary, target) == 0 else {
            let failure = FileSystem.error("cannot replace \(path)", hint: "check free space and permissions; the file is unchanged")
            unlink(temporary)
            throw failure
        }
        FileSystem.syncFolder(of: target)
    }

    /// One `write` at the end and an `fsync`, guarded by an `AppendJournal`: the kernel may cut a
    /// multi-page write short when the process is killed, and the next writer undoes that.
    func appendInPlace(_ bytes: [UInt8]) throws {
        let journalPath = AppendJournal.path(for: target)
        try AppendJournal(fd: fd, size: size, appending: bytes).write(to: journalPath)
        guard lseek(fd, 0, SEEK_END) >= 0, bytes.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }), fsync(fd) == 0 else {
            let failure = FileSystem.error("cannot append to \(path)", hint: "check free space and permissions; nothing was added")
            _ = ftruncate(fd, off_t(size))
            unlink(journalPath)
            throw failure
        }
        unlink(journalPath)
    }

    /// Each physical line's byte range, without its `\n`; a last line without one counts too.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            ranges.append(start..<newline)
            start = newline + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// A line's content as `JSONLReader` gives it: without a `\r` before the newline, or line 1's BOM.
    static func content(_ range: Range<Int>, of bytes: [UInt8], isFirst: Bool) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        if isFirst && upper - lower >= 3 && bytes[lower] == 0xEF && bytes[lower + 1] == 0xBB && bytes[lower + 2] == 0xBF { lower += 3 }
        if upper > lower && bytes[upper - 1] == 0x0D { upper -= 1 }
        return lower..<upper
    }

    static func isBlank(_ range: Range<Int>, of bytes: [UInt8]) -> Bool {
        bytes[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
