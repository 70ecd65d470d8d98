/// What a run tells its caller as it goes (for a progress bar; the module prints nothing).
public enum EvalProgress: Sendable, Hashable {
    /// `total` requests are to be sent; `kept` results came from earlier runs.
    case started(total: Int, kept: Int)
    /// One more request finished (answered or failed).
    case finished(done: Int, total: Int, failed: Int)
    /// A server said 429 too often: fewer requests at a time from now on.
    case slowedDown(concurrency: Int)
}

/// How a run went.
public struct EvalOutcome: Sendable, Hashable {
    /// Requests sent in this run (a request sent again after a 429 counts once).
    public var sent = 0
    /// Results reused from earlier runs.
    public var kept = 0
    public var failed = 0
    /// The fewest requests at a time the run went down to.
    public var lowestConcurrency: Int
}
