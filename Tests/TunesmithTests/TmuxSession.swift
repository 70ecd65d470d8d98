import EditLine
import Foundation
import Testing

/// A real terminal for the shell: tmux runs it; tests type keys and read the screen.
///
/// tmux is started through `ChildProcess`, not Foundation's `Process`: the tmux server outlives the
/// client that starts it and would keep `Process`'s exit-watching socket open, so the first
/// `waitUntilExit` on a machine with no tmux server running would never return.
struct TmuxSession {
    let name = "tunesmith-test-\(UUID().uuidString.prefix(8))"
    /// A server of this session's own, without the user's configuration, shut down with the session.
    /// One server per session: a session started while the previous one's server is still shutting
    /// down would otherwise meet "server exited unexpectedly".
    var socket: String { "tunesmith-tests-\(getpid())-\(name.suffix(8))" }

    static let available: Bool = {
        let found = (try? ChildProcess.capture(["tmux", "-V"]).status) == 0
        if !found && ProcessInfo.processInfo.environment["CI"] != "true" {
            print("⚠️ SKIPPING terminal tests: tmux is not installed (scripts/test installs it).")
        }
        return found || ProcessInfo.processInfo.environment["CI"] == "true"
    }()

    /// Starts `arguments` (the binary and its arguments) in a `width`x30 window with `environment`.
    init(_ arguments: [String], environment: [String: String], directory: URL, width: Int = 120) throws {
        let assignments = environment.map { "\($0.key)=\(Self.quoted($0.value))" }.joined(separator: " ")
        let command = "cd \(Self.quoted(directory.path)) && env -i \(assignments) \(arguments.map(Self.quoted).joined(separator: " ")); sleep 30"
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", "30", command])
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outcome = try ChildProcess.capture(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
        guard outcome.status == 0 else { throw TmuxFailure(arguments: arguments, outcome: outcome) }
        return outcome.output
    }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }
    /// Presses keys by tmux name (Enter, Tab, Up, C-c, C-d).
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// Waits until the screen shows what `predicate` wants; the limit only catches a hang.
    func waitFor(_ what: String, _ predicate: (String) -> Bool) async throws -> String {
        for _ in 0..<300 {
            let text = try screen()
            if predicate(text) { return text }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        let text = try screen()
        Issue.record("the screen never showed \(what):\n\(text)")
        return text
    }

    func waitFor(_ fragment: String) async throws -> String {
        try await waitFor("\"\(fragment)\"") { $0.contains(fragment) }
    }

    func kill() { _ = try? tmux(["kill-session", "-t", name]) }
}

struct TmuxFailure: Error, CustomStringConvertible {
    let arguments: [String]
    let outcome: ChildProcess.Outcome
    var description: String { "tmux \(arguments.joined(separator: " ")) exited \(outcome.status): \(outcome.output)" }
}
