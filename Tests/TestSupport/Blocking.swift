import Foundation

/// Runs blocking work (sleeps, process waits, fsyncs) on a Dispatch thread, so it never holds one
/// of Swift's few cooperative threads that a stub server in the same test process needs.
public func runBlocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
