import Foundation
import ProviderKit
import Synchronization

/// The author's recent jobs at their provider, for Tab: job ids, and the fine-tuned models they
/// made. Kept for a short while per provider; a Tab waits briefly for a fetch and otherwise offers
/// what it has (a failure or no network means nothing to offer, never an error mid-line).
final class ProviderJobsCache: Sendable {
    /// How long a fetched list is used before the next Tab fetches it again.
    let lifetime: TimeInterval
    /// How long a Tab waits for a fetch before it goes on without it (the fetch carries on).
    let patience: TimeInterval

    private struct Entry {
        var jobs: [FineTuningJob] = []
        var fetchedAt: Date?
        var fetching = false
    }
    private let entries = Mutex<[String: Entry]>([:])

    init(lifetime: TimeInterval = 30, patience: TimeInterval = 0.8) {
        self.lifetime = lifetime
        self.patience = patience
    }

    /// The provider's latest jobs, newest first; fetched when missing or stale. While a fetch an
    /// earlier Tab started is still out, what was fetched before.
    func jobs(at provider: any FineTuningProvider) -> [FineTuningJob] {
        let key = provider.displayName
        let (cached, start) = entries.withLock { entries -> ([FineTuningJob], Bool) in
            var entry = entries[key] ?? Entry()
            let fresh = entry.fetchedAt.map { Date().timeIntervalSince($0) < lifetime } ?? false
            let start = !fresh && !entry.fetching
            if start { entry.fetching = true }
            entries[key] = entry
            return (entry.jobs, start)
        }
        guard start else { return cached }
        let done = DispatchSemaphore(value: 0)
        Task.detached { [self] in
            let jobs = (try? await provider.listJobs(limit: 50)) ?? []
            entries.withLock { $0[key] = Entry(jobs: jobs, fetchedAt: Date(), fetching: false) }
            done.signal()
        }
        _ = done.wait(timeout: .now() + patience)
        return entries.withLock { $0[key]?.jobs ?? [] }
    }
}
