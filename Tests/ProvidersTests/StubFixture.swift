import OpenAIProvider
import ProviderKit
import TestSupport

/// A running stub and a client pointed at it.
struct StubFixture {
    let stub: OpenAIStub
    let client: OpenAIClient

    static func start(retryPolicy: RetryPolicy = RetryPolicy(), uploadsThreshold: Int64 = 512_000_000,
                      partSize: Int64 = 64_000_000) async throws -> StubFixture {
        let stub = try await OpenAIStub.start()
        let configuration = OpenAIConfiguration(
            apiKey: await stub.apiKey, baseURL: await stub.baseURL, retryPolicy: retryPolicy,
            uploadsThreshold: uploadsThreshold, uploadPartSize: partSize)
        return StubFixture(stub: stub, client: OpenAIClient(configuration: configuration))
    }

    func with(apiKey: String) async -> OpenAIClient {
        OpenAIClient(configuration: OpenAIConfiguration(apiKey: apiKey, baseURL: await stub.baseURL))
    }
}

func sse(_ object: String) -> [UInt8] { Array("data: \(object)\n\n".utf8) }
