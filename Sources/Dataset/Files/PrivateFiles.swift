import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files only their owner may read (0600 in 0700 folders): drafts hold unpublished data.
public enum PrivateFiles {
    /// Creates the folder (and missing parents) as 0700, and tightens it when it was created looser.
    public static func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        _ = chmod(path, 0o700)
    }

    /// Replaces `path` with `data` through `temporary` (written, synced, renamed), so a crash leaves
    /// the old file or the new one, and only a temporary file its owner can recognise.
    public static func replace(_ path: String, with data: Data, temporary: String) throws {
        let descriptor = createExclusively(temporary, flags: O_WRONLY)
        guard descriptor >= 0 else { throw posixError() }
        let synced = writeAll(descriptor, data) && fsync(descriptor) == 0
        let error = posixError()
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw synced ? posixError() : error
        }
    }

    /// Creates `path` (0600) holding `data`; false when it exists already (or is a link) or the
    /// write fails. For a file whose random name nobody else can have meant.
    public static func create(_ path: String, holding data: Data) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return writeAll(descriptor, data)
    }

    static func writeAll(_ descriptor: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }

    /// Creates `path` (0600) anew, never through a link: a leftover or a planted link is removed
    /// first. -1 on failure, with errno.
    public static func createExclusively(_ path: String, flags: Int32) -> Int32 {
        let all = flags | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        let descriptor = open(path, all, 0o600)
        guard descriptor < 0 && errno == EEXIST, unlink(path) == 0 else { return descriptor }
        return open(path, all, 0o600)
    }

    public static func posixError() -> POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }

    /// Runs `body` holding an exclusive lock on `lockPath` (a 0600 file, created when missing), so
    /// that processes updating one small shared file in turn do not lose each other's changes.
    /// Without a lock file (a read-only folder) `body` runs unlocked: the callers are best effort.
    public static func withLock<T>(_ lockPath: String, _ body: () throws -> T) rethrows -> T {
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        return try body()
    }

    /// Takes the exclusive lock on an open file without waiting.
    public static func tryLock(_ descriptor: Int32) -> Bool { flock(descriptor, LOCK_EX | LOCK_NB) == 0 }

    /// Whether process `pid` still runs (a process of another user counts as running).
    public static func isRunning(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }
}
