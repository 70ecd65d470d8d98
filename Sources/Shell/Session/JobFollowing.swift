import Foundation
import ProviderKit

/// Following a job until it ends, as `/watch` and `jobs watch` both do: each update goes through
/// a `JobWatchDisplay` to `write`; Ctrl-C stops the watching, never the job.
public enum JobFollowing {
    public enum Outcome: Sendable {
        /// The job ended (succeeded, failed or was cancelled).
        case finished(FineTuningJob)
        /// Ctrl-C: the job goes on.
        case stopped
        /// Watching gave up (the provider kept failing).
        case failed(any Error)
    }

    public static func follow(_ id: String, provider: any FineTuningProvider, interval: Double, display: JobWatchDisplay,
                              interrupts: InterruptSource?, write: @escaping @Sendable (String) -> Void) async -> Outcome {
        let watching = Task { () -> Outcome in
            var display = display
            defer { write(display.finish()) }
            do {
                for try await update in JobWatcher(provider: provider, interval: interval).watch(jobID: id) {
                    write(display.show(update))
                    if case .finished(let job) = update { return .finished(job) }
                }
                // The stream ends early only when this task was cancelled.
                return .stopped
            } catch {
                return Task.isCancelled ? .stopped : .failed(error)
            }
        }
        let interrupt = interrupts.map { source in Task { await source.next(); watching.cancel() } }
        let outcome = await watching.value
        interrupt?.cancel()
        return outcome
    }
}
