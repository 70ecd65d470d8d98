import Crypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written to a temporary name, synced, then renamed into place; its size and SHA-256 are
/// kept as it is written.
final class OutputFile {
    let final: String
    let temporary: String
    let fd: Int32
    private var buffer: [UInt8] = []
    private var hasher = SHA256()
    private(set) var size = 0
    private(set) var sha256 = ""

    init(final: String) throws {
        self.final = final
        (temporary, fd) = try LeftoverFiles.createTemporary(for: final, mode: 0o644)
    }

    deinit {
        close(fd)
        unlink(temporary)  // no-op after a successful rename
    }

    func write(_ line: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        guard buffer.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }) else {
            throw FileSystem.error("cannot write \(temporary)", hint: "check free space; nothing was changed")
        }
        buffer.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        size += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Everything written and synced; ready to rename.
    func finish() throws {
        try flush()
        guard fsync(fd) == 0 else { throw FileSystem.error("cannot write \(temporary)", hint: "check free space; nothing was changed") }
        sha256 = Checksum.hex(hasher.finalize())
    }

    func moveIntoPlace() throws {
        guard rename(temporary, final) == 0 else {
            throw FileSystem.error("cannot move \(temporary) to \(final)", hint: "check the folder's permissions, then try again")
        }
        FileSystem.syncFolder(of: final)
    }
}
