import Foundation
import OpenAIProvider
import ProviderKit
import TestSupport
import Testing

/// An upload has no deadline for the whole request (a large file on a slow link takes long), so
/// what ends it when the server stops reading is the silence of the body: in seconds, in words,
/// and without sending it again.
@Suite(.timeLimit(.minutes(10)))
struct HostileUploadTests {
    /// `body`'s outcome, or nil when it is still running after `seconds` (it is then cancelled).
    func outcome<T: Sendable>(within seconds: Double, _ body: @escaping @Sendable () async throws -> T) async -> Result<T, any Error>? {
        await withTaskGroup(of: Result<T, any Error>?.self) { group in
            group.addTask {
                do { return .success(try await body()) } catch { return .failure(error) }
            }
            group.addTask {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    @Test func anUploadTheServerStopsReadingEndsInSecondsAndIsNotSentAgain() async throws {
        let server = try await DeafServer.start()
        // Larger than every buffer between client and server, so the body cannot all be written.
        let url = try temporaryFolder().appendingPathComponent("train.jsonl")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 64 << 20)
        try handle.close()
        let limits = HTTPLimits(connectTimeout: 10, responseTimeout: 2, maximumResponseBytes: 1 << 20)
        let client = OpenAIClient(configuration: OpenAIConfiguration(apiKey: "sk-test-0123456789abcdef", baseURL: server.baseURL, limits: limits))
        let started = Date()
        // Within 90 s, not the 600 s of a whole-request deadline (and not never).
        let result = await outcome(within: 90) { try await client.uploadFile(path: url.path) }
        let elapsed = Date().timeIntervalSince(started)
        guard case .failure(let failure) = try #require(result, "the upload was still running after 90 s") else {
            Issue.record("a server that reads nothing accepted the upload")
            return
        }
        let error = try #require(failure as? ProvidersError, "\(failure)")
        #expect(error.kind == .timeout)
        #expect(error.message == "OpenAI at \(server.baseURL) stopped taking the upload for 2 s. It was not sent again, since the server may have started on it. "
            + "Try again later, or wait longer with TUNESMITH_RESPONSE_TIMEOUT=SECONDS")
        #expect(elapsed < 90)
        #expect(server.connections == 1, "sent once, on one connection")
        await server.shutdown()
    }
}
