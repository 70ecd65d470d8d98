import Foundation
import ProviderKit
import Synchronization

/// A fine-tuning provider that lives in memory, for the tests of what sits above the seam (the
/// shell, the workflows): no socket, no stub. It keeps the same contract as the provider modules
/// (`ProviderContractTests` runs it beside them), so a test that passes here means the same there.
public final class InMemoryFineTuningProvider: FineTuningProvider {
    struct State {
        var files: [ProviderFile] = []
        var jobs: [FineTuningJob] = []
        var events: [String: [JobEvent]] = [:]
    }

    private let state = Mutex(State())
    private let key: String
    private let acceptedKey: String
    /// The base models it trains.
    public let models: Set<String>
    /// A provider's name, for the tests where the shell looks it up in the catalog ("Together").
    public let displayName: String
    /// Like Together: a price only for a file already uploaded.
    public let pricesUploadedFilesOnly: Bool

    public init(key: String = "mem-key", acceptedKey: String = "mem-key", models: Set<String> = ["base-model"], displayName: String = "InMemory",
                pricesUploadedFilesOnly: Bool = false) {
        self.key = key
        self.acceptedKey = acceptedKey
        self.models = models
        self.displayName = displayName
        self.pricesUploadedFilesOnly = pricesUploadedFilesOnly
    }

    private func authorize() throws {
        guard key == acceptedKey else { throw ProvidersError(.authentication, "InMemory: the key is wrong; check IN_MEMORY_API_KEY", status: 401) }
    }

    public func uploadFile(path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        try authorize()
        guard let data = FileManager.default.contents(atPath: path) else { throw ProvidersError(.file, "cannot read \(path); check the path") }
        progress?(Int64(data.count), Int64(data.count))
        return state.withLock { state in
            let file = ProviderFile(id: "file-\(state.files.count + 1)", filename: (path as NSString).lastPathComponent, bytes: Int64(data.count),
                                    createdAt: Date(), purpose: "fine-tune", status: "processed")
            state.files.append(file)
            return file
        }
    }

    public func listFiles() async throws -> [ProviderFile] {
        try authorize()
        return state.withLock { $0.files }
    }

    public func file(id: String) async throws -> ProviderFile {
        try authorize()
        guard let file = state.withLock({ $0.files.first { $0.id == id } }) else { throw ProvidersError(.notFound, "InMemory: no file \(id); list them", status: 404) }
        return file
    }

    public func deleteFile(id: String) async throws {
        _ = try await file(id: id)
        state.withLock { $0.files.removeAll { $0.id == id } }
    }

    public func localFileProblems(path: String) throws -> [String] { [] }

    public func estimatePrice(_ request: JobRequest, trainingTokens: Int?, autoEpochs: Int?) async throws -> PriceEstimate {
        guard let trainingTokens else { throw ProvidersError(.invalidRequest, "InMemory prices only a checked file's tokens") }
        if pricesUploadedFilesOnly, request.trainingFile.isEmpty { throw ProvidersError(.invalidRequest, "InMemory prices only an uploaded file") }
        let epochs = request.epochs.value ?? autoEpochs ?? 1
        return PriceEstimate(usd: Double(trainingTokens * epochs) / 1_000_000, trainingTokens: trainingTokens, epochs: epochs,
                             basis: "tokens x epochs x $1.00 per 1M")
    }

    public func checkLimits(_ request: JobRequest) async throws {
        guard models.contains(request.model) else { throw ProvidersError(.invalidRequest, "InMemory does not train \(request.model)") }
        if let epochs = request.epochs.value, !(1...10).contains(epochs) {
            throw ProvidersError(.invalidRequest, "InMemory takes 1 to 10 epochs, not \(epochs)")
        }
    }

    public func createJob(_ request: JobRequest) async throws -> FineTuningJob {
        try authorize()
        return try state.withLock { state in
            guard state.files.contains(where: { $0.id == request.trainingFile }) else {
                throw ProvidersError(.badRequest, "InMemory: no file \(request.trainingFile); upload it first", status: 400)
            }
            var job = FineTuningJob(id: "job-\(state.jobs.count + 1)", model: request.model, status: .queued)
            job.trainingFile = request.trainingFile
            job.createdAt = Date()
            state.jobs.append(job)
            state.events[job.id] = [JobEvent(id: "ev-1", createdAt: Date(), level: "info", message: "job queued")]
            return job
        }
    }

    public func listJobs(limit: Int) async throws -> [FineTuningJob] {
        try authorize()
        return state.withLock { Array($0.jobs.reversed().prefix(limit)) }
    }

    public func job(id: String) async throws -> FineTuningJob {
        try authorize()
        guard let job = state.withLock({ $0.jobs.first { $0.id == id } }) else { throw ProvidersError(.notFound, "InMemory: no job \(id); list them", status: 404) }
        return job
    }

    private func setStatus(_ id: String, _ status: JobStatus) async throws -> FineTuningJob {
        _ = try await job(id: id)
        return state.withLock { state in
            let index = state.jobs.firstIndex { $0.id == id }!
            state.jobs[index].status = status
            state.events[id, default: []].append(JobEvent(id: "ev-\(state.events[id, default: []].count + 1)", createdAt: Date(), level: "info",
                                                          message: "job \(status)"))
            return state.jobs[index]
        }
    }

    public func cancelJob(id: String) async throws -> FineTuningJob { try await setStatus(id, .cancelled) }
    public func pauseJob(id: String) async throws -> FineTuningJob { try await setStatus(id, .paused) }
    public func resumeJob(id: String) async throws -> FineTuningJob { try await setStatus(id, .running) }

    public func events(jobID: String) async throws -> [JobEvent] {
        _ = try await job(id: jobID)
        return state.withLock { $0.events[jobID] ?? [] }
    }

    public func checkpoints(jobID: String) async throws -> [JobCheckpoint] {
        _ = try await job(id: jobID)
        return []
    }

    public func deleteModel(_ name: String) async throws { try authorize() }

    public func howToChat(with model: String, in place: ChatPlace) -> String { "chat with \(model) in memory" }

    public var chat: any ChatProvider { UnreachableChat() }
}

/// The in-memory provider serves no chat: asking says so.
struct UnreachableChat: ChatProvider {
    var displayName: String { "InMemory" }
    func chat(_ request: ChatRequest) async throws -> ChatCompletion { throw Self.refusal }
    func streamChat(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamChunk, Error> {
        AsyncThrowingStream { $0.finish(throwing: Self.refusal) }
    }
    func listModels() async throws -> [ServedModel] { throw Self.refusal }
    static let refusal = ProvidersError(.invalidRequest, "the in-memory provider serves no chat; use a stub server for chat")
}
