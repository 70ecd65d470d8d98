import Foundation

/// A loopback stand-in for OpenAI's API: chat (plain and SSE), files, uploads, fine-tuning jobs
/// with a scripted life, and models, over the real wire format. Tests script failures and
/// streams, then read what it received.
public actor OpenAIStub {
    public private(set) var server: StubHTTPServer!
    /// Requests must carry `Authorization: Bearer <apiKey>`.
    public var apiKey = "sk-test-0123456789abcdef"
    /// The text every chat reply is made of.
    public var chatReply = "Paris. Obviously."
    /// When set, streamed chat replies are exactly these pieces (then the end, or a reset).
    public var chatStream: (pieces: [(delay: Double, bytes: [UInt8])], reset: Bool)?
    /// Responses to give first, in order, to requests whose "METHOD /path" starts with the key.
    public var scripted: [String: [StubResponse]] = [:]
    /// Every request received, in order.
    public private(set) var requests: [StubRequest] = []
    /// Lists are served this many items a page at most.
    public var pageSize = 100

    var files: [String: (object: [String: Any], bytes: [UInt8])] = [:]
    var fileOrder: [String] = []
    var uploads: [String: (object: [String: Any], parts: [String])] = [:]
    var parts: [String: [UInt8]] = [:]
    var jobs: [String: [String: Any]] = [:]
    var jobOrder: [String] = []
    var jobEvents: [String: [[String: Any]]] = [:]
    var jobPolls: [String: Int] = [:]
    public var models: [String] = ["gpt-4.1-mini-2025-04-14", "ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123"]
    /// The spec's `Model.shutdown_date` (`YYYY-MM-DD`) by model id; null for the others.
    public var shutdownDates: [String: String] = [:]
    var counter = 0
    let clock = 1_767_000_000

    public init() {}

    /// Starts the stub; its base URL ends in `/v1`, like OpenAI's.
    public static func start() async throws -> OpenAIStub {
        let stub = OpenAIStub()
        let server = try await StubHTTPServer.start { request in await stub.handle(request) }
        await stub.attach(server)
        return stub
    }

    private func attach(_ server: StubHTTPServer) { self.server = server }

    public var baseURL: String { server.baseURL + "/v1" }

    public func shutdown() async { await server.shutdown() }

    public func set(_ body: @Sendable (isolated OpenAIStub) -> Void) { body(self) }

    public func uploadedBytes(_ id: String) -> [UInt8]? { files[id]?.bytes }

    func nextID(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)-\(String(format: "%04d", counter))"
    }

    /// An error response in OpenAI's shape, for scripting failures.
    public static func errorResponse(_ status: Int, _ message: String, type: String, code: String? = nil, headers: [(String, String)] = []) -> StubResponse {
        error(status, message, type: type, code: code, headers: headers)
    }

    static func error(_ status: Int, _ message: String, type: String, code: String? = nil, headers: [(String, String)] = []) -> StubResponse {
        .json(["error": ["message": message, "type": type, "param": NSNull(), "code": code as Any? ?? NSNull()]],
              status: status, headers: headers + [("x-request-id", "req_stub_\(status)")])
    }

    func handle(_ request: StubRequest) async -> StubResponse {
        requests.append(request)
        let route = "\(request.method) \(request.path)"
        // Every request, scripted or not, must be one the real API takes (its spec's rules).
        let rules = SpecRules.named("openai")
        if let problem = rules.problem(of: request) {
            guard rules.knows(method: request.method, path: request.path) else {
                return Self.error(404, "Invalid URL (\(route)): \(problem)", type: "invalid_request_error")
            }
            return Self.error(400, "\(problem) (\(route), openai-openapi.yaml)", type: "invalid_request_error")
        }
        if let key = scripted.keys.sorted(by: { $0.count > $1.count }).first(where: { route.hasPrefix($0) }),
            var queue = scripted[key], !queue.isEmpty {
            let response = queue.removeFirst()
            scripted[key] = queue
            return response
        }
        guard request.header("authorization") == "Bearer \(apiKey)" else {
            return Self.error(401, "Incorrect API key provided: \(request.header("authorization")?.dropFirst(7).prefix(40) ?? "").", type: "invalid_request_error", code: "invalid_api_key")
        }
        let path = request.path.hasPrefix("/v1/") ? String(request.path.dropFirst(3)) : request.path
        let segments = path.split(separator: "/").map(String.init)
        switch (request.method, segments.first ?? "") {
        case ("POST", "chat"): return chat(request)
        case (_, "files"): return filesRoute(request, segments)
        case (_, "uploads"): return uploadsRoute(request, segments)
        case (_, "fine_tuning"): return jobsRoute(request, Array(segments.dropFirst()))
        case (_, "models"): return modelsRoute(request, segments)
        default: return Self.error(404, "Unknown route \(route)", type: "invalid_request_error")
        }
    }

    // MARK: Chat

    func chat(_ request: StubRequest) -> StubResponse {
        let body = request.json ?? [:]
        let n = body["n"] as? Int ?? 1
        let model = body["model"] as? String ?? "gpt-4.1-mini"
        if body["stream"] as? Bool == true {
            var pieces = chatStream?.pieces ?? defaultStream(model: model, n: n, usage: (body["stream_options"] as? [String: Any])?["include_usage"] as? Bool == true)
            if chatStream == nil { pieces = pieces.map { (0, $0.bytes) } }
            return .stream(status: 200, headers: [("content-type", "text/event-stream"), ("x-request-id", "req_stream")],
                           pieces: pieces, reset: chatStream?.reset ?? false)
        }
        let choices = (0..<n).map { i in
            ["index": i, "message": ["role": "assistant", "content": n > 1 ? "\(chatReply) (\(i + 1))" : chatReply], "finish_reason": "stop"] as [String: Any]
        }
        return .json(["id": "chatcmpl-1", "object": "chat.completion", "created": clock, "model": model, "choices": choices,
                      "usage": ["prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15]])
    }

    func defaultStream(model: String, n: Int, usage: Bool) -> [(delay: Double, bytes: [UInt8])] {
        func event(_ object: [String: Any]) -> [UInt8] {
            Array("data: ".utf8) + Array((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()) + Array("\n\n".utf8)
        }
        func chunk(_ index: Int, _ delta: [String: Any], _ finish: String?) -> [UInt8] {
            event(["id": "chatcmpl-1", "object": "chat.completion.chunk", "created": clock, "model": model,
                   "choices": [["index": index, "delta": delta, "finish_reason": finish as Any? ?? NSNull()]]])
        }
        var pieces: [(Double, [UInt8])] = []
        for i in 0..<n {
            let text = n > 1 ? "\(chatReply) (\(i + 1))" : chatReply
            pieces.append((0, chunk(i, ["role": "assistant", "content": ""], nil)))
            for word in text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map({ ($0.offset == 0 ? "" : " ") + $0.element }) {
                pieces.append((0, chunk(i, ["content": word], nil)))
            }
            pieces.append((0, chunk(i, [:], "stop")))
        }
        if usage {
            pieces.append((0, event(["id": "chatcmpl-1", "object": "chat.completion.chunk", "created": clock, "model": model, "choices": [],
                                     "usage": ["prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15]])))
        }
        pieces.append((0, Array("data: [DONE]\n\n".utf8)))
        return pieces
    }

    // MARK: Lists

    /// A cursor page of `items` (`after` = the id of the last item of the previous page).
    func page(_ items: [[String: Any]], _ request: StubRequest, ids: Bool = true) -> StubResponse {
        let limit = min(Int(request.query["limit"] ?? "") ?? 20, pageSize)
        var start = 0
        if let after = request.query["after"], let index = items.firstIndex(where: { $0["id"] as? String == after }) { start = index + 1 }
        let slice = Array(items[min(start, items.count)..<min(start + limit, items.count)])
        var object: [String: Any] = ["object": "list", "data": slice, "has_more": start + limit < items.count]
        if ids {
            object["first_id"] = slice.first?["id"] ?? NSNull()
            object["last_id"] = slice.last?["id"] ?? NSNull()
        }
        return .json(object)
    }

    // MARK: Files

    func fileObject(_ id: String, _ filename: String, _ bytes: Int, _ purpose: String) -> [String: Any] {
        ["id": id, "object": "file", "bytes": bytes, "created_at": clock, "filename": filename, "purpose": purpose, "status": "processed"]
    }

    func filesRoute(_ request: StubRequest, _ segments: [String]) -> StubResponse {
        switch (request.method, segments.count) {
        case ("POST", 1):
            let form = parseMultipart(request)
            guard let file = form["file"], let purpose = form["purpose"] else {
                return Self.error(400, "Missing file or purpose", type: "invalid_request_error")
            }
            let id = nextID("file")
            let object = fileObject(id, file.filename ?? "upload", file.bytes.count, String(decoding: purpose.bytes, as: UTF8.self))
            files[id] = (object, file.bytes)
            fileOrder.append(id)
            return .json(object)
        case ("GET", 1):
            return page(fileOrder.reversed().compactMap { files[$0]?.object }, request)
        case (_, 2...):
            let id = segments[1]
            guard let file = files[id] else { return Self.error(404, "No such File object: \(id)", type: "invalid_request_error") }
            if segments.count == 3 && segments[2] == "content" { return .full(status: 200, headers: [], body: file.bytes) }
            if request.method == "DELETE" {
                files[id] = nil
                fileOrder.removeAll { $0 == id }
                return .json(["id": id, "object": "file", "deleted": true])
            }
            return .json(file.object)
        default:
            return Self.error(404, "Unknown files route", type: "invalid_request_error")
        }
    }

    func uploadsRoute(_ request: StubRequest, _ segments: [String]) -> StubResponse {
        if segments.count == 1 {
            let body = request.json ?? [:]
            let id = nextID("upload")
            let object: [String: Any] = ["id": id, "object": "upload", "bytes": body["bytes"] ?? 0, "filename": body["filename"] ?? "",
                                         "purpose": body["purpose"] ?? "", "status": "pending", "created_at": clock, "expires_at": clock + 3600]
            uploads[id] = (object, [])
            return .json(object)
        }
        let id = segments[1]
        guard let upload = uploads[id] else { return Self.error(404, "No such upload \(id)", type: "invalid_request_error") }
        switch segments.count == 3 ? segments[2] : "" {
        case "parts":
            guard let data = parseMultipart(request)["data"] else { return Self.error(400, "Missing data", type: "invalid_request_error") }
            let part = nextID("part")
            parts[part] = data.bytes
            uploads[id]!.parts.append(part)
            return .json(["id": part, "object": "upload.part", "created_at": clock, "upload_id": id])
        case "complete":
            let body = request.json ?? [:]
            let order = body["part_ids"] as? [String] ?? []
            let bytes = order.flatMap { parts[$0] ?? [] }
            guard bytes.count == upload.object["bytes"] as? Int else {
                return Self.error(400, "The parts add up to \(bytes.count) bytes, not \(upload.object["bytes"] ?? 0)", type: "invalid_request_error")
            }
            let fileID = nextID("file")
            let file = fileObject(fileID, upload.object["filename"] as? String ?? "", bytes.count, upload.object["purpose"] as? String ?? "")
            files[fileID] = (file, bytes)
            fileOrder.append(fileID)
            var object = upload.object
            object["status"] = "completed"
            object["file"] = file
            object["md5_received"] = body["md5"] ?? NSNull()
            return .json(object)
        default:
            return Self.error(404, "Unknown uploads route", type: "invalid_request_error")
        }
    }

    // MARK: Models

    func modelsRoute(_ request: StubRequest, _ segments: [String]) -> StubResponse {
        if segments.count == 1 {
            return .json(["object": "list", "data": models.map {
                ["id": $0, "object": "model", "created": clock, "owned_by": $0.hasPrefix("ft:") ? "acme" : "system",
                 "shutdown_date": shutdownDates[$0].map { $0 as Any } ?? NSNull()]
            }])
        }
        let name = segments.dropFirst().joined(separator: "/")
        guard request.method == "DELETE" else { return .json(["id": name, "object": "model", "owned_by": "acme"]) }
        guard models.contains(name) else { return Self.error(404, "The model '\(name)' does not exist", type: "invalid_request_error", code: "model_not_found") }
        models.removeAll { $0 == name }
        return .json(["id": name, "object": "model", "deleted": true])
    }
}
