#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reads and atomic writes with plain POSIX calls: the cache file is read with one
/// `read` into memory the rank table then adopts, which keeps a cold start short.
enum FileBytes {
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The file's bytes in fresh 8-byte-aligned memory the caller owns, or nil when it cannot be read.
    static func read(_ path: String) -> UnsafeMutableRawBufferPointer? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
        var done = 0
        while done < size {
            let n = posixRead(fd, buffer.baseAddress! + done, size - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                buffer.deallocate()
                return nil
            }
            done += n
        }
        return buffer
    }

    static func readArray(_ path: String) -> [UInt8]? {
        guard let buffer = read(path) else { return nil }
        defer { buffer.deallocate() }
        return Array(buffer.bindMemory(to: UInt8.self))
    }

    /// Writes all of `bytes` to a temporary file beside `path`, fsyncs it and renames it into place,
    /// so a reader sees either the old file or the whole new one.
    static func writeAtomically(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot create \(temporary)") }
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                close(fd)
                unlink(temporary)
                throw failure("cannot write \(temporary)")
            }
            done += n
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure("cannot move \(temporary) to \(path)")
        }
    }

    /// Creates `path` and its parents (like `mkdir -p`).
    static func makeDirectories(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw failure("cannot create the folder \(current)")
            }
        }
    }

    private static func failure(_ what: String) -> TokenizersError {
        TokenizersError(.fileSystem, "\(what): \(String(cString: strerror(errno))); check the folder's permissions and free space")
    }
}

@inline(__always)
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
