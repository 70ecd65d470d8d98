import AsyncHTTPClient
import NIOCore
import Synchronization

/// An upload has no deadline for the whole request (500 MB on a slow link takes as long as it
/// takes); what ends it is the server not taking the body. AsyncHTTPClient pulls the body only
/// while the connection can take more, so a body that has not been pulled from for the response
/// timeout means the server stopped reading it. (Its own write timeout measures the opposite: a
/// body that was slow to produce bytes while the connection was ready for them.)
final class UploadWatch: Sendable {
    private struct State {
        var lastPull = ContinuousClock.now
        var finished = false
    }

    private let state = Mutex(State())

    /// `chunks`, noting each time the client asks for more and when the body is done.
    func watching(_ chunks: MultipartChunks) -> WatchedChunks { WatchedChunks(chunks: chunks, watch: self) }

    fileprivate func pulled(finished: Bool = false) {
        state.withLock {
            $0.lastPull = .now
            $0.finished = $0.finished || finished
        }
    }

    /// Returns once the whole body was taken; throws `UploadStalled` when none of it was taken for `limit` seconds.
    func wait(limit: Double) async throws {
        let limit = Duration.milliseconds(Int64(limit * 1000))
        while true {
            let (finished, idle) = state.withLock { ($0.finished, ContinuousClock.now - $0.lastPull) }
            if finished { return }
            if idle >= limit { throw UploadStalled() }
            try await Task.sleep(for: min(limit - idle, .milliseconds(500)))
        }
    }

    /// Runs `execute`; ends it with `UploadStalled` when the server stops taking the body.
    func run(limit: Double, _ execute: @escaping @Sendable () async throws -> HTTPClientResponse) async throws -> HTTPClientResponse {
        try await withThrowingTaskGroup(of: HTTPClientResponse?.self) { group in
            group.addTask { try await execute() }
            group.addTask {
                try await self.wait(limit: limit)
                return nil
            }
            while let result = try await group.next() {
                if let response = result {
                    group.cancelAll()
                    return response
                }
            }
            throw UploadStalled()  // not reached: the request's task always returns or throws
        }
    }
}

/// The server stopped reading an upload's body.
struct UploadStalled: Error {}

/// An upload body that tells its `UploadWatch` when it is read.
struct WatchedChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let chunks: MultipartChunks
    let watch: UploadWatch

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: MultipartChunks.AsyncIterator
        let watch: UploadWatch

        mutating func next() async throws -> ByteBuffer? {
            watch.pulled()
            let chunk = try await base.next()
            watch.pulled(finished: chunk == nil)
            return chunk
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: chunks.makeAsyncIterator(), watch: watch) }
}
