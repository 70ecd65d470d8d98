import Dataset
import Foundation
import NIOHTTP1

extension OpenAIClient {
    /// Creates a job. Never retried once the server may have accepted it.
    public func createJob(_ request: JobRequest) async throws -> Decoded<FineTuningJob> {
        var hyperparameters = JSONObject()
        func put<V>(_ key: String, _ value: AutoOr<V>) {
            if let value = value.value { hyperparameters[key] = .number("\(value)") }
        }
        put("n_epochs", request.epochs)
        put("batch_size", request.batchSize)
        put("learning_rate_multiplier", request.learningRate)
        if request.method == .dpo { put("beta", request.beta) }
        var body = JSONObject([.init("model", .string(request.model)), .init("training_file", .string(request.trainingFile))])
        if let validation = request.validationFile { body["validation_file"] = .string(validation) }
        if let suffix = request.suffix { body["suffix"] = .string(suffix) }
        if let seed = request.seed { body["seed"] = .number("\(seed)") }
        if !request.metadata.isEmpty {
            body["metadata"] = .object(JSONObject(request.metadata.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value)) }))
        }
        body["method"] = .object(JSONObject([
            .init("type", .string(request.method.rawValue)),
            .init(request.method.rawValue, .object(JSONObject([.init("hyperparameters", .object(hyperparameters))]))),
        ]))
        let job = try await call(
            APIRequest(.POST, "/fine_tuning/jobs", body: .json(Data(JSONWriter.string(.object(body)).utf8)), safety: .notRepeatable),
            as: OpenAIWire.Job.self)
        return Decoded(value: job.value.job, raw: job.raw)
    }

    public func listJobs(limit: Int = 20) async throws -> (jobs: [FineTuningJob], raw: [JSONValue]) {
        let (items, raw) = try await listAll("/fine_tuning/jobs", limit: min(limit, 100), id: { (job: OpenAIWire.Job) in job.id }, maximum: limit)
        return (Array(items.prefix(limit).map(\.job)), Array(raw.prefix(limit)))
    }

    public func job(id: String) async throws -> Decoded<FineTuningJob> {
        try await jobCall(.GET, "/fine_tuning/jobs/\(id.pathSegmentEncoded)")
    }

    public func cancelJob(id: String) async throws -> Decoded<FineTuningJob> {
        try await jobCall(.POST, "/fine_tuning/jobs/\(id.pathSegmentEncoded)/cancel")
    }

    public func pauseJob(id: String) async throws -> Decoded<FineTuningJob> {
        try await jobCall(.POST, "/fine_tuning/jobs/\(id.pathSegmentEncoded)/pause")
    }

    public func resumeJob(id: String) async throws -> Decoded<FineTuningJob> {
        try await jobCall(.POST, "/fine_tuning/jobs/\(id.pathSegmentEncoded)/resume")
    }

    private func jobCall(_ method: HTTPMethod, _ path: String) async throws -> Decoded<FineTuningJob> {
        let job = try await call(APIRequest(method, path), as: OpenAIWire.Job.self)
        return Decoded(value: job.value.job, raw: job.raw)
    }

    /// Every event of a job, oldest first (the API pages newest first).
    public func events(jobID: String) async throws -> (events: [JobEvent], raw: [JSONValue]) {
        let (items, raw) = try await listAll("/fine_tuning/jobs/\(jobID.pathSegmentEncoded)/events", limit: 100,
                                             id: { (event: OpenAIWire.Event) in event.id })
        return (items.map(\.event).reversed(), raw.reversed())
    }

    public func checkpoints(jobID: String) async throws -> (checkpoints: [JobCheckpoint], raw: [JSONValue]) {
        let (items, raw) = try await listAll("/fine_tuning/jobs/\(jobID.pathSegmentEncoded)/checkpoints", limit: 100,
                                             id: { (checkpoint: OpenAIWire.Checkpoint) in checkpoint.id })
        let checkpoints = items.map {
            JobCheckpoint(id: $0.id, step: $0.step_number, model: $0.fine_tuned_model_checkpoint, createdAt: OpenAIWire.date($0.created_at),
                          trainLoss: $0.metrics?.train_loss, validLoss: $0.metrics?.valid_loss)
        }
        return (checkpoints, raw)
    }

    public struct Model: Sendable, Hashable {
        public let id: String
        public let ownedBy: String?
        public let created: Date?
    }

    public func listModels() async throws -> (models: [Model], raw: [JSONValue]) {
        let response = try await call(APIRequest(.GET, "/models"), as: OpenAIWire.List<OpenAIWire.Model>.self)
        let raw = (try? JSONParser.parse(String(decoding: response.raw, as: UTF8.self)))?.objectValue?["data"]?.arrayValue ?? []
        return (response.value.data.map { Model(id: $0.id, ownedBy: $0.owned_by, created: OpenAIWire.date($0.created)) }, raw)
    }

    /// Deletes a fine-tuned model (its `ft:...` name keeps its colons in the path).
    public func deleteModel(_ name: String) async throws {
        _ = try await call(APIRequest(.DELETE, "/models/\(name.pathSegmentEncoded)"), as: OpenAIWire.Deleted.self)
    }
}
