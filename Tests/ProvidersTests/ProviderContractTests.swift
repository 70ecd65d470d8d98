import FireworksProvider
import Foundation
import OpenAIProvider
import ProviderKit
import TestSupport
import Testing
import TogetherProvider

/// One contract every provider module keeps, run against each one's stub server (each as strict
/// as its service's spec), through the descriptor the executable registers: what the shell and the
/// commands rely on behind `FineTuningProvider`.
@Suite(.timeLimit(.minutes(5)))
struct ProviderContractTests {
    /// A provider built from its descriptor and an environment that points at its stub.
    struct Subject {
        let provider: any FineTuningProvider
        let wrongKey: any FineTuningProvider
        /// A base model the stub trains.
        let model: String
        let shutdown: @Sendable () async -> Void
    }

    static func subject(_ name: String) async throws -> Subject {
        switch name {
        case "openai":
            let stub = try await OpenAIStub.start()
            let variables = ["OPENAI_API_KEY": await stub.apiKey, "OPENAI_BASE_URL": await stub.baseURL]
            return try make(.openAI, variables, model: "gpt-4.1-mini") { await stub.shutdown() }
        case "together":
            let stub = try await TogetherStub.start()
            let variables = ["TOGETHER_API_KEY": await stub.apiKey, "TOGETHER_BASE_URL": await stub.baseURL]
            return try make(.together, variables, model: "Qwen/Qwen3-8B") { await stub.shutdown() }
        case "in-memory":
            return Subject(provider: InMemoryFineTuningProvider(), wrongKey: InMemoryFineTuningProvider(key: "other"), model: "base-model", shutdown: {})
        default:
            let stub = try await FireworksStub.start()
            let variables = ["FIREWORKS_API_KEY": await stub.apiKey, "FIREWORKS_BASE_URL": await stub.baseURL, "FIREWORKS_ACCOUNT_ID": await stub.account]
            return try make(.fireworks, variables, model: "qwen3-8b") { await stub.shutdown() }
        }
    }

    static func make(_ descriptor: ProviderDescriptor, _ variables: [String: String], model: String,
                     shutdown: @escaping @Sendable () async -> Void) throws -> Subject {
        let environment = ProviderEnvironment(variables: variables)
        #expect(descriptor.isConfigured(environment))
        let wrong = environment.setting(descriptor.keyVariable, to: String(descriptor.keyVariable.lowercased().prefix(3)) + "_not_the_key_0123456789")
        return Subject(provider: try descriptor.makeFineTuning(environment), wrongKey: try descriptor.makeFineTuning(wrong), model: model, shutdown: shutdown)
    }

    /// Ten short Marv conversations: valid for every provider's file rules.
    static func trainingFile() throws -> String {
        let url = try temporaryFolder().appendingPathComponent("contract.jsonl")
        let lines = (1...10).map { k in
            #"{"messages":[{"role":"system","content":"Marv is sarcastic."},{"role":"user","content":"Question \#(k)?"},{"role":"assistant","content":"Answer \#(k), obviously."}]}"#
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url.path
    }

    /// The provider modules, and the in-memory provider the shell's tests may use (so it keeps the same contract).
    static let providers = ["openai", "together", "fireworks", "in-memory"]

    @Test(arguments: providers) func aFileIsUploadedListedAndShown(_ name: String) async throws {
        let subject = try await Self.subject(name)
        let path = try Self.trainingFile()
        #expect(try subject.provider.localFileProblems(path: path).isEmpty)
        let file = try await subject.provider.uploadFile(path: path, progress: nil)
        #expect(!file.id.isEmpty)
        #expect(try await subject.provider.listFiles().contains { $0.id == file.id })
        #expect(try await subject.provider.file(id: file.id).id == file.id)
        await subject.shutdown()
    }

    @Test(arguments: providers) func aJobIsCreatedFoundAndCancelled(_ name: String) async throws {
        let subject = try await Self.subject(name)
        let file = try await subject.provider.uploadFile(path: try Self.trainingFile(), progress: nil)
        let request = JobRequest(model: subject.model, trainingFile: file.id, epochs: .value(2))
        try await subject.provider.checkLimits(request)
        let job = try await subject.provider.createJob(request)
        #expect(!job.id.isEmpty)
        #expect(try await subject.provider.job(id: job.id).id == job.id)
        #expect(try await subject.provider.listJobs(limit: 10).contains { $0.id == job.id })
        _ = try await subject.provider.events(jobID: job.id)
        #expect(try await subject.provider.cancelJob(id: job.id).status == .cancelled)
        #expect(try await subject.provider.job(id: job.id).status == .cancelled)
        await subject.shutdown()
    }

    @Test(arguments: providers) func refusalsHaveKindsAndSayWhatToDo(_ name: String) async throws {
        let subject = try await Self.subject(name)
        let missing = await #expect(throws: ProvidersError.self) { try await subject.provider.job(id: "ftjob-does-not-exist") }
        #expect(missing?.kind == .notFound)
        let wrongKey = await #expect(throws: ProvidersError.self) { try await subject.wrongKey.listJobs(limit: 1) }
        #expect(wrongKey?.kind == .authentication)
        #expect(wrongKey?.message.contains("_API_KEY") == true)
        #expect(wrongKey?.message.contains("_not_the_key_") == false)
        let tooMany = await #expect(throws: ProvidersError.self) {
            try await subject.provider.checkLimits(JobRequest(model: subject.model, trainingFile: "f", epochs: .value(0)))
        }
        #expect(tooMany?.kind == .invalidRequest)
        #expect(!subject.provider.howToChat(with: "m", in: .shell).isEmpty)
        await subject.shutdown()
    }
}
