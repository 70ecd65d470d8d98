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

    /// When the file last changed, to the nanosecond; nil when it is not there.
    static func modificationTime(_ path: String) -> (seconds: Int, nanoseconds: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            return (info.st_mtimespec.tv_sec, info.st_mtimespec.tv_nsec)
        #else
            return (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        #endif
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
