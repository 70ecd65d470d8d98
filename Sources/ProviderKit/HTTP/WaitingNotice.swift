import Synchronization

/// A line for a person watching a terminal while a server is slow to answer. The executable sets
/// `show` when standard error is a terminal; nothing is shown otherwise.
public enum WaitingNotice {
    /// Seconds without an answer before the notice.
    static let after: Double = 3

    private static let handler = Mutex<(@Sendable (String) -> Void)?>(nil)

    /// Where notices go (nil: nowhere).
    public static func show(with body: (@Sendable (String) -> Void)?) { handler.withLock { $0 = body } }

    /// Runs `operation`; when it is still running after a few seconds, says `what` and how long
    /// tunesmith will wait.
    static func `while`<T: Sendable>(_ what: String, limit: Double, _ operation: () async throws -> T) async throws -> T {
        guard let show = handler.withLock({ $0 }), limit > after else { return try await operation() }
        let notice = Task {
            try await Task.sleep(nanoseconds: UInt64(after * 1e9))
            show("\(what) (no answer yet; giving up after \(HTTPLimits.seconds(limit)), Ctrl-C stops)")
        }
        defer { notice.cancel() }
        return try await operation()
    }
}
