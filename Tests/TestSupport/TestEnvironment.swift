import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every test process gets a HOME and XDG folders of its own, made on first use, so no test
/// writes compiled tables into the user's `~/.cache/tunesmith`, reads their personas or leaves
/// drafts in their state folder. Rank files still come from `$TUNESMITH_ENCODINGS` when it is set,
/// else `../shared/encodings` (CI has it).
///
/// Everything in the test support that reads the environment (`TestEncodings`, `temporaryFolder`,
/// the environment given to the binary) goes through `variables` first.
public enum TestEnvironment {
    /// The process's environment after the HOME and XDG variables were pointed at fresh folders.
    public static var variables: [String: String] {
        _ = isolation
        return ProcessInfo.processInfo.environment
    }

    /// The fresh HOME of this test process.
    public static var home: String { isolation }

    /// The folder that holds the real user's HOME, for tests that check it stays untouched.
    public static let originalHome: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()

    private static let isolation: String = {
        _ = originalHome
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tunesmith-tests-home-\(getpid())-\(UUID().uuidString.prefix(8))").path
        let folders = ["HOME": base, "XDG_CACHE_HOME": base + "/.cache", "XDG_CONFIG_HOME": base + "/.config",
                       "XDG_STATE_HOME": base + "/.local/state", "XDG_DATA_HOME": base + "/.local/share"]
        for (name, path) in folders {
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            setenv(name, path, 1)
        }
        if ProcessInfo.processInfo.environment["TUNESMITH_ENCODINGS"] == nil, let shared = TestEncodings.sharedFolder {
            setenv("TUNESMITH_ENCODINGS", shared, 1)
        }
        // It holds the compiled rank tables (16 MB): gone when the test process ends.
        atexit { try? FileManager.default.removeItem(atPath: TestEnvironment.home) }
        return base
    }()
}
