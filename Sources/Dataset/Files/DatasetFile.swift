import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only writer of training files. It never leaves a torn or interleaved line:
/// - append: under an exclusive `flock`, the whole line at once: small files (the usual hand-made
///   dataset) are rewritten beside and renamed into place; large ones get one `write` + `fsync`
///   guarded by an `AppendJournal` that undoes an interrupted append;
/// - replace or delete a line: named by number and by its `LineFingerprint`, checked again under the
///   lock (refused if the file changed since it was read); a temporary file in the same folder,
///   `fsync`, `rename`; every other line is copied byte for byte.
/// Rewrites take the same lock, and a writer that waited on a file that was renamed away opens the
/// new one, so two shells on one file cannot lose each other's lines. A dataset that is a symbolic
/// link is written through to its target; temporary files that killed processes left are removed.
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
    /// Returns the change, which `undo` takes back.
    @discardableResult
    public func append(line: String) throws -> FileEdit {
        precondition(!line.contains("\n"), "a JSONL line cannot contain a newline")
        return try withLockedFile { file in
            var bytes = Array(line.utf8)
            bytes.append(0x0A)
            if file.size > 0 {
                var last: UInt8 = 0
                if pread(file.fd, &last, 1, off_t(file.size - 1)) == 1 && last != 0x0A { bytes.insert(0x0A, at: 0) }
            }
            if file.size + bytes.count <= rewriteLimit {
                try file.replaceContents(with: try file.readAll() + bytes)
            } else {
                try file.appendInPlace(bytes)
            }
            return try FileEdit(offset: file.size, removed: [], inserted: bytes, after: file.target)
        }
    }

    @discardableResult
    public func append(_ example: TrainingExample) throws -> FileEdit {
        try append(line: example.jsonLine)
    }

    /// Replaces physical line `number` (1-based) with `line`, if it still says what `fingerprint` says.
    @discardableResult
    public func replaceLine(_ number: Int, expecting fingerprint: LineFingerprint, with line: String) throws -> FileEdit {
        precondition(!line.contains("\n"), "a JSONL line cannot contain a newline")
        return try rewrite(number, expecting: fingerprint, with: Array(line.utf8))
    }

    /// Deletes physical line `number` (1-based), if it still says what `fingerprint` says.
    @discardableResult
    public func deleteLine(_ number: Int, expecting fingerprint: LineFingerprint) throws -> FileEdit {
        try rewrite(number, expecting: fingerprint, with: nil)
    }

    /// Takes `edit` back, so the file is byte for byte what it was before it, if nothing else
    /// wrote to the file since (checked under the lock); otherwise nothing is written.
    public func undo(_ edit: FileEdit) throws {
        try withLockedFile(creating: false) { file in
            let now = try file.readAll()
            var info = stat()
            guard fstat(file.fd, &info) == 0, edit.isLatest(now, info) else {
                throw DatasetError(.exampleChanged, "\(path) changed since (another program or shell wrote to it), so it cannot be put back exactly; nothing was undone")
            }
            try file.replaceContents(with: edit.reverted(now))
        }
    }

    /// Example `k` (1-based; blank lines are not examples): its line, fingerprint and bytes.
    public func example(_ k: Int) throws -> ExampleLine {
        var seen = 0
        var found: ExampleLine?
        try JSONLReader.read(path: path) { lines in
            for line in lines where found == nil && !line.isBlank {
                seen += 1
                if seen == k { found = ExampleLine(example: k, line: line.number, fingerprint: LineFingerprint(line.bytes), bytes: Array(line.bytes)) }
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

    private func rewrite(_ number: Int, expecting fingerprint: LineFingerprint, with replacement: [UInt8]?) throws -> FileEdit {
        try withLockedFile(creating: false) { file in
            let old = try file.readAll()
            let ranges = LockedDataset.lineRanges(old)
            func fingerprintOf(_ index: Int) -> LineFingerprint {
                let content = LockedDataset.content(ranges[index], of: old, isFirst: index == 0)
                return old.withUnsafeBufferPointer { LineFingerprint(UnsafeBufferPointer(rebasing: $0[content])) }
            }
            guard ranges.indices.contains(number - 1), fingerprintOf(number - 1) == fingerprint else {
                var example = 0
                var now: Int?
                for index in ranges.indices where !LockedDataset.isBlank(ranges[index], of: old) {
                    example += 1
                    if fingerprintOf(index) == fingerprint {
                        now = example
                        break
                    }
                }
                let whereNow = now.map { "it is example \($0) now" } ?? "it is no longer in the file"
                throw DatasetError(
                    .exampleChanged,
                    "\(path) changed since the example was read (another program or shell edited it): line \(number) holds something else and \(whereNow); nothing was written")
            }
            let line = ranges[number - 1]
            let end = line.upperBound < old.count ? line.upperBound + 1 : line.upperBound
            var inserted: [UInt8] = []
            if let replacement {
                inserted = replacement
                inserted.append(0x0A)
            }
            try file.replaceContents(with: Array(old[..<line.lowerBound]) + inserted + old[end...])
            return try FileEdit(offset: line.lowerBound, removed: Array(old[line.lowerBound..<end]), inserted: inserted, after: file.target)
        }
    }

    /// Runs `body` on the file under its exclusive lock, with no append half done: a consistent
    /// snapshot to read (the split reads through this).
    func withSnapshot<T>(_ body: (_ fd: Int32, _ size: Int) throws -> T) throws -> T {
        try withLockedFile(creating: false, readOnlyWillDo: true) { file in try body(file.fd, file.size) }
    }

    /// Opens (creating) the file, takes an exclusive lock (a read-only descriptor will do for reading), and makes sure the lock is on the file
    /// that is at `path` now (not one a rewrite renamed away while we waited).
    private func withLockedFile<T>(creating: Bool = true, readOnlyWillDo: Bool = false, _ body: (LockedDataset) throws -> T) throws -> T {
        while true {
            var fd = open(path, O_RDWR | (creating ? O_CREAT : 0) | O_CLOEXEC, 0o644)
            if fd < 0 && readOnlyWillDo && (errno == EACCES || errno == EROFS) { fd = open(path, O_RDONLY | O_CLOEXEC) }
            guard fd >= 0 else { throw FileSystem.error("cannot open \(path)", hint: "check the path and its permissions") }
            defer { close(fd) }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { throw FileSystem.error("cannot lock \(path)", hint: "try again") }
            }
            var held = stat()
            var current = stat()
            guard fstat(fd, &held) == 0 else { throw FileSystem.error("cannot read \(path)", hint: "check the file") }
            if let problem = RegularFile.problem(path, mode: held.st_mode) { throw problem }
            guard let target = FileSystem.resolvedPath(path), stat(target, &current) == 0,
                current.st_ino == held.st_ino && current.st_dev == held.st_dev
            else {
                continue  // renamed away while we waited: the lock belongs to the new file
            }
            LeftoverFiles.removeDead(beside: target)
            let size = AppendJournal.recover(fd, size: Int(held.st_size), target: target)
            return try body(LockedDataset(path: path, target: target, fd: fd, size: size))
        }
    }
}
