#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Written and synced beside a large dataset before an append in place (`FILE.tunesmith-append`),
/// removed after it. If a kill interrupts the append, whoever takes the lock next cuts the file back
/// to `sizeBefore` — but only when the file is still the one described: the same inode, a size
/// between before and after, the same bytes before the append and, when whole, the appended bytes.
/// A journal that describes another file (an outside edit came first) is dropped and the file kept.
struct AppendJournal: Equatable {
    var device: UInt64
    var inode: UInt64
    var sizeBefore: Int
    var sizeAfter: Int
    /// SHA-256 of the bytes being appended.
    var appended: String
    /// SHA-256 of the (up to) `tailLength` bytes before `sizeBefore`.
    var tail: String

    static let tailLength = 64 << 10
    static let header = "tunesmith-append 2"

    static func path(for target: String) -> String { target + ".tunesmith-append" }

    /// The journal of appending `bytes` to the open file `fd` of `size` bytes.
    init(fd: Int32, size: Int, appending bytes: [UInt8]) throws {
        var info = stat()
        guard fstat(fd, &info) == 0, let tail = Checksum.sha256(fd, max(0, size - Self.tailLength)..<size) else {
            throw FileSystem.error("cannot read the dataset before appending", hint: "check the file; nothing was added")
        }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        sizeBefore = size
        sizeAfter = size + bytes.count
        appended = Checksum.sha256(bytes)
        self.tail = tail
    }

    var text: String {
        "\(Self.header) device=\(device) inode=\(inode) before=\(sizeBefore) after=\(sizeAfter) appended=\(appended) tail=\(tail)\n"
    }

    init?(text: String) {
        var fields: [Substring: Substring] = [:]
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count == 8, words[0] + " " + words[1] == Self.header else { return nil }
        for word in words.dropFirst(2) {
            guard let equals = word.firstIndex(of: "=") else { return nil }
            fields[word[..<equals]] = word[word.index(after: equals)...]
        }
        guard let device = fields["device"].flatMap({ UInt64($0) }), let inode = fields["inode"].flatMap({ UInt64($0) }),
            let before = fields["before"].flatMap({ Int($0) }), let after = fields["after"].flatMap({ Int($0) }),
            let appended = fields["appended"], let tail = fields["tail"]
        else { return nil }
        self.device = device
        self.inode = inode
        sizeBefore = before
        sizeAfter = after
        self.appended = String(appended)
        self.tail = String(tail)
    }

    /// Writes and syncs the journal at `path`.
    func write(to path: String) throws {
        let bytes = Array(text.utf8)
        let fd = FileSystem.createExclusively(path, mode: 0o600)
        guard fd >= 0, bytes.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }), fsync(fd) == 0 else {
            if fd >= 0 { close(fd) }
            throw FileSystem.error("cannot write \(path)", hint: "check free space and the folder's permissions; nothing was added")
        }
        close(fd)
    }

    /// Whether the locked file `fd`, now `size` bytes, is the one this journal describes, with the
    /// append unfinished or finished but never confirmed: then it is cut back to `sizeBefore`.
    func describes(_ fd: Int32, size: Int) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0, UInt64(info.st_dev) == device, UInt64(info.st_ino) == inode,
            sizeBefore <= size, size <= sizeAfter,
            Checksum.sha256(fd, max(0, sizeBefore - Self.tailLength)..<sizeBefore) == tail
        else { return false }
        return size < sizeAfter || Checksum.sha256(fd, sizeBefore..<sizeAfter) == appended
    }

    /// Run by every writer under the lock: undoes an append a killed process left (see above) and
    /// removes the journal. Returns the file's size afterwards.
    static func recover(_ fd: Int32, size: Int, target: String) -> Int {
        let path = Self.path(for: target)
        guard let text = FileSystem.readSmallFile(path) else { return size }
        defer { unlink(path) }
        // A journal that cannot be read was cut short while being written, before the append began.
        guard let journal = AppendJournal(text: text), journal.describes(fd, size: size), journal.sizeBefore < size else {
            return size
        }
        guard ftruncate(fd, off_t(journal.sizeBefore)) == 0 else { return size }
        _ = fsync(fd)
        return journal.sizeBefore
    }
}
