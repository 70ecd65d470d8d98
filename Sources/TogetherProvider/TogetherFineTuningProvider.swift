import Foundation
import ProviderKit

/// Together AI behind the provider seam.
public struct TogetherFineTuningProvider: FineTuningProvider {
    public let client: TogetherClient

    public init(client: TogetherClient) {
        self.client = client
    }

    public var displayName: String { "Together" }

    public func uploadFile(path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        try await client.uploadFile(path: path, progress: progress)
    }

    public func listFiles() async throws -> [ProviderFile] { try await client.listFiles() }
    public func file(id: String) async throws -> ProviderFile { try await client.file(id: id) }
    public func deleteFile(id: String) async throws { try await client.deleteFile(id: id) }

    public func localFileProblems(path: String) throws -> [String] { try TogetherFileRules.problems(path: path) }

    /// Together's own estimate (`estimate-price`) for the very body the job will send, once the
    /// training file is uploaded. OpenAI's auto epochs do not apply: Together's default is its own.
    public func estimatePrice(_ request: JobRequest, trainingTokens: Int?, autoEpochs: Int?) async throws -> PriceEstimate {
        guard !request.trainingFile.isEmpty, request.validationFile?.isEmpty != true else {
            throw ProvidersError(.invalidRequest, "Together estimates a price only for uploaded files; the price follows the upload")
        }
        let estimate = try await client.estimatePrice(request)
        guard estimate.estimation_available != false, let price = estimate.estimated_total_price else {
            let reason = estimate.unavailable_reason ?? "it gave no price"
            throw ProvidersError(.invalidRequest, "Together has no estimate for \(request.model): \(reason); its pricing page lists the rates")
        }
        var basis = "Together's estimate-price"
        if let tokens = estimate.estimated_train_token_count { basis += " for \(tokens) training tokens" }
        if estimate.allowed_to_proceed == false { basis += "; Together says the account's limit would not allow it" }
        return PriceEstimate(usd: price, trainingTokens: estimate.estimated_train_token_count, epochs: TogetherClient.epochs(request), basis: basis)
    }

    /// The model's limits (`models/limits`): epochs, batch size and learning rate, before any job request.
    public func checkLimits(_ request: JobRequest) async throws {
        if case .multiplier(let multiplier) = request.learningRate {
            throw ProvidersError(.invalidRequest, "Together takes the learning rate itself, not a multiplier of \(multiplier); pass --learning-rate (e.g. 1e-5) or leave it out")
        }
        let limits = try await client.limits(model: request.model)
        if let epochs = request.epochs.value, let maximum = limits.max_num_epochs, epochs > maximum || epochs < 1 {
            throw ProvidersError(.invalidRequest, "\(request.model) takes 1 to \(maximum) epochs on Together, not \(epochs)")
        }
        if case .absolute(let rate) = request.learningRate {
            if let minimum = limits.min_learning_rate, rate < minimum {
                throw ProvidersError(.invalidRequest, "the learning rate \(rate) is below \(request.model)'s minimum of \(minimum) (Together's rate is absolute, not a multiplier)")
            }
            if let maximum = limits.max_learning_rate, rate > maximum {
                throw ProvidersError(.invalidRequest, "the learning rate \(rate) is above \(request.model)'s maximum of \(maximum) (Together's rate is absolute, not a multiplier)")
            }
        }
        if request.lora, let rank = request.loraRank {
            if rank < 1 { throw ProvidersError(.invalidRequest, "a LoRA rank must be at least 1, not \(rank)") }
            if let maximum = limits.lora_training?.max_rank, rank > maximum {
                throw ProvidersError(.invalidRequest, "a LoRA rank of \(rank) is above \(request.model)'s maximum of \(maximum); pass --lora-rank \(maximum) or less")
            }
        }
        if let batch = request.batchSize.value, let training = request.lora ? limits.lora_training : limits.full_training {
            let maximum = (request.method == .dpo ? training.max_batch_size_dpo : nil) ?? training.max_batch_size
            if let minimum = training.min_batch_size, batch < minimum {
                throw ProvidersError(.invalidRequest, "a batch size of \(batch) is below \(request.model)'s minimum of \(minimum)")
            }
            if let maximum, batch > maximum {
                throw ProvidersError(.invalidRequest, "a batch size of \(batch) is above \(request.model)'s maximum of \(maximum) for \(request.lora ? "LoRA" : "full") training")
            }
        }
    }

    public func createJob(_ request: JobRequest) async throws -> FineTuningJob { try await client.createJob(request) }
    public func listJobs(limit: Int) async throws -> [FineTuningJob] { Array(try await client.listJobs().prefix(limit)) }
    public func job(id: String) async throws -> FineTuningJob { try await client.job(id: id) }
    public func cancelJob(id: String) async throws -> FineTuningJob { try await client.cancelJob(id: id) }

    public func pauseJob(id: String) async throws -> FineTuningJob {
        throw ProvidersError(.invalidRequest, "Together cannot pause a job; cancel it, then start a new one from its checkpoint")
    }

    public func resumeJob(id: String) async throws -> FineTuningJob {
        throw ProvidersError(.invalidRequest, "Together cannot resume a job; start a new one from its checkpoint")
    }

    public func events(jobID: String) async throws -> [JobEvent] { try await client.events(jobID: jobID) }
    public func checkpoints(jobID: String) async throws -> [JobCheckpoint] { try await client.checkpoints(jobID: jobID) }

    public func howToChat(with model: String, in place: ChatPlace) -> String {
        let chat = place == .shell ? "`/use ENDPOINT_NAME`" : "`tunesmith chat --provider together --model ENDPOINT_NAME`"
        return "Together serves fine-tuned models through a dedicated endpoint: `tunesmith endpoints create \(model)`, wait until it is STARTED, then \(chat); delete the endpoint when done, it bills per minute"
    }

    public func deleteModel(_ name: String) async throws {
        throw ProvidersError(.invalidRequest, "Together deletes fine-tuned models in its web console (api.together.ai/models), not through its API")
    }

    public var chat: any ChatProvider { CompatibleChatClient(configuration: client.configuration.chatConfiguration) }
}
