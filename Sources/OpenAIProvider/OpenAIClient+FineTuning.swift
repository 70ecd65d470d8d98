import Dataset
import Foundation
import NIOHTTP1
import ProviderKit

extension OpenAIClient {
    /// Creates a job. Never retried once the server may have accepted it.
    public func createJob(_ request: JobRequest) async throws -> FineTuningJob {
        var hyperparameters = JSONObject()
        func put<V>(_ key: String, _ value: AutoOr<V>) {
            if let value = value.value { hyperparameters[key] = .number("\(value)") }
        }
        put("n_epochs", request.epochs)
        if let batch = request.batchSize.value { put("batch_size", AutoOr.value(batch)) }
        if case .multiplier(let multiplier) = request.learningRate { put("learning_rate_multiplier", .value(multiplier)) }
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
        return job.value.job(raw: job.json)
    }

    public func listJobs(limit: Int = 20) async throws -> [FineTuningJob] {
        let items = try await listAll("/fine_tuning/jobs", limit: min(limit, 100), id: { (job: OpenAIWire.Job) in job.id }, maximum: limit)
        return items.prefix(limit).map { $0.item.job(raw: $0.raw) }
    }

    public func job(id: String) async throws -> FineTuningJob {
        try await jobCall(.GET, "/fine_tuning/jobs/\(id.pathSegmentEncoded)")
    }

    public func cancelJob(id: String) async throws -> FineTuningJob {
        try await jobCall(.POST, "/fine_tuning/jobs/\(id.pathSegmentEncoded)/cancel")
    }

    public func pauseJob(id: String) async throws -> FineTuningJob {
        try await jobCall(.POST, "/fine_tuning/jobs/\(id.pathSegmentEncoded)/pause")
    }

    public func resumeJob(id: String) async throws -> FineTuningJob {
        try await jobCall(.POST, "/fine_tuning/jobs/\(id.pathSegmentEncoded)/resume")
    }

    private func jobCall(_ method: HTTPMethod, _ path: String) async throws -> FineTuningJob {
        let job = try await call(APIRequest(method, path), as: OpenAIWire.Job.self)
        return job.value.job(raw: job.json)
    }

    /// Every event of a job, oldest first (the API pages newest first).
    public func events(jobID: String) async throws -> [JobEvent] {
        try await listAll("/fine_tuning/jobs/\(jobID.pathSegmentEncoded)/events", limit: 100, id: { (event: OpenAIWire.Event) in event.id })
            .map { $0.item.event(raw: $0.raw) }.reversed()
    }

    public func checkpoints(jobID: String) async throws -> [JobCheckpoint] {
        try await listAll("/fine_tuning/jobs/\(jobID.pathSegmentEncoded)/checkpoints", limit: 100,
                          id: { (checkpoint: OpenAIWire.Checkpoint) in checkpoint.id }).map { entry in
            let c = entry.item
            var checkpoint = JobCheckpoint(id: c.id, step: c.step_number, model: c.fine_tuned_model_checkpoint, createdAt: OpenAIWire.date(c.created_at),
                                           trainLoss: c.metrics?.train_loss, validLoss: c.metrics?.valid_loss)
            checkpoint.raw = entry.raw
            return checkpoint
        }
    }

    /// Deletes a fine-tuned model (its `ft:...` name keeps its colons in the path).
    public func deleteModel(_ name: String) async throws {
        _ = try await call(APIRequest(.DELETE, "/models/\(name.pathSegmentEncoded)"), as: OpenAIWire.Deleted.self)
    }
}
