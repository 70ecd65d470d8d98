import OpenAIProvider
import ProviderKit
import Testing
import TogetherProvider

/// A multiplier and a rate are different numbers: each provider refuses the one it does not take,
/// before anything is sent, instead of reading 1e-5 as a multiplier (or 2 as a rate).
@Suite struct LearningRateTests {
    @Test func openAIRefusesARateAndTakesAMultiplier() async throws {
        let openAI = OpenAIFineTuningProvider(client: OpenAIClient(configuration: OpenAIConfiguration(apiKey: "sk-test", baseURL: "http://127.0.0.1:9/v1")),
                                              trainingPrice: { _ in nil })
        let error = await #expect(throws: ProvidersError.self) {
            try await openAI.checkLimits(JobRequest(model: "gpt-4.1-mini", trainingFile: "f", learningRate: .absolute(1e-5)))
        }
        #expect(error?.message.contains("pass --learning-rate-multiplier") == true)
        try await openAI.checkLimits(JobRequest(model: "gpt-4.1-mini", trainingFile: "f", learningRate: .multiplier(2)))
    }

    /// `max` is Together's; OpenAI takes a number or its own choice.
    @Test func openAIRefusesTheLargestBatch() async throws {
        let openAI = OpenAIFineTuningProvider(client: OpenAIClient(configuration: OpenAIConfiguration(apiKey: "sk-test", baseURL: "http://127.0.0.1:9/v1")),
                                              trainingPrice: { _ in nil })
        let error = await #expect(throws: ProvidersError.self) {
            try await openAI.checkLimits(JobRequest(model: "gpt-4.1-mini", trainingFile: "f", batchSize: .max))
        }
        #expect(error?.message.contains("not max") == true)
        try await openAI.checkLimits(JobRequest(model: "gpt-4.1-mini", trainingFile: "f", batchSize: .value(16)))
    }

    @Test func togetherRefusesAMultiplierWithoutAsking() async throws {
        // Nothing listens at this address: the refusal must come before any request.
        let together = TogetherFineTuningProvider(client: TogetherClient(configuration: TogetherConfiguration(apiKey: "k", baseURL: "http://127.0.0.1:9/v1")))
        let error = await #expect(throws: ProvidersError.self) {
            try await together.checkLimits(JobRequest(model: "Qwen/Qwen3-8B", trainingFile: "f", learningRate: .multiplier(2)))
        }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.message.contains("pass --learning-rate (e.g. 1e-5)") == true)
    }
}
