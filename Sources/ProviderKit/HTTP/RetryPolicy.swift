import Foundation
import NIOHTTP1

/// When to try a request again, as OpenAI's official SDK decides: up to 2 retries; obey
/// `x-should-retry`; otherwise retry 408, 409, 429 and 5xx; wait what `retry-after-ms` or
/// `retry-after` says when it is at most 120 s, else back off exponentially with jitter.
public struct RetryPolicy: Sendable {
    public var maxRetries: Int
    public var maximumServerDelay: Double

    public init(maxRetries: Int = 2, maximumServerDelay: Double = 120) {
        self.maxRetries = maxRetries
        self.maximumServerDelay = maximumServerDelay
    }

    /// How safe a request is to send twice.
    public enum Safety: Sendable {
        /// Reads, deletes, uploads, chat: retried by the policy after an error status; after a broken
        /// connection only reads and deletes are sent again.
        case idempotent
        /// Creating a fine-tuning job: retried only when the server cannot have accepted it
        /// (the connection never opened, or the server said 429 / `x-should-retry: true`).
        case notRepeatable
    }

    public enum Decision: Equatable, Sendable {
        case retry(after: Double)
        case fail
        /// The server asked for a longer wait than we are willing to sleep.
        case failAskedToWait(Double)
    }

    public func decision(status: Int, headers: HTTPHeaders, attempt: Int, safety: Safety, jitter: Double = .random(in: 0..<1)) -> Decision {
        guard attempt < maxRetries else { return .fail }
        let shouldRetry: Bool
        switch headers.first(name: "x-should-retry")?.lowercased() {
        case "true": shouldRetry = true
        case "false": shouldRetry = false
        default:
            switch safety {
            case .idempotent: shouldRetry = [408, 409, 429].contains(status) || status >= 500
            case .notRepeatable: shouldRetry = status == 429
            }
        }
        guard shouldRetry else { return .fail }
        if let wait = serverDelay(headers) {
            if wait > maximumServerDelay { return .failAskedToWait(wait) }
            if wait > 0 { return .retry(after: wait) }
        }
        return .retry(after: backoff(attempt: attempt, jitter: jitter))
    }

    /// After a connection failure: retried when the request cannot have reached the server, or
    /// when it is idempotent.
    public func decisionAfterConnectionFailure(neverSent: Bool, attempt: Int, safety: Safety, jitter: Double = .random(in: 0..<1)) -> Decision {
        guard attempt < maxRetries, neverSent || safety == .idempotent else { return .fail }
        return .retry(after: backoff(attempt: attempt, jitter: jitter))
    }

    /// After a request got no response: sent again when it cannot have reached the server, or when
    /// it is an idempotent read or delete that broke off; never after the server went silent on it
    /// (it is up, and busy or stuck), and never after a refusal (nothing listens there).
    func decisionAfterConnectionFailure(_ failure: ConnectionFailure, attempt: Int, request: APIRequest) -> Decision {
        switch failure.cause {
        case .refused, .unknownHost, .silent, .deadline: return .fail
        default: break
        }
        let repeatable = request.safety == .idempotent && (request.method == .GET || request.method == .DELETE)
        return decisionAfterConnectionFailure(neverSent: failure.neverSent, attempt: attempt, safety: repeatable ? .idempotent : .notRepeatable)
    }

    /// min(0.5 * 2^attempt, 8) seconds, less up to 25% jitter.
    public func backoff(attempt: Int, jitter: Double) -> Double {
        min(0.5 * pow(2, Double(attempt)), 8) * (1 - 0.25 * jitter)
    }

    func serverDelay(_ headers: HTTPHeaders) -> Double? {
        if let ms = headers.first(name: "retry-after-ms").flatMap(Double.init) { return ms / 1000 }
        guard let value = headers.first(name: "retry-after") else { return nil }
        if let seconds = Double(value) { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { $0.timeIntervalSinceNow }
    }
}
