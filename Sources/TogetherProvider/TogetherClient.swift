import Dataset
import Foundation
import NIOHTTP1
import ProviderKit

/// Together AI's fine-tuning API: files (multipart, or a signed URL when the server redirects),
/// jobs, events, checkpoints, price estimates, model limits, and dedicated endpoints.
public struct TogetherClient: Sendable {
    public let configuration: TogetherConfiguration
    let transport: HTTPTransport
    /// For the signed upload URL, which must not see the API key.
    let bare: HTTPTransport

    public init(configuration: TogetherConfiguration) {
        self.configuration = configuration
        var headers = HTTPHeaders()
        if let key = configuration.apiKey { headers.add(name: "authorization", value: "Bearer \(key)") }
        headers.add(name: "user-agent", value: "tunesmith")
        transport = HTTPTransport(baseURL: configuration.baseURL, headers: headers, policy: configuration.retryPolicy,
                                  secret: configuration.apiKey, providerName: "Together", limits: configuration.limits, errorReader: { Self.errors.read($0, $1) })
        bare = HTTPTransport(baseURL: configuration.baseURL, headers: ["user-agent": "tunesmith"], policy: configuration.retryPolicy,
                             secret: nil, providerName: "Together", limits: configuration.limits, errorReader: { Self.errors.read($0, $1) })
    }

    func send(_ request: APIRequest) async throws -> APIResponse {
        guard configuration.apiKey != nil else {
            throw ProvidersError(.missingAPIKey, "no Together API key; set TOGETHER_API_KEY")
        }
        return try await transport.send(request)
    }

    func call<T: Decodable & Sendable>(_ request: APIRequest, as type: T.Type) async throws -> (value: T, raw: JSONValue?) {
        let response = try await send(request)
        return (try response.decode(T.self, from: "Together"), response.json)
    }

    // MARK: Files

    /// `POST /files/upload` (multipart, streamed). When the server answers with a redirect, the
    /// bytes go to the signed URL it names and the file is then preprocessed.
    public func uploadFile(path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile {
        let name = (path as NSString).lastPathComponent
        let form = MultipartForm(parts: [
            .field(name: "purpose", value: "fine-tune"), .field(name: "file_name", value: name), .field(name: "file_type", value: "jsonl"),
            .file(name: "file", filename: name, path: path, contentType: "application/octet-stream"),
        ], progress: progress)
        var request = APIRequest(.POST, "/files/upload", body: .multipart(form))
        request.acceptsRedirect = true
        let response = try await send(request)
        if response.isRedirect {
            guard let location = response.headers.first(name: "location"), let id = response.headers.first(name: "x-together-file-id") else {
                throw ProvidersError(.decoding, "Together redirected the upload without a Location and file id; try again")
            }
            let signed = MultipartForm(parts: [.file(name: "file", filename: name, path: path, contentType: "application/octet-stream")], progress: progress)
            _ = try await bare.send(APIRequest(.PUT, location, body: .raw(signed)))
            let file = try await call(APIRequest(.POST, "/files/\(id.pathSegmentEncoded)/preprocess"), as: TogetherWire.File.self)
            return file.value.providerFile(raw: file.raw)
        }
        let file = try JSONDecoder().decode(TogetherWire.File.self, from: response.body)
        return file.providerFile(raw: try? JSONParser.parse(String(decoding: response.body, as: UTF8.self)))
    }

    public func listFiles() async throws -> [ProviderFile] {
        let list = try await call(APIRequest(.GET, "/files"), as: TogetherWire.List<TogetherWire.File>.self)
        let raw = list.raw?.objectValue?["data"]?.arrayValue ?? []
        return list.value.data.enumerated().map { $0.element.providerFile(raw: $0.offset < raw.count ? raw[$0.offset] : nil) }
    }

    public func file(id: String) async throws -> ProviderFile {
        let file = try await call(APIRequest(.GET, "/files/\(id.pathSegmentEncoded)"), as: TogetherWire.File.self)
        return file.value.providerFile(raw: file.raw)
    }

    public func deleteFile(id: String) async throws {
        _ = try await send(APIRequest(.DELETE, "/files/\(id.pathSegmentEncoded)"))
    }

    // MARK: Jobs

    /// The body of `POST /fine-tunes`, field by field as Together's spec names them. A LoRA job
    /// needs its rank and alpha (`lora_r`, `lora_alpha`); without a rank of the author's, the
    /// model's largest is asked for, as Together's SDK does.
    func jobBody(_ request: JobRequest) async throws -> JSONObject {
        var body = try await estimateBody(request)
        body["batch_size"] = request.batchSize.value.map { .number("\($0)") } ?? .string("max")
        if case .absolute(let rate) = request.learningRate { body["learning_rate"] = .number("\(rate)") }
        if let suffix = request.suffix { body["suffix"] = .string(suffix) }
        if let seed = request.seed { body["random_seed"] = .number("\(seed)") }
        if let checkpoints = request.checkpoints { body["n_checkpoints"] = .number("\(checkpoints)") }
        return body
    }

    /// The fields that `estimate-price` takes, with the values the job itself will send.
    func estimateBody(_ request: JobRequest) async throws -> JSONObject {
        var body = JSONObject([.init("training_file", .string(request.trainingFile)), .init("model", .string(request.model))])
        if let validation = request.validationFile {
            body["validation_file"] = .string(validation)
            body["n_evals"] = .number("\(request.evaluations ?? 1)")
        }
        body["n_epochs"] = .number("\(Self.epochs(request))")
        body["training_method"] = .object(Self.trainingMethod(request))
        body["training_type"] = .object(try await trainingType(request))
        return body
    }

    /// Together's default when the author leaves epochs to the provider (its spec's `n_epochs`).
    static func epochs(_ request: JobRequest) -> Int { request.epochs.value ?? 1 }

    static func trainingMethod(_ request: JobRequest) -> JSONObject {
        if request.method == .dpo {
            var method = JSONObject([.init("method", .string("dpo"))])
            if let beta = request.beta.value { method["dpo_beta"] = .number("\(beta)") }
            return method
        }
        let inputs: JSONValue = request.trainOnInputs.map { .bool($0) } ?? .string("auto")
        return JSONObject([.init("method", .string("sft")), .init("train_on_inputs", inputs)])
    }

    func trainingType(_ request: JobRequest) async throws -> JSONObject {
        guard request.lora else { return JSONObject([.init("type", .string("Full"))]) }
        let rank: Int
        if let chosen = request.loraRank {
            rank = chosen
        } else if let largest = try await limits(model: request.model).lora_training?.max_rank {
            rank = largest
        } else {
            throw ProvidersError(.invalidRequest, "Together gave no LoRA rank limit for \(request.model); pass --lora-rank N (8, 16, 32 or 64 are common)")
        }
        return JSONObject([
            .init("type", .string("Lora")), .init("lora_r", .number("\(rank)")), .init("lora_alpha", .number("\(rank * 2)")),
            .init("lora_dropout", .number("0")), .init("lora_trainable_modules", .string("all-linear")),
        ])
    }

    public func createJob(_ request: JobRequest) async throws -> FineTuningJob {
        let body = try await jobBody(request)
        let job = try await call(APIRequest(.POST, "/fine-tunes", body: .json(Data(JSONWriter.string(.object(body)).utf8)), safety: .notRepeatable),
                                 as: TogetherWire.Job.self)
        return job.value.job(raw: job.raw)
    }

    func estimatePrice(_ request: JobRequest) async throws -> TogetherWire.PriceEstimate {
        let body = try await estimateBody(request)
        return try await call(APIRequest(.POST, "/fine-tunes/estimate-price", body: .json(Data(JSONWriter.string(.object(body)).utf8))),
                              as: TogetherWire.PriceEstimate.self).value
    }

    func limits(model: String) async throws -> TogetherWire.Limits {
        try await call(APIRequest(.GET, "/fine-tunes/models/limits", query: [("model_name", model)]), as: TogetherWire.Limits.self).value
    }

    public func listJobs() async throws -> [FineTuningJob] {
        let list = try await call(APIRequest(.GET, "/fine-tunes"), as: TogetherWire.List<TogetherWire.Job>.self)
        let raw = list.raw?.objectValue?["data"]?.arrayValue ?? []
        return list.value.data.enumerated().map { $0.element.job(raw: $0.offset < raw.count ? raw[$0.offset] : nil) }
            .sorted { ($0.createdAt ?? .distantPast) > ($1.createdAt ?? .distantPast) }
    }

    public func job(id: String) async throws -> FineTuningJob {
        let job = try await call(APIRequest(.GET, "/fine-tunes/\(id.pathSegmentEncoded)"), as: TogetherWire.Job.self)
        return job.value.job(raw: job.raw)
    }

    public func cancelJob(id: String) async throws -> FineTuningJob {
        let job = try await call(APIRequest(.POST, "/fine-tunes/\(id.pathSegmentEncoded)/cancel"), as: TogetherWire.Job.self)
        return job.value.job(raw: job.raw)
    }

    public func events(jobID: String) async throws -> [JobEvent] {
        let list = try await call(APIRequest(.GET, "/fine-tunes/\(jobID.pathSegmentEncoded)/events"), as: TogetherWire.List<TogetherWire.Event>.self)
        let raw = list.raw?.objectValue?["data"]?.arrayValue ?? []
        return list.value.data.enumerated().map { $0.element.event(index: $0.offset, raw: $0.offset < raw.count ? raw[$0.offset] : nil) }
    }

    public func checkpoints(jobID: String) async throws -> [JobCheckpoint] {
        let list = try await call(APIRequest(.GET, "/fine-tunes/\(jobID.pathSegmentEncoded)/checkpoints"), as: TogetherWire.List<TogetherWire.Checkpoint>.self)
        let raw = list.raw?.objectValue?["data"]?.arrayValue ?? []
        return list.value.data.enumerated().map { k, c in
            // An intermediate checkpoint is named `ft-...:STEP`; the final one by the job id.
            var checkpoint = JobCheckpoint(id: c.path ?? "\(jobID):\(c.step ?? 0)", step: c.step,
                                           model: c.checkpoint_type?.lowercased() == "final" ? jobID : c.step.map { "\(jobID):\($0)" },
                                           createdAt: TogetherWire.date(c.created_at))
            checkpoint.raw = k < raw.count ? raw[k] : nil
            return checkpoint
        }
    }

    // MARK: Endpoints

    public struct Endpoint: Sendable {
        public let id: String
        public let name: String?
        public let model: String?
        public let hardware: String?
        public let state: String?
        /// "dedicated" (the author's) or "serverless" (Together's own).
        public let type: String?
        public let raw: JSONValue?
    }

    static func endpoint(_ value: JSONValue?) -> Endpoint? {
        guard let object = value?.objectValue, let id = object["id"]?.stringValue else { return nil }
        return Endpoint(id: id, name: object["name"]?.stringValue, model: object["model"]?.stringValue, hardware: object["hardware"]?.stringValue,
                        state: object["state"]?.stringValue, type: object["type"]?.stringValue, raw: value)
    }

    /// The hardware that can serve `model`, with its price per minute (`GET /hardware?model=`).
    func hardware(for model: String) async throws -> [TogetherWire.Hardware] {
        try await call(APIRequest(.GET, "/hardware", query: [("model", model)]), as: TogetherWire.List<TogetherWire.Hardware>.self).value.data
    }

    /// The cheapest hardware that can serve `model` and is available now.
    public func cheapestHardware(for model: String) async throws -> String {
        let offers = try await hardware(for: model)
        let available = offers.filter { $0.availability?.status == nil || $0.availability?.status == "available" }
        guard let cheapest = available.min(by: { ($0.pricing?.cents_per_minute ?? .infinity) < ($1.pricing?.cents_per_minute ?? .infinity) }) else {
            let listed = offers.map(\.id).joined(separator: ", ")
            throw ProvidersError(.invalidRequest, offers.isEmpty
                ? "Together lists no hardware that can serve \(model); check the name with `tunesmith jobs show JOB --provider together`"
                : "none of the hardware that can serve \(model) is available now (\(listed)); try again later or pass --hardware")
        }
        return cheapest.id
    }

    /// Starts a dedicated endpoint; without `hardware`, on the cheapest configuration available.
    public func createEndpoint(model: String, hardware: String?, minReplicas: Int, maxReplicas: Int, displayName: String?) async throws -> Endpoint {
        let hardware = if let hardware { hardware } else { try await cheapestHardware(for: model) }
        var body = JSONObject([
            .init("model", .string(model)), .init("hardware", .string(hardware)),
            .init("autoscaling", .object(JSONObject([.init("min_replicas", .number("\(minReplicas)")), .init("max_replicas", .number("\(maxReplicas)"))]))),
        ])
        if let displayName { body["display_name"] = .string(displayName) }
        let response = try await send(APIRequest(.POST, "/endpoints", body: .json(Data(JSONWriter.string(.object(body)).utf8)), safety: .notRepeatable))
        guard let endpoint = Self.endpoint(try? JSONParser.parse(String(decoding: response.body, as: UTF8.self))) else {
            throw ProvidersError(.decoding, "Together's endpoint answer has no id", requestID: response.requestID)
        }
        return endpoint
    }

    public func listEndpoints() async throws -> [Endpoint] {
        let response = try await send(APIRequest(.GET, "/endpoints"))
        let value = try? JSONParser.parse(String(decoding: response.body, as: UTF8.self))
        return (value?.objectValue?["data"]?.arrayValue ?? []).compactMap(Self.endpoint)
    }

    public func deleteEndpoint(id: String) async throws {
        _ = try await send(APIRequest(.DELETE, "/endpoints/\(id.pathSegmentEncoded)"))
    }

    // MARK: Errors

    /// Together's error body has OpenAI's shape; the advice is Together's.
    static let errors = CompatibleErrorReader(providerName: "Together", keyVariable: "TOGETHER_API_KEY", notFoundHint: { path in
        path.contains("/fine-tunes") ? "no such job; list them with `tunesmith jobs list --provider together`" : "check the id"
    })
}
