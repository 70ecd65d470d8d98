import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program and waits for it with `waitpid`.
///
/// Foundation's `Process` is not used: on Linux it notices an exit through a socket the child
/// inherits, so a daemon the child leaves behind (an editor's server, tmux's server) keeps that
/// socket open and `waitUntilExit` never returns. Here the child gets standard input, output and
/// error and no other descriptor of ours.
public enum ChildProcess {
    public struct Outcome: Sendable {
        /// The exit status, or 128 + the signal that ended it.
        public let status: Int32
        public let output: String
    }

    /// Runs `arguments` (the program is looked up in PATH) on our terminal and returns its exit status.
    public static func runInForeground(_ arguments: [String]) throws(ChildProcessError) -> Int32 {
        let pid = try spawn(arguments) { _ in }
        return wait(for: pid)
    }

    /// Runs `arguments` with standard input from /dev/null and returns what it wrote to standard
    /// output and error (read to the end, so a daemon it starts must let go of them, as daemons do).
    public static func capture(_ arguments: [String]) throws(ChildProcessError) -> Outcome {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw ChildProcessError(program: arguments.first ?? "", errno: errno) }
        // Close-on-exec, so that no other child started meanwhile holds the write end open.
        ends.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
        let pid: pid_t
        do {
            pid = try spawn(arguments) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
                posix_spawn_file_actions_adddup2(&actions, ends[1], 2)
            }
        } catch {
            close(ends[0])
            close(ends[1])
            throw error
        }
        close(ends[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = read(ends[0], &buffer, buffer.count)
            if count > 0 {
                output += buffer[..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(ends[0])
        return Outcome(status: wait(for: pid), output: String(decoding: output, as: UTF8.self))
    }

    private static func spawn(_ arguments: [String], redirect: (inout posix_spawn_file_actions_t) -> Void) throws(ChildProcessError) -> pid_t {
        guard let program = arguments.first else { throw ChildProcessError(program: "", errno: ENOENT) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        redirect(&actions)
        if let closeFrom = addCloseFrom {
            _ = closeFrom(&actions, 3)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // A fresh signal state: our threads block signals and we ignore some (SIGPIPE), and an
        // editor that inherited that would not stop on Ctrl-C or a broken pipe.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        guard result == 0 else { throw ChildProcessError(program: program, errno: result) }
        return pid
    }

    private static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// glibc 2.34's `posix_spawn_file_actions_addclosefrom_np`, which Swift's Glibc module does not
    /// declare; without it (older glibc) the child inherits what is not close-on-exec.
    private static let addCloseFrom: CloseFrom? = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: CloseFrom.self) }
}

/// A program that could not be started.
public struct ChildProcessError: Error, CustomStringConvertible {
    public let program: String
    public let errno: Int32

    public var description: String {
        "could not start \(program): \(String(cString: strerror(errno))); check that it is installed and in PATH"
    }
}
