import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Rewrites go through `FILE.tunesmith-PID.tmp`; a process killed mid-rewrite leaves one, as big as
/// the file. Writers remove those of processes that are no longer running.
enum LeftoverFiles {
    static func temporaryPath(for path: String) -> String { path + ".tunesmith-\(getpid()).tmp" }

    /// Removes `NAME.tunesmith-PID.tmp` beside `path` for every PID that is not a running process.
    static func removeDead(beside path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".tunesmith-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = pid_t(name.dropFirst(prefix.count).dropLast(4)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
