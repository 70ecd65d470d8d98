import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only writer of training files. It never leaves a torn or interleaved line:
/// - append: under an exclusive `flock`, the whole line at once: small files (the usual hand-made
///   dataset) are rewritten beside and renamed into place; large ones get one `write` + `fsync`
///   with a journal that undoes an interrupted append;
/// - replace or delete a line: a temporary file in the same folder, `fsync`, `rename`; every other
///   line is copied byte for byte.
/// Rewrites take the same lock, and a writer that waited on a file that was renamed away opens the
/// new one, so two shells on one file cannot lose each other's lines.
public struct DatasetFile: Sendable {
    public let path: String
    /// Files up to this size are appended to by rewriting them whole (temp file, fsync, rename),
    /// which a SIGKILL cannot tear; larger ones get one `write` guarded by a journal.
    public var rewriteLimit: Int

    public init(path: String, rewriteLimit: Int = 16 << 20) {
        self.path = path
        self.rewriteLimit = rewriteLimit
    }

    /// Appends one line (a newline is added; one is put first if the file's last line lacks it).
    public func append(line: String) throws {
        precondition(!line.contains("\n"), "a JSONL line cannot contain a newline")
        try withLockedFile { fd, size in
            var bytes = Array(line.utf8)
            bytes.append(0x0A)
            if size > 0 {
                var last: UInt8 = 0
                if pread(fd, &last, 1, off_t(size - 1)) == 1 && last != 0x0A { bytes.insert(0x0A, at: 0) }
            }
            if size + bytes.count <= rewriteLimit {
                try replaceContents(with: try readAll(fd, size) + bytes)
            } else {
                try appendInPlace(fd, size: size, bytes)
            }
        }
    }

    /// One `write` at the end and an `fsync`. The kernel may cut a multi-page write short when the
    /// process is killed, so the size before it is journaled beside the file first; whoever takes
    /// the lock next cuts an interrupted append back off (`recoverInterruptedAppend`).
    private func appendInPlace(_ fd: Int32, size: Int, _ bytes: [UInt8]) throws {
        let journal = Array("\(size)\n".utf8)
        let jfd = open(journalPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard jfd >= 0, journal.withUnsafeBytes({ FileSystem.writeAll(jfd, $0) }), fsync(jfd) == 0 else {
            if jfd >= 0 { close(jfd) }
            throw FileSystem.error("cannot write \(journalPath)", hint: "check the folder's permissions; nothing was added")
        }
        close(jfd)
        guard lseek(fd, 0, SEEK_END) >= 0, bytes.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }), fsync(fd) == 0 else {
            _ = ftruncate(fd, off_t(size))
            unlink(journalPath)
            throw FileSystem.error("cannot append to \(path)", hint: "check free space and permissions; nothing was added")
        }
        unlink(journalPath)
    }

    private var journalPath: String { path + ".tunesmith-append" }

    /// Cuts off an append that a killed process left unfinished (see `appendInPlace`).
    private func recoverInterruptedAppend(_ fd: Int32, size: Int) -> Int {
        guard let text = try? String(contentsOfFile: journalPath, encoding: .utf8), let before = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return size
        }
        if before < size && ftruncate(fd, off_t(before)) == 0 { _ = fsync(fd) }
        unlink(journalPath)
        return min(before, size)
    }

    private func readAll(_ fd: Int32, _ size: Int) throws -> [UInt8] {
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

    public func append(_ example: TrainingExample) throws {
        try append(line: example.jsonLine)
    }

    /// Replaces physical line `number` (1-based) with `line`.
    public func replaceLine(_ number: Int, with line: String) throws {
        precondition(!line.contains("\n"), "a JSONL line cannot contain a newline")
        try rewrite(number) { Array(line.utf8) }
    }

    /// Deletes physical line `number` (1-based).
    public func deleteLine(_ number: Int) throws {
        try rewrite(number) { nil }
    }

    /// The physical line number of example `k` (1-based; blank lines are not examples).
    public func lineNumber(ofExample k: Int) throws -> Int {
        var seen = 0
        var found: Int?
        try JSONLReader.read(path: path) { lines in
            for line in lines where found == nil && !line.isBlank {
                seen += 1
                if seen == k { found = line.number }
            }
        }
        guard let found, k >= 1 else {
            throw DatasetError(.noSuchExample, "\(path) has \(seen) examples, so there is no example \(k); list them to see their numbers")
        }
        return found
    }

    /// How many examples (non-blank lines) the file has; 0 when it does not exist yet.
    public func exampleCount() throws -> Int {
        guard FileSystem.exists(path) else { return 0 }
        var count = 0
        try JSONLReader.read(path: path) { lines in count += lines.lazy.filter { !$0.isBlank }.count }
        return count
    }

    private func rewrite(_ number: Int, replacement: () -> [UInt8]?) throws {
        try withLockedFile { fd, size in
            let old = try readAll(fd, size)
            // Find the byte range of the line.
            var start = 0
            var line = 1
            while line < number, let newline = old[start...].firstIndex(of: 0x0A) {
                start = newline + 1
                line += 1
            }
            guard number >= 1, line == number, start < size else {
                throw DatasetError(.noSuchExample, "\(path) has no line \(number); list the examples to see their numbers")
            }
            let end = old[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? size
            var new = Array(old[..<start])
            if let replacement = replacement() {
                new += replacement
                new.append(0x0A)
            }
            new += old[end...]
            try replaceContents(with: new)
        }
    }

    /// Writes `bytes` to a temporary file beside the dataset, syncs it, and renames it over the dataset.
    private func replaceContents(with bytes: [UInt8]) throws {
        let temporary = path + ".tunesmith-\(getpid()).tmp"
        var info = stat()
        let mode = stat(path, &info) == 0 ? mode_t(info.st_mode & 0o7777) : 0o644
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileSystem.error("cannot create \(temporary)", hint: "check the folder's permissions") }
        let ok = bytes.withUnsafeBytes { FileSystem.writeAll(fd, $0) } && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw FileSystem.error("cannot replace \(path)", hint: "check free space and permissions; the file is unchanged")
        }
        FileSystem.syncFolder(of: path)
    }

    /// Opens (creating) the file, takes an exclusive lock, and makes sure the lock is on the file
    /// that is at `path` now (not one a rewrite renamed away while we waited).
    private func withLockedFile<T>(_ body: (Int32, Int) throws -> T) throws -> T {
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw FileSystem.error("cannot open \(path)", hint: "check the path and its permissions") }
            defer { close(fd) }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { throw FileSystem.error("cannot lock \(path)", hint: "try again") }
            }
            var held = stat()
            var current = stat()
            guard fstat(fd, &held) == 0 else { throw FileSystem.error("cannot read \(path)", hint: "check the file") }
            if stat(path, &current) != 0 || current.st_ino != held.st_ino || current.st_dev != held.st_dev {
                continue  // renamed away while we waited: the lock belongs to the new file
            }
            return try body(fd, recoverInterruptedAppend(fd, size: Int(held.st_size)))
        }
    }
}
