import Foundation
import TestSupport
import Testing

/// The tests never read or write the user's own HOME or XDG folders: rank tables are compiled,
/// personas read and drafts kept in folders of the test process's own.
struct TestIsolationTests {
    @Test func theTestProcessAndTheBinaryUseFoldersOfTheirOwn() async throws {
        let variables = TestEnvironment.variables
        #expect(TestEnvironment.home != TestEnvironment.originalHome)
        for name in ["HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"] {
            let value = try #require(variables[name], "\(name) is not set")
            #expect(value.hasPrefix(TestEnvironment.home), "\(name) is \(value)")
            #expect(ProcessInfo.processInfo.environment[name] == value, "\(name) is set in the process itself, for code that reads it")
        }
        #expect(TestEncodings.loader.userCacheDirectory == variables["XDG_CACHE_HOME"]! + "/tunesmith")
        let paths = try await TunesmithProcess.run(["encodings", "path"])
        #expect(paths.stdout.contains(variables["XDG_CACHE_HOME"]! + "/tunesmith/o200k_base.tiktoken  (user cache)"), "\(paths.stdout)")
        let cacheLines = paths.stdout.split(separator: "\n").filter { $0.contains("(user cache)") || $0.contains("compiled ") }
        #expect(!cacheLines.isEmpty && !cacheLines.contains { $0.contains(TestEnvironment.originalHome + "/") }, "\(paths.stdout)")
    }
}
