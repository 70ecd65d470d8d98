/// Follows a job until it ends: its status when it changes, each new event in order, and the
/// finished job. Provider-neutral; a passing network fault is tried again on the next poll.
public struct JobWatcher: Sendable {
    public enum Update: Sendable {
        case status(FineTuningJob)
        case event(JobEvent)
        case finished(FineTuningJob)
    }

    public let provider: any FineTuningProvider
    /// Seconds between polls.
    public var interval: Double
    /// Polls in a row that may fail before watching gives up.
    public var toleratedFailures: Int

    public init(provider: any FineTuningProvider, interval: Double = 10, toleratedFailures: Int = 5) {
        self.provider = provider
        self.interval = interval
        self.toleratedFailures = toleratedFailures
    }

    public func watch(jobID: String) -> AsyncThrowingStream<Update, Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                var lastStatus: JobStatus?
                var seen = Set<String>()
                var failures = 0
                do {
                    while true {
                        do {
                            let job = try await provider.job(id: jobID)
                            if job.status != lastStatus {
                                lastStatus = job.status
                                continuation.yield(.status(job))
                            }
                            for event in try await provider.events(jobID: jobID) where !seen.contains(event.id) {
                                seen.insert(event.id)
                                continuation.yield(.event(event))
                            }
                            failures = 0
                            if job.status.isFinished {
                                continuation.yield(.finished(job))
                                continuation.finish()
                                return
                            }
                        } catch let error as ProvidersError where [.connection, .timeout, .server, .rateLimited].contains(error.kind) {
                            failures += 1
                            if failures > toleratedFailures { throw error }
                        }
                        try await Task.sleep(nanoseconds: UInt64(interval * 1e9))
                    }
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
