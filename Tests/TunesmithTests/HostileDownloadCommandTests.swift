import Foundation
import TestSupport
import Testing

/// Tokenizer downloads from a server that never answers, answers for ever, or redirects in a
/// circle end in a sentence, in seconds, with the limits the API requests have.
@Suite(.timeLimit(.minutes(10)))
struct HostileDownloadCommandTests {
    func environment(_ endpoint: String, _ extra: [String: String] = [:]) throws -> [String: String] {
        let home = try temporaryFolder().path
        var environment = TunesmithProcess.environment
        for key in ["HF_HOME", "HF_TOKEN", "TUNESMITH_TOKENIZERS"] { environment[key] = nil }
        environment["HOME"] = home
        environment["XDG_CACHE_HOME"] = home + "/cache"
        environment["HF_HUB_CACHE"] = home + "/hub"
        environment["HF_ENDPOINT"] = endpoint
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// `tunesmith tokenizers fetch acme/Tiny-1B` against `endpoint`, and how long it took.
    func fetch(_ endpoint: String, _ extra: [String: String] = [:]) async throws -> (result: TunesmithProcess.Result, seconds: Double) {
        let environment = try environment(endpoint, extra)
        // Timed on the thread that waits for the process, so a busy test process cannot add to it.
        return try await runBlocking {
            let started = Date()
            let result = try TunesmithProcess.runBlocking(["tokenizers", "fetch", "acme/Tiny-1B"], environment: environment)
            return (result, Date().timeIntervalSince(started))
        }
    }

    @Test func aSilentServerIsGivenUpOnAfterTheResponseTimeout() async throws {
        let server = try await HostileServer.start()
        let (result, seconds) = try await fetch(server.baseURL(.silent), ["TUNESMITH_RESPONSE_TIMEOUT": "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("downloading tokenizer.json failed: 127.0.0.1:\(server.server.port) took the request but sent nothing for 1 s; "
            + "try again later, or wait longer with TUNESMITH_RESPONSE_TIMEOUT=SECONDS"), "\(result.stderr)")
        #expect(seconds < 60, "a silence of 1 s, not the 300 s of a fixed deadline")
        await server.shutdown()
    }

    @Test func aFileOverTheLimitEndsInASentenceWithTheVariable() async throws {
        let server = try await HostileServer.start()
        // An endless body, and a declared size over the limit (refused before it is read).
        for behaviour in [HostileServer.Behaviour.endlessJSON, .jsonForStream] {
            let (result, _) = try await fetch(server.baseURL(behaviour), ["TUNESMITH_MAX_DOWNLOAD_MB": "1"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(server.baseURL(behaviour))/acme/Tiny-1B/resolve/main/tokenizer.json is larger than 1 MB, the limit for one download, "
                + "so it was not kept; check the address, or raise TUNESMITH_MAX_DOWNLOAD_MB if the file is really this large"), "\(behaviour): \(result.stderr)")
            #expect(!result.stderr.contains("NIO"))
        }
        await server.shutdown()
    }

    @Test func aRedirectInACircleEndsInASentence() async throws {
        let server = try await HostileServer.start()
        let (result, _) = try await fetch(server.baseURL(.redirectLoop))
        #expect(result.status == 1)
        #expect(result.stderr.contains("was redirected more than 5 times, the last time to \(server.baseURL(.redirectLoop))/acme/Tiny-1B/resolve/main/tokenizer.json: "
            + "the addresses lead in a circle; check the address (HF_ENDPOINT for Hugging Face), or try again later"), "\(result.stderr)")
        await server.shutdown()
    }

    @Test func aRefusedConnectionIsSaidInWordsWithoutThePassword() async throws {
        let (result, seconds) = try await fetch("http://alice:hunter2secret@127.0.0.1:9")
        #expect(result.status == 1)
        #expect(result.stderr.contains("downloading tokenizer.json failed: 127.0.0.1:9 refused the connection: nothing is listening there; "
            + "check the address (HF_ENDPOINT for Hugging Face) and the network"), "\(result.stderr)")
        #expect(!result.stderr.contains("hunter2secret"))
        #expect(seconds < 5, "a refusal is an answer")
    }
}
