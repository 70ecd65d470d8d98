import Foundation

/// A loopback stand-in for Together AI's fine-tuning API: its paths, PascalCase file keys, ISO
/// timestamps, its status names, events in mixed letter case, the signed-URL upload redirect,
/// price estimates, model limits and dedicated endpoints.
public actor TogetherStub {
    public private(set) var server: StubHTTPServer!
    public var apiKey = "tgp_v1_test0123456789abcdefghij"
    /// Answer `/files/upload` with a redirect to a signed URL instead of the file.
    public var redirectUploads = false
    public var scripted: [String: [StubResponse]] = [:]
    public private(set) var requests: [StubRequest] = []
    var files: [String: [UInt8]] = [:]
    var fileNames: [String: String] = [:]
    var jobs: [String: [String: Any]] = [:]
    var events: [String: [[String: Any]]] = [:]
    var endpoints: [String: [String: Any]] = [:]
    /// The estimate-price bodies, to compare with the job's.
    public private(set) var estimates: [StubRequest] = []
    /// When set, estimate-price answers that no estimate is available, with this reason.
    public var estimateUnavailable: String?
    /// `GET /fine-tunes/models/supported`; `GET /models` serves each with `servingContexts[id]`.
    public var supportedModels = ["Qwen/Qwen3-8B", "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", "acme/Brand-New-7B"]
    public var servingContexts: [String: Int] = ["Qwen/Qwen3-8B": 40_960, "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference": 131_072]
    /// `lora_training.max_rank` by model (64 for the others).
    public var loraMaxRanks: [String: Int] = [:]
    /// Models whose limits Together cannot give (404).
    public var modelsWithoutLimits: Set<String> = []
    var counter = 0

    public init() {}

    public static func start() async throws -> TogetherStub {
        let stub = TogetherStub()
        let server = try await StubHTTPServer.start { request in await stub.handle(request) }
        await stub.attach(server)
        return stub
    }

    private func attach(_ server: StubHTTPServer) { self.server = server }
    public var baseURL: String { server.baseURL + "/v1" }
    public func shutdown() async { await server.shutdown() }
    public func set(_ body: @Sendable (isolated TogetherStub) -> Void) { body(self) }
    public func uploadedBytes(_ id: String) -> [UInt8]? { files[id] }

    func nextID(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)-\(String(format: "%08d", counter))-aaaa-bbbb"
    }

    static func error(_ status: Int, _ message: String, headers: [(String, String)] = []) -> StubResponse {
        .json(["error": ["message": message, "type": "invalid_request_error", "param": NSNull(), "code": NSNull()]], status: status,
              headers: headers + [("x-request-id", "tg_req_\(status)")])
    }

    public static func errorResponse(_ status: Int, _ message: String, headers: [(String, String)] = []) -> StubResponse {
        error(status, message, headers: headers)
    }

    static func iso(_ offset: Int) -> String { "2026-11-29T00:\(String(format: "%02d", offset / 60 % 60)):\(String(format: "%02d", offset % 60)).000Z" }

    func handle(_ request: StubRequest) async -> StubResponse {
        requests.append(request)
        let route = "\(request.method) \(request.path)"
        // Every request to Together's API, scripted or not, must be one it takes (its spec's rules);
        // `/signed/` stands for the storage host a signed URL names, which is not Together's API.
        let rules = SpecRules.named("together")
        if !request.path.hasPrefix("/signed/"), let problem = rules.problem(of: request) {
            return Self.error(rules.knows(method: request.method, path: request.path) ? 400 : 404, "\(problem) (\(route), together-openapi.yaml)")
        }
        if let key = scripted.keys.sorted(by: { $0.count > $1.count }).first(where: { route.hasPrefix($0) }), var queue = scripted[key], !queue.isEmpty {
            let response = queue.removeFirst()
            scripted[key] = queue
            return response
        }
        if request.method == "PUT" && request.path.hasPrefix("/signed/") {
            let id = String(request.path.dropFirst("/signed/".count))
            files[id] = request.body
            return .full(status: 200, headers: [], body: [])
        }
        guard request.header("authorization") == "Bearer \(apiKey)" else { return Self.error(401, "Invalid API key provided") }
        let segments = request.path.split(separator: "/").dropFirst().map(String.init)  // after "v1"
        switch (request.method, segments.first ?? "") {
        case (_, "files"): return filesRoute(request, segments)
        case (_, "fine-tunes"): return jobsRoute(request, segments)
        case (_, "endpoints"): return endpointsRoute(request, segments)
        case ("GET", "hardware"): return hardwareRoute(request)
        case ("GET", "models") where segments.count == 1:
            // The spec's ModelInfoList: a bare array of ModelInfo (id, object, created, type required).
            return .json(supportedModels.map { id in
                var info: [String: Any] = ["id": id, "object": "model", "created": 1_767_000_000, "type": "chat", "display_name": id]
                if let context = servingContexts[id] { info["context_length"] = context }
                return info
            })
        case ("POST", "chat"):
            let model = request.json?["model"] as? String ?? ""
            if request.json?["stream"] as? Bool == true {
                let events = ["data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Served by \(model).\"},\"finish_reason\":\"stop\"}]}\n\n", "data: [DONE]\n\n"]
                return .stream(status: 200, headers: [("content-type", "text/event-stream")], pieces: events.map { (0, Array($0.utf8)) }, reset: false)
            }
            return .json(["id": "tg-chat", "object": "chat.completion", "model": model,
                          "choices": [["index": 0, "message": ["role": "assistant", "content": "Served by \(model)."], "finish_reason": "stop"]]])
        default: return Self.error(404, "Not found: \(route)")
        }
    }

    func fileObject(_ id: String) -> [String: Any] {
        let bytes = files[id] ?? []
        return ["id": id, "object": "file", "created_at": 1_767_000_000, "filename": fileNames[id] ?? "", "bytes": bytes.count,
                "purpose": "fine-tune", "FileType": "jsonl", "Processed": true, "LineCount": bytes.filter { $0 == 0x0A }.count,
                "processing_status": "COMPLETED"]
    }

    func filesRoute(_ request: StubRequest, _ segments: [String]) -> StubResponse {
        if segments.count == 2 && segments[1] == "upload" {
            let form = parseMultipart(request)
            // `handle` has checked the form against the spec: purpose, file_name and file are there.
            guard let file = form["file"], let name = form["file_name"] else { return Self.error(400, "file_name and file are required") }
            let id = "file-" + nextID("u")
            fileNames[id] = String(decoding: name.bytes, as: UTF8.self)
            if redirectUploads {
                return .full(status: 302, headers: [("location", server.baseURL + "/signed/\(id)"), ("x-together-file-id", id)], body: [])
            }
            files[id] = file.bytes
            return .json(fileObject(id))
        }
        if segments.count == 1 { return .json(["data": files.keys.sorted().map(fileObject)]) }
        let id = segments[1]
        guard files[id] != nil else { return Self.error(404, "File not found: \(id)") }
        if segments.count == 3 && segments[2] == "preprocess" { return .json(fileObject(id)) }
        if request.method == "DELETE" {
            files[id] = nil
            return .json(["id": id, "deleted": true])
        }
        return .json(fileObject(id))
    }

    func jobsRoute(_ request: StubRequest, _ segments: [String]) -> StubResponse {
        if segments.count == 1 {
            if request.method == "GET" { return .json(["data": jobs.keys.sorted().compactMap { jobs[$0] }]) }
            let body = request.json ?? [:]
            guard let file = body["training_file"] as? String, files[file] != nil else { return Self.error(400, "training_file is not a file") }
            let id = "ft-" + nextID("j")
            jobs[id] = ["id": id, "status": "pending", "model": body["model"] ?? "", "training_file": file, "created_at": Self.iso(0),
                        "updated_at": Self.iso(0), "n_epochs": body["n_epochs"] ?? 1, "suffix": body["suffix"] ?? NSNull(),
                        "training_type": body["training_type"] ?? NSNull(), "training_method": body["training_method"] ?? NSNull(),
                        "model_output_name": NSNull(), "token_count": 0, "events": []]
            events[id] = []
            addEvent(id, type: "JOB_PENDING", level: "Info", message: "Fine tune request created")
            return .json(jobs[id]!)
        }
        switch segments[1] {
        case "estimate-price":
            estimates.append(request)
            // As the service does: it prices files it holds, not names it has never seen.
            let body = request.json ?? [:]
            guard let file = body["training_file"] as? String, files[file] != nil else {
                return Self.error(400, "training_file is not a file: \(body["training_file"] ?? "none")")
            }
            if let validation = body["validation_file"] as? String, files[validation] == nil {
                return Self.error(400, "validation_file is not a file: \(validation)")
            }
            if let reason = estimateUnavailable {
                return .json(["estimation_available": false, "unavailable_reason": reason, "allowed_to_proceed": true])
            }
            return .json(["estimated_total_price": 1.25, "allowed_to_proceed": true, "user_limit": 100, "estimated_train_token_count": 2_400,
                          "estimated_eval_token_count": 0, "estimation_available": true])
        case "models":
            if segments.count == 3, segments[2] == "supported", request.method == "GET" { return .json(["models": supportedModels]) }
            guard segments.count == 3, segments[2] == "limits", let model = request.query["model_name"], !model.isEmpty else {
                return Self.error(400, "model_name is required")
            }
            if modelsWithoutLimits.contains(model) { return Self.error(404, "Model not found: \(model)") }
            // Every field the spec's FineTuneModelLimits requires.
            return .json(["model_name": model, "max_num_epochs": 20, "max_num_evals": 100, "min_learning_rate": 1e-6, "max_learning_rate": 1e-3,
                          "supports_vision": false, "supports_tools": true, "supports_reasoning": false, "merge_output_lora": false,
                          "lora_training": ["min_batch_size": 8, "max_batch_size": 64, "max_batch_size_dpo": 32, "max_rank": loraMaxRanks[model] ?? 64,
                                            "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"]],
                          "full_training": ["min_batch_size": 16, "max_batch_size": 96, "max_batch_size_dpo": 48]])
        default: break
        }
        let id = segments[1]
        guard jobs[id] != nil else { return Self.error(404, "Fine-tune job not found: \(id)") }
        switch segments.count == 3 ? segments[2] : "" {
        case "": advance(id); return .json(jobs[id]!)
        case "cancel":
            jobs[id]!["status"] = "cancelled"
            addEvent(id, type: "job_cancelled", level: "info", message: "Job cancelled by user")
            return .json(jobs[id]!)
        case "events": return .json(["data": events[id] ?? []])
        case "checkpoints":
            return .json(["data": [["step": 4, "path": "s3://acme/\(id)/checkpoint-4", "created_at": Self.iso(40), "checkpoint_type": "Intermediate"],
                                   ["step": 8, "path": "s3://acme/\(id)/final", "created_at": Self.iso(80), "checkpoint_type": "Final"]]])
        default: return Self.error(404, "Unknown job route")
        }
    }

    func addEvent(_ id: String, type: String, level: String, message: String, step: Int? = nil) {
        var event: [String: Any] = ["object": "fine-tune-event", "created_at": Self.iso(events[id]!.count), "level": level, "message": message,
                                    "type": type, "hash": "\(id)-\(events[id]!.count)"]
        if let step { event["step"] = step; event["total_steps"] = 8 }
        events[id]!.append(event)
    }

    /// pending -> queued -> running (four steps per look, events in mixed case) -> compressing ->
    /// completed with an output name.
    func advance(_ id: String) {
        var job = jobs[id]!
        switch job["status"] as? String {
        case "pending":
            job["status"] = "queued"
            jobs[id] = job
            addEvent(id, type: "QUEUED", level: "Info", message: "Job queued")
        case "queued":
            job["status"] = "running"
            jobs[id] = job
            addEvent(id, type: "job_start", level: "info", message: "Training started")
        case "running":
            let step = (job["steps_completed"] as? Int ?? 0) + 4
            job["steps_completed"] = step
            job["status"] = step >= 8 ? "compressing" : "running"
            jobs[id] = job
            addEvent(id, type: step % 8 == 0 ? "TRAINING_PROGRESS" : "training_progress", level: step % 8 == 0 ? "INFO" : "Info",
                     message: "Step \(step)/8", step: step)
        case "compressing":
            job["status"] = "completed"
            job["model_output_name"] = "acme/\((job["model"] as? String ?? "").split(separator: "/").last ?? "")-\(job["suffix"] as? String ?? "ft")-\(id.suffix(4))"
            job["token_count"] = 2_400
            job["updated_at"] = Self.iso(120)
            jobs[id] = job
            addEvent(id, type: "JOB_COMPLETE", level: "Info", message: "Job finished")
        default:
            break
        }
    }

    func endpointsRoute(_ request: StubRequest, _ segments: [String]) -> StubResponse {
        if segments.count == 1 && request.method == "POST" {
            let body = request.json ?? [:]
            let id = "endpoint-" + nextID("e")
            endpoints[id] = ["id": id, "object": "endpoint", "name": "acme/\(body["display_name"] ?? "endpoint")-\(id.suffix(4))",
                             "model": body["model"] ?? "", "hardware": body["hardware"] ?? "", "state": "PENDING", "autoscaling": body["autoscaling"] ?? NSNull(),
                             "type": "dedicated", "owner": "acme"]
            return .json(endpoints[id]!)
        }
        // Together lists its own serverless models beside the account's dedicated endpoints.
        let serverless: [String: Any] = ["id": "endpoint-serverless-1", "object": "endpoint", "name": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
                                         "model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "type": "serverless", "owner": "together", "state": "STARTED"]
        if segments.count == 1 { return .json(["object": "list", "data": endpoints.keys.sorted().compactMap { endpoints[$0] } + [serverless]]) }
        let id = segments[1]
        guard endpoints[id] != nil else { return Self.error(404, "Endpoint not found") }
        if request.method == "DELETE" {
            endpoints[id] = nil
            return .full(status: 204, headers: [], body: [])
        }
        return .json(endpoints[id]!)
    }

    /// `GET /hardware?model=`: three configurations, the cheapest one unavailable.
    func hardwareRoute(_ request: StubRequest) -> StubResponse {
        func item(_ id: String, _ cents: Double, _ count: Int, _ status: String) -> [String: Any] {
            ["object": "hardware", "id": id, "pricing": ["cents_per_minute": cents],
             "specs": ["gpu_type": "h100-80gb", "gpu_link": "sxm", "gpu_memory": 80, "gpu_count": count],
             "availability": ["status": status], "updated_at": Self.iso(0)]
        }
        guard request.query["model"] != nil else {
            return .json(["object": "list", "data": [item("1x_nvidia_h100_80gb_sxm", 5.42, 1, "available")]])
        }
        return .json(["object": "list", "data": [item("2x_nvidia_h100_80gb_sxm", 10.84, 2, "available"),
                                                 item("1x_nvidia_a100_80gb_sxm", 4.20, 1, "unavailable"),
                                                 item("1x_nvidia_h100_80gb_sxm", 5.42, 1, "available")]])
    }
}
