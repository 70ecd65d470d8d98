import Dataset
import Foundation
import NIOHTTP1

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
                                  secret: configuration.apiKey, providerName: "Together", errorReader: Self.readError)
        bare = HTTPTransport(baseURL: configuration.baseURL, headers: ["user-agent": "tunesmith"], policy: configuration.retryPolicy,
                             secret: nil, providerName: "Together", errorReader: Self.readError)
    }

    func send(_ request: APIRequest) async throws -> APIResponse {
        guard configuration.apiKey != nil else {
            throw ProvidersError(.missingAPIKey, "no Together API key; set TOGETHER_API_KEY")
        }
        return try await transport.send(request)
    }

    func call<T: Decodable & Sendable>(_ request: APIRequest, as type: T.Type) async throws -> (value: T, raw: JSONValue?) {
        let response = try await send(request)
        do {
            return (try JSONDecoder().decode(T.self, from: response.body), try? JSONParser.parse(String(decoding: response.body, as: UTF8.self)))
        } catch {
            throw ProvidersError(.decoding, "Together answered with something that is not the expected JSON (\(error))",
                                 status: response.status, requestID: response.requestID)
        }
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

    func jobBody(_ request: JobRequest) -> JSONObject {
        var body = JSONObject([.init("training_file", .string(request.trainingFile)), .init("model", .string(request.model))])
        if let validation = request.validationFile {
            body["validation_file"] = .string(validation)
            body["n_evals"] = .number("\(request.evaluations ?? 1)")
        }
        body["n_epochs"] = .number("\(request.epochs.value ?? 1)")
        body["batch_size"] = request.batchSize.value.map { .number("\($0)") } ?? .string("max")
        if let rate = request.learningRate.value { body["learning_rate"] = .number("\(rate)") }
        if let suffix = request.suffix { body["suffix"] = .string(suffix) }
        if let seed = request.seed { body["random_seed"] = .number("\(seed)") }
        if let checkpoints = request.checkpoints { body["n_checkpoints"] = .number("\(checkpoints)") }
        body["training_type"] = .object(JSONObject([.init("type", .string(request.lora ? "Lora" : "Full"))]))
        var method = JSONObject([.init("method", .string(request.method == .dpo ? "dpo" : "sft"))])
        if request.method == .dpo, let beta = request.beta.value { method["dpo_beta"] = .number("\(beta)") }
        body["training_method"] = .object(method)
        return body
    }

    public func createJob(_ request: JobRequest) async throws -> FineTuningJob {
        let job = try await call(APIRequest(.POST, "/fine-tunes", body: .json(Data(JSONWriter.string(.object(jobBody(request))).utf8)),
                                            safety: .notRepeatable), as: TogetherWire.Job.self)
        return job.value.job(raw: job.raw)
    }

    func estimatePrice(_ request: JobRequest) async throws -> TogetherWire.PriceEstimate {
        try await call(APIRequest(.POST, "/fine-tunes/estimate-price", body: .json(Data(JSONWriter.string(.object(jobBody(request))).utf8))),
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
        public let state: String?
        public let raw: JSONValue?
    }

    static func endpoint(_ value: JSONValue?) -> Endpoint? {
        guard let object = value?.objectValue, let id = object["id"]?.stringValue else { return nil }
        return Endpoint(id: id, name: object["name"]?.stringValue, model: object["model"]?.stringValue, state: object["state"]?.stringValue, raw: value)
    }

    public func createEndpoint(model: String, hardware: String?, minReplicas: Int, maxReplicas: Int, displayName: String?) async throws -> Endpoint {
        var body = JSONObject([
            .init("model", .string(model)),
            .init("autoscaling", .object(JSONObject([.init("min_replicas", .number("\(minReplicas)")), .init("max_replicas", .number("\(maxReplicas)"))]))),
        ])
        if let hardware { body["hardware"] = .string(hardware) }
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
    @Sendable static func readError(_ request: APIRequest, _ response: APIResponse) -> ProvidersError {
        let detail = (try? JSONDecoder().decode(OpenAIWire.ErrorBody.self, from: response.body))?.error
        let message = detail?.message ?? String(decoding: response.body.prefix(300), as: UTF8.self)
        let (kind, hint): (ProvidersError.Kind, String) = switch response.status {
        case 401: (.authentication, "check TOGETHER_API_KEY")
        case 403: (.permissionDenied, "the key has no access to this; check the account")
        case 404: (.notFound, request.path.contains("/fine-tunes") ? "no such job; list them with `tunesmith jobs list --provider together`" : "check the id")
        case 429: (.rateLimited, "rate limited; wait a minute and try again")
        case 500...: (.server, "Together had a server error; try again in a minute")
        default: (.badRequest, "check the request's values")
        }
        var facts = ["HTTP \(response.status)"]
        if let code = detail?.code ?? detail?.type { facts.append(code) }
        if let id = response.requestID { facts.append("request \(id)") }
        return ProvidersError(kind, "Together: \(message) (\(facts.joined(separator: ", "))); \(hint)", status: response.status,
                              type: detail?.type, code: detail?.code, requestID: response.requestID)
    }
}
