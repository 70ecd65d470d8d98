import NIOHTTP1
import ProviderKit
import Testing

struct RetryPolicyTests {
    let policy = RetryPolicy()

    @Test func followsTheSDK() {
        #expect(policy.decision(status: 429, headers: ["retry-after-ms": "250"], attempt: 0, safety: .idempotent) == .retry(after: 0.25))
        #expect(policy.decision(status: 503, headers: ["retry-after": "3"], attempt: 1, safety: .idempotent) == .retry(after: 3))
        #expect(policy.decision(status: 500, headers: [:], attempt: 0, safety: .idempotent, jitter: 0) == .retry(after: 0.5))
        #expect(policy.decision(status: 500, headers: [:], attempt: 1, safety: .idempotent, jitter: 1) == .retry(after: 0.75))
        #expect(policy.decision(status: 500, headers: [:], attempt: 2, safety: .idempotent) == .fail)
        #expect(policy.decision(status: 400, headers: [:], attempt: 0, safety: .idempotent) == .fail)
        #expect(policy.decision(status: 400, headers: ["x-should-retry": "true"], attempt: 0, safety: .idempotent, jitter: 0) == .retry(after: 0.5))
        #expect(policy.decision(status: 503, headers: ["x-should-retry": "false"], attempt: 0, safety: .idempotent) == .fail)
        #expect(policy.decision(status: 429, headers: ["retry-after": "600"], attempt: 0, safety: .idempotent) == .failAskedToWait(600))
        #expect(policy.backoff(attempt: 10, jitter: 0) == 8)
    }

    @Test func jobCreationIsNotRepeatedOnceItMayHaveBeenAccepted() {
        #expect(policy.decision(status: 500, headers: [:], attempt: 0, safety: .notRepeatable) == .fail)
        #expect(policy.decision(status: 408, headers: [:], attempt: 0, safety: .notRepeatable) == .fail)
        #expect(policy.decision(status: 429, headers: ["retry-after-ms": "10"], attempt: 0, safety: .notRepeatable) == .retry(after: 0.01))
        #expect(policy.decisionAfterConnectionFailure(neverSent: false, attempt: 0, safety: .notRepeatable) == .fail)
        #expect(policy.decisionAfterConnectionFailure(neverSent: true, attempt: 0, safety: .notRepeatable, jitter: 0) == .retry(after: 0.5))
    }
}
