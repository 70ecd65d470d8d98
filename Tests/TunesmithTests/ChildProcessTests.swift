import EditLine
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The way tunesmith runs $EDITOR (and the tests run tmux): status, output, and no leaked descriptors.
@Suite(.timeLimit(.minutes(5)))
struct ChildProcessTests {
    @Test func statusAndOutputAreReported() throws {
        let outcome = try ChildProcess.capture(["sh", "-c", "echo out; echo err >&2; exit 3"])
        #expect(outcome.status == 3)
        #expect(outcome.output == "out\nerr\n")
        #expect(try ChildProcess.capture(["sh", "-c", "kill -TERM $$"]).status == 128 + SIGTERM)
    }

    @Test func theChildGetsOnlyStandardInputOutputAndError() throws {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)  // not close-on-exec, as Foundation's own pipes are not
        defer { ends.forEach { close($0) } }
        let outcome = try ChildProcess.capture(["sh", "-c", "ls /proc/$$/fd"])
        #expect(outcome.output.split(separator: "\n") == ["0", "1", "2"])
    }

    @Test func aDaemonLeftBehindDoesNotHoldUpTheWait() throws {
        let start = ContinuousClock.now
        let outcome = try ChildProcess.capture(["sh", "-c", "sleep 30 </dev/null >/dev/null 2>&1 & echo started"])
        #expect(outcome.output == "started\n")
        #expect(ContinuousClock.now - start < .seconds(20), "the wait lasted as long as the daemon")
    }

    @Test func aMissingProgramSaysWhatToCheck() {
        #expect {
            _ = try ChildProcess.capture(["tunesmith-no-such-program"])
        } throws: { error in
            "\(error)" == "could not start tunesmith-no-such-program: No such file or directory; check that it is installed and in PATH"
        }
    }
}
