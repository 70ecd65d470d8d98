#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files tunesmith reads as files: regular ones only. A FIFO would block for ever and a device
/// (`/dev/zero`) never ends; standard input is read as a stream only where a command means to.
public enum RegularFile {
    /// Opens `path` for reading (without waiting for a FIFO's writer) and throws unless it is a
    /// regular file; returns the descriptor.
    public static func openForReading(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystem.error("cannot open \(path)", hint: "check the path and its permissions") }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let failure = FileSystem.error("cannot read \(path)", hint: "check the file")
            close(fd)
            throw failure
        }
        if let problem = problem(path, mode: info.st_mode) {
            close(fd)
            throw problem
        }
        // Regular files never block; reads go back to the ordinary kind.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// Throws unless `path` is a regular file (after symbolic links).
    public static func check(_ path: String) throws {
        close(try openForReading(path))
    }

    static func problem(_ path: String, mode: mode_t) -> DatasetError? {
        let what: String
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return DatasetError(.fileSystem, "\(path) is a folder; name a .jsonl file")
        case S_IFIFO: what = "a FIFO (named pipe)"
        case S_IFCHR: what = "a character device"
        case S_IFBLK: what = "a block device"
        case S_IFSOCK: what = "a socket"
        default: what = "not a regular file"
        }
        return DatasetError(.fileSystem, "\(path) is \(what), not a regular file; name a file on disk (to read a stream, pipe it to standard input where the command takes one)")
    }
}
