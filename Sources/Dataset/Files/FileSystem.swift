#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small POSIX helpers for the dataset's file operations.
enum FileSystem {
    static func error(_ what: String, hint: String) -> DatasetError {
        DatasetError(.fileSystem, "\(what): \(String(cString: strerror(errno))); \(hint)")
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The path with every symbolic link resolved: the file a rewrite must replace, so that a
    /// dataset that is a link keeps being one. Nil when it does not exist.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A few bytes of text (a journal); nil when the file is missing or unreadable.
    static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 4096)
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        return n >= 0 ? String(decoding: bytes[..<n], as: UTF8.self) : nil
    }

    /// Creates `path` anew for writing, never through a link: under the dataset's lock, whatever
    /// is in the way (a stale file, a planted link) is removed first. -1 on failure, with errno.
    static func createExclusively(_ path: String, mode: mode_t) -> Int32 {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        let fd = open(path, flags, mode)
        guard fd < 0 && errno == EEXIST, unlink(path) == 0 else { return fd }
        return open(path, flags, mode)
    }

    /// Writes all bytes, retrying short writes and interrupts.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// fsyncs the folder holding `path`, so a rename into it survives a power cut.
    static func syncFolder(of path: String) {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let fd = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
