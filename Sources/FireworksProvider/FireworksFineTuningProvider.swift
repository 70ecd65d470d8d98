import Foundation
import Models
import ProviderKit

/// Fireworks AI behind the provider seam: datasets for files, supervised and DPO jobs, always a
/// LoRA adapter, served afterwards by a dedicated deployment.
public struct FireworksFineTuningProvider: FineTuningProvider {
    public static let name = "fireworks"
    public static let pricingPage = "https://fireworks.ai/pricing"

    public let client: FireworksClient
    /// Where base models and training prices are looked up.
    public let catalog: ModelCatalog

    public init(client: FireworksClient, catalog: ModelCatalog = .shipped) {
        self.client = client
        self.catalog = catalog
    }

    public var displayName: String { "Fireworks" }

    public func uploadFile(path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        try await client.uploadDataset(path: path, progress: progress)
    }

    public func listFiles() async throws -> [ProviderFile] { try await client.listDatasets() }
    public func file(id: String) async throws -> ProviderFile { try await client.datasetFile(id: id) }
    public func deleteFile(id: String) async throws { try await client.deleteDataset(id: id) }

    public func localFileProblems(path: String) throws -> [String] { try FireworksFileRules.problems(path: path) }

    /// The base model's full name (`accounts/fireworks/models/qwen3-8b`) for what the author typed.
    public func baseModel(_ model: String) throws -> String {
        try FireworksClient.baseModel(model) { catalog.model(named: $0, provider: .fireworks)?.id }
    }

    /// Fireworks' own `:estimateCost` for the very body a supervised job sends. DPO jobs have no
    /// estimate API: the catalog's training price when it has one, else where to look.
    public func estimatePrice(_ request: JobRequest, trainingTokens: Int?, autoEpochs: Int?) async throws -> PriceEstimate {
        let epochs = request.epochs.value ?? 1
        let base = try baseModel(request.model)
        if request.method == .supervised, !request.trainingFile.isEmpty, let money = try await client.estimateCost(request, baseModel: base) {
            guard (money.currencyCode ?? "USD").uppercased() == "USD" else {
                throw ProvidersError(.invalidRequest, "Fireworks estimated \(money.amount) \(money.currencyCode ?? "") for this job, not in US dollars")
            }
            return PriceEstimate(usd: money.amount, trainingTokens: trainingTokens, epochs: epochs, basis: "Fireworks' estimateCost")
        }
        if let price = catalog.model(named: request.model, provider: .fireworks)?.trainingPrice, let trainingTokens {
            let usd = Double(trainingTokens * epochs) * price.usdPerMillion / 1_000_000
            return PriceEstimate(usd: usd, trainingTokens: trainingTokens, epochs: epochs,
                                 basis: String(format: "tokens x epochs x $%.2f per 1M (catalog %@)", price.usdPerMillion, price.asOf))
        }
        let why = request.method == .dpo ? "Fireworks estimates only supervised jobs" : "Fireworks gave no estimate"
        throw ProvidersError(.invalidRequest, "\(why), and tunesmith's catalog has no Fireworks training price for \(request.model); "
                             + "see \(Self.pricingPage)")
    }

    /// Fireworks' rules for a job, checked before anything is sent.
    public func checkLimits(_ request: JobRequest) async throws {
        func refuse(_ message: String) -> ProvidersError { ProvidersError(.invalidRequest, message) }
        _ = try baseModel(request.model)
        if !request.lora { throw refuse("Fireworks trains LoRA adapters only; drop --full") }
        if let rank = request.loraRank, !(4...64).contains(rank) || rank & (rank - 1) != 0 {
            throw refuse("Fireworks takes a LoRA rank that is a power of 2 from 4 to 64 (8 is its default), not \(rank)")
        }
        if let epochs = request.epochs.value, epochs < 1 { throw refuse("epochs must be at least 1, not \(epochs)") }
        switch request.learningRate {
        case .multiplier(let multiplier):
            throw refuse("Fireworks takes the learning rate itself, not a multiplier of \(multiplier); pass --learning-rate instead (such as 0.0001)")
        case .absolute(let rate) where !(rate > 0 && rate < 1):
            throw refuse("Fireworks' learning rate is absolute (such as 0.0001), not \(rate)")
        default:
            break
        }
        if request.batchSize == .max { throw refuse("Fireworks takes a number of samples per step, or none for its default; not max") }
        if let batch = request.batchSize.value, batch < 1 { throw refuse("the batch size is samples per step, at least 1, not \(batch)") }
        if let context = request.maxContextLength, context < 1 { throw refuse("the maximum context length must be at least 1 token") }
        if let beta = request.beta.value, !(beta > 0 && beta < 0.5) { throw refuse("Fireworks' DPO beta must be above 0 and below 0.5, not \(beta)") }
        if request.seed != nil { throw refuse("Fireworks takes no seed for a job; drop --seed") }
        if request.trainOnInputs == true {
            throw refuse("Fireworks trains on assistant messages only; give a message \"weight\": 0 in the file to skip it instead")
        }
        if request.evaluations != nil || request.checkpoints != nil {
            throw refuse("Fireworks takes no --evaluations or --checkpoints; drop them")
        }
        if request.method == .dpo && request.validationFile != nil {
            throw refuse("a Fireworks DPO job takes no validation file; drop --validation-file")
        }
        if let output = request.suffix, !FireworksResourceID.isValid(output) {
            throw refuse("--suffix names the output model on Fireworks: 1 to 63 lower-case letters, digits and dashes, starting with a letter, not \"\(output)\"")
        }
    }

    public func createJob(_ request: JobRequest) async throws -> FineTuningJob {
        try await client.createJob(request, baseModel: try baseModel(request.model))
    }

    public func listJobs(limit: Int) async throws -> [FineTuningJob] { try await client.listJobs(limit: limit) }
    public func job(id: String) async throws -> FineTuningJob { try await client.job(id: id) }
    public func cancelJob(id: String) async throws -> FineTuningJob { try await client.cancelJob(id: id) }

    public func pauseJob(id: String) async throws -> FineTuningJob {
        throw ProvidersError(.invalidRequest, "Fireworks cannot pause a job; cancel it, or let it finish")
    }

    public func resumeJob(id: String) async throws -> FineTuningJob { try await client.resumeJob(id: id) }

    /// Fireworks keeps no event log: each look gives the job's state and progress, one event per change.
    public func events(jobID: String) async throws -> [JobEvent] { try await client.progressEvents(jobID: jobID) }

    public func checkpoints(jobID: String) async throws -> [JobCheckpoint] {
        throw ProvidersError(.invalidRequest, "Fireworks lists no checkpoints for a fine-tuning job; its result is the output model "
                             + "(`tunesmith jobs show \(jobID) --provider fireworks`)")
    }

    public func howToChat(with model: String, in place: ChatPlace) -> String {
        let chat = place == .shell ? "`/use \(model)` with /provider fireworks" : "`tunesmith chat --provider fireworks --model \(model)`"
        return "Fireworks serves a fine-tuned LoRA only on a dedicated deployment, not serverless: `tunesmith endpoints create \(model) --provider fireworks` "
            + "(it bills per GPU-hour until deleted), wait until it is READY, then \(chat); delete the deployment when done"
    }

    public func deleteModel(_ name: String) async throws {
        _ = try await client.send(APIRequest(.DELETE, "/" + (try client.resourceName("models", name))))
    }

    public var chat: any ChatProvider { CompatibleChatClient(configuration: client.configuration.chatConfiguration) }
}
