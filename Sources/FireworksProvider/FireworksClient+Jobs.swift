import Dataset
import Foundation
import ProviderKit

extension FireworksClient {
    /// Fireworks keeps supervised and DPO jobs in two collections with their own paths.
    enum JobKind: String, CaseIterable, Sendable {
        case supervised = "supervisedFineTuningJobs"
        case dpo = "dpoJobs"
    }

    /// A base model's full name: `accounts/fireworks/models/qwen3-8b` as given, a bare id such as
    /// `qwen3-8b` under Fireworks' own account, or a Hugging Face repo the catalog maps.
    static func baseModel(_ model: String, huggingFaceMatch: (String) -> String?) throws -> String {
        if model.hasPrefix("accounts/") { return model }
        if !model.contains("/") { return "accounts/fireworks/models/" + model }
        if let id = huggingFaceMatch(model) { return id }
        throw ProvidersError(.invalidRequest, "Fireworks names base models like accounts/fireworks/models/qwen3-8b, not \(model); "
                             + "`tunesmith models catalog --provider fireworks` lists them")
    }

    /// A supervised job's body: the hyperparameters at the top level (the spec's
    /// `gatewaySupervisedFineTuningJob`; the docs' wrapped example contradicts it).
    func supervisedBody(_ request: JobRequest, baseModel: String) throws -> JSONObject {
        var body = JSONObject([.init("dataset", .string(try resourceName("datasets", request.trainingFile))), .init("baseModel", .string(baseModel))])
        for (key, value) in try trainingFields(request) { body[key] = value }
        if let validation = request.validationFile { body["evaluationDataset"] = .string(try resourceName("datasets", validation)) }
        return body
    }

    /// A DPO job's body: the same hyperparameters under `trainingConfig`, and the loss named DPO
    /// (left unspecified, Fireworks runs GRPO).
    func dpoBody(_ request: JobRequest, baseModel: String) throws -> JSONObject {
        var config = JSONObject([.init("baseModel", .string(baseModel))])
        for (key, value) in try trainingFields(request) { config[key] = value }
        var loss = JSONObject([.init("method", .string("DPO"))])
        if let beta = request.beta.value { loss["dpo"] = .object(JSONObject([.init("beta", .number("\(beta)"))])) }
        return JSONObject([.init("dataset", .string(try resourceName("datasets", request.trainingFile))),
                           .init("trainingConfig", .object(config)), .init("lossConfig", .object(loss))])
    }

    func trainingFields(_ request: JobRequest) throws -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = []
        if let output = request.suffix { fields.append(("outputModel", .string(output))) }
        if let epochs = request.epochs.value { fields.append(("epochs", .number("\(epochs)"))) }
        if case .absolute(let rate) = request.learningRate { fields.append(("learningRate", .number("\(rate)"))) }
        if let rank = request.loraRank { fields.append(("loraRank", .number("\(rank)"))) }
        if let context = request.maxContextLength { fields.append(("maxContextLength", .number("\(context)"))) }
        // `batchSize` is refused by Fireworks' current trainer; samples per step is its successor.
        if let batch = request.batchSize.value { fields.append(("batchSizeSamples", .number("\(batch)"))) }
        return fields
    }

    public func createJob(_ request: JobRequest, baseModel: String) async throws -> FineTuningJob {
        let kind: JobKind = request.method == .dpo ? .dpo : .supervised
        let body = kind == .dpo ? try dpoBody(request, baseModel: baseModel) : try supervisedBody(request, baseModel: baseModel)
        let job = try await call(APIRequest(.POST, try accountPath("/\(kind.rawValue)"), body: Self.json(body), safety: .notRepeatable),
                                 as: FireworksWire.Job.self)
        return try job.value.job(raw: job.raw, account: try configuration.requireAccount())
    }

    /// `supervisedFineTuningJobs:estimateCost` with the body the job will send (DPO has no estimate).
    func estimateCost(_ request: JobRequest, baseModel: String) async throws -> FireworksWire.Money? {
        let body = try supervisedBody(request, baseModel: baseModel)
        return try await call(APIRequest(.POST, try accountPath("/supervisedFineTuningJobs:estimateCost"), body: Self.json(body)),
                              as: FireworksWire.CostEstimate.self).value.estimatedCost
    }

    /// Both kinds, newest first.
    public func listJobs(limit: Int) async throws -> [FineTuningJob] {
        let account = try configuration.requireAccount()
        var jobs: [FineTuningJob] = []
        for kind in JobKind.allCases {
            let page = try await list(try accountPath("/\(kind.rawValue)"), key: kind.rawValue, query: [("orderBy", "createTime desc")], limit: limit,
                                      as: FireworksWire.Job.self)
            jobs += try page.map { try $0.item.job(raw: $0.raw, account: account) }
        }
        return Array(jobs.sorted { ($0.createdAt ?? .distantPast) > ($1.createdAt ?? .distantPast) }.prefix(limit))
    }

    /// The job and its kind: a full name says which; a bare id is looked up as a supervised job,
    /// then as a DPO job.
    func locate(_ id: String) async throws -> (kind: JobKind, job: FineTuningJob, wire: FireworksWire.Job) {
        let kinds = JobKind.allCases.filter { !id.contains("/") || id.contains("/\($0.rawValue)/") }
        let account = try configuration.requireAccount()
        for (k, kind) in kinds.enumerated() {
            do {
                let job = try await call(APIRequest(.GET, try accountPath("/\(kind.rawValue)/\(FireworksResourceID.id(id).pathSegmentEncoded)")),
                                         as: FireworksWire.Job.self)
                return (kind, try job.value.job(raw: job.raw, account: account), job.value)
            } catch let error as ProvidersError where error.kind == .notFound && k + 1 < kinds.count {
                continue
            }
        }
        throw ProvidersError(.notFound, "Fireworks has no job \(id); list them with `tunesmith jobs list --provider fireworks`")
    }

    public func job(id: String) async throws -> FineTuningJob { try await locate(id).job }

    /// Fireworks keeps no event log for a job: its state and progress now, as one event.
    public func progressEvents(jobID: String) async throws -> [JobEvent] { [try await locate(jobID).wire.progressEvent] }

    /// `:cancel` answers `{}`; the job is read again to show its state.
    public func cancelJob(id: String) async throws -> FineTuningJob {
        let kind = try await locate(id).kind
        _ = try await send(APIRequest(.POST, try accountPath("/\(kind.rawValue)/\(FireworksResourceID.id(id).pathSegmentEncoded):cancel"),
                                      body: Self.json(JSONObject())))
        return try await locate(id).job
    }

    public func resumeJob(id: String) async throws -> FineTuningJob {
        let kind = try await locate(id).kind
        let job = try await call(APIRequest(.POST, try accountPath("/\(kind.rawValue)/\(FireworksResourceID.id(id).pathSegmentEncoded):resume"),
                                            body: Self.json(JSONObject())), as: FireworksWire.Job.self)
        return try job.value.job(raw: job.raw, account: try configuration.requireAccount())
    }

    public func deleteJob(id: String) async throws {
        let kind = try await locate(id).kind
        _ = try await send(APIRequest(.DELETE, try accountPath("/\(kind.rawValue)/\(FireworksResourceID.id(id).pathSegmentEncoded)")))
    }
}

extension FireworksWire.Job {
    /// The neutral job: ids without their `accounts/...` prefix, the output model by its full name
    /// (what chat and deployments take), the failure in Fireworks' words.
    func job(raw: JSONValue?, account: String) throws -> FineTuningJob {
        let config = trainingConfig
        var job = FineTuningJob(id: FireworksResourceID.id(name ?? ""), model: baseModel ?? config?.baseModel ?? warmStartFrom ?? config?.warmStartFrom ?? "",
                                status: FireworksJobState.status(state))
        job.createdAt = FireworksWire.date(createTime)
        job.finishedAt = FireworksWire.date(completedTime)
        if job.status == .succeeded, let output = outputModel ?? config?.outputModel ?? (name.map { FireworksResourceID.id($0) }) {
            job.fineTunedModel = output.hasPrefix("accounts/") ? output : "accounts/\(account)/models/\(output)"
        }
        job.trainingFile = dataset.map(FireworksResourceID.id)
        job.validationFile = evaluationDataset.map(FireworksResourceID.id)
        job.epochs = epochs ?? config?.epochs
        if job.status == .failed || status?.isProblem == true && job.status.isFinished { job.error = status?.message }
        job.raw = raw
        return job
    }

    /// Fireworks has no event log: the state and progress it reports, as one event per change.
    var progressEvent: JobEvent {
        var message = FireworksJobState.words(state)
        if let percent = jobProgress?.percent { message += ", \(percent)% done" }
        if let epoch = jobProgress?.epoch { message += " (epoch \(epoch))" }
        if let text = status?.message, !text.isEmpty { message += ": \(text)" }
        return JobEvent(id: message, createdAt: nil, level: status?.isProblem == true ? "error" : "info", message: message)
    }
}
