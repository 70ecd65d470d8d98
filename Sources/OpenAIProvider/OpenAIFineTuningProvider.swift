import Dataset
import Foundation
import ProviderKit

/// OpenAI behind the provider seam.
public struct OpenAIFineTuningProvider: FineTuningProvider {
    public let client: OpenAIClient
    /// USD per 1M training tokens for a model, from the caller's catalog (nil when unknown).
    let trainingPrice: @Sendable (String) -> Double?

    public init(client: OpenAIClient, trainingPrice: @escaping @Sendable (String) -> Double?) {
        self.client = client
        self.trainingPrice = trainingPrice
    }

    public var displayName: String { "OpenAI" }

    public func uploadFile(path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        try await client.uploadFile(path: path, purpose: "fine-tune", progress: progress)
    }

    public func listFiles() async throws -> [ProviderFile] { try await client.listFiles() }
    public func file(id: String) async throws -> ProviderFile { try await client.file(id: id) }
    public func deleteFile(id: String) async throws { try await client.deleteFile(id: id) }

    /// OpenAI's rules are the validation report's; nothing more to check here.
    public func localFileProblems(path: String) throws -> [String] { [] }

    /// tokens x epochs x the model's training price (OpenAI has no price endpoint); "auto" epochs
    /// are the ones OpenAI's own rule picks, which the validation report computes.
    public func estimatePrice(_ request: JobRequest, trainingTokens: Int?, autoEpochs: Int?) async throws -> PriceEstimate {
        guard let price = trainingPrice(request.model) else {
            throw ProvidersError(.invalidRequest, "tunesmith's catalog has no training price for \(request.model); see OpenAI's pricing page")
        }
        guard let tokens = trainingTokens else {
            throw ProvidersError(.invalidRequest, "the training file's tokens are not known until it validates locally")
        }
        guard let epochs = request.epochs.value ?? autoEpochs, epochs > 0 else {
            throw ProvidersError(.invalidRequest, "the epochs are not known; pass --epochs")
        }
        return PriceEstimate(usd: price * Double(tokens * epochs) / 1e6, trainingTokens: tokens, epochs: epochs,
                             basis: String(format: "%d tokens x %d epochs x $%.2f per 1M training tokens", tokens, epochs, price))
    }

    /// The ranges of OpenAI's API reference, checked before a request is sent.
    public func checkLimits(_ request: JobRequest) async throws {
        if let epochs = request.epochs.value, !(1...50).contains(epochs) {
            throw ProvidersError(.invalidRequest, "OpenAI takes 1 to 50 epochs, not \(epochs)")
        }
        if request.batchSize == .max {
            throw ProvidersError(.invalidRequest, "OpenAI takes a batch size of 1 to 256, or none for its own choice; not max")
        }
        if let batch = request.batchSize.value, !(1...256).contains(batch) {
            throw ProvidersError(.invalidRequest, "OpenAI takes a batch size of 1 to 256, not \(batch)")
        }
        switch request.learningRate {
        case .multiplier(let multiplier) where !(multiplier > 0):
            throw ProvidersError(.invalidRequest, "the learning rate multiplier must be above 0")
        case .absolute(let rate):
            throw ProvidersError(.invalidRequest, "OpenAI takes a multiplier of its own learning rate, not a rate of \(rate); "
                + "pass --learning-rate-multiplier (2 doubles it, 0.5 halves it) or leave it out")
        default:
            break
        }
        if let beta = request.beta.value, !(beta > 0 && beta <= 2) {
            throw ProvidersError(.invalidRequest, "DPO's beta must be above 0 and at most 2")
        }
        if let suffix = request.suffix, suffix.isEmpty || suffix.count > 64 {
            throw ProvidersError(.invalidRequest, "the suffix must be 1 to 64 characters")
        }
    }

    public func createJob(_ request: JobRequest) async throws -> FineTuningJob { try await client.createJob(request) }
    public func listJobs(limit: Int) async throws -> [FineTuningJob] { try await client.listJobs(limit: limit) }
    public func job(id: String) async throws -> FineTuningJob { try await client.job(id: id) }
    public func cancelJob(id: String) async throws -> FineTuningJob { try await client.cancelJob(id: id) }
    public func pauseJob(id: String) async throws -> FineTuningJob { try await client.pauseJob(id: id) }
    public func resumeJob(id: String) async throws -> FineTuningJob { try await client.resumeJob(id: id) }
    public func events(jobID: String) async throws -> [JobEvent] { try await client.events(jobID: jobID) }
    public func checkpoints(jobID: String) async throws -> [JobCheckpoint] { try await client.checkpoints(jobID: jobID) }

    public func deleteModel(_ name: String) async throws { try await client.deleteModel(name) }

    public var chat: any ChatProvider { client }

    public func howToChat(with model: String, in place: ChatPlace) -> String {
        switch place {
        case .shell: "/use \(model) to chat with it"
        case .commandLine: "chat with it: tunesmith chat --model \(model)"
        }
    }
}
