import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Rewrites go through `FILE.tunesmith-PID-RANDOM.tmp`; a process killed mid-rewrite leaves one, as
/// big as the file. Writers remove those of processes that are no longer running.
enum LeftoverFiles {
    /// Creates a new temporary file beside `path`, with a name no other program can predict, and
    /// exclusively: never through a link someone planted, never over an existing file.
    static func createTemporary(for path: String, mode: mode_t) throws -> (path: String, fd: Int32) {
        for _ in 0..<16 {
            let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = path + ".tunesmith-\(getpid())-\(random).tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 { return (temporary, fd) }
            if errno != EEXIST { throw FileSystem.error("cannot create \(temporary)", hint: "check the folder's permissions; \(path) is unchanged") }
        }
        throw FileSystem.error("cannot create a temporary file beside \(path)", hint: "check the folder; \(path) is unchanged")
    }

    /// Removes `NAME.tunesmith-PID-RANDOM.tmp` (or the older `NAME.tunesmith-PID.tmp`) beside
    /// `path` for every PID that is not a running process.
    static func removeDead(beside path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".tunesmith-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(4)
            guard let pid = pid_t(middle.split(separator: "-", maxSplits: 1).first ?? ""), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
