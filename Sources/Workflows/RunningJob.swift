import Foundation
import ProviderKit

/// The job an author most likely means when they name none: the newest one still going.
public enum RunningJob {
    /// The newest job that has not finished, among the provider's latest; nil when every one has.
    public static func newest(with provider: any FineTuningProvider) async throws -> FineTuningJob? {
        let going = try await provider.listJobs(limit: 20).filter { !$0.status.isFinished }
        // Providers list newest first, but not all say so: the creation time decides when given.
        return going.enumerated().max { a, b in
            switch (a.element.createdAt, b.element.createdAt) {
            case let (x?, y?) where x != y: x < y
            default: a.offset > b.offset
            }
        }?.element
    }
}
