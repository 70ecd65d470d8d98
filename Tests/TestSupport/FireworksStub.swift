import Foundation

/// A loopback stand-in for Fireworks AI's control plane: `/v1/accounts/{account}/...` paths,
/// proto3 JSON (camelCase, SCREAMING_CASE enums, int64 values as strings), page tokens, datasets
/// filled by `:upload` or by signed URLs, supervised and DPO jobs whose state advances on each
/// look, cost estimates, and grpc-gateway's error bodies (`{"code": 3, "message": ...}`). Every
/// request passes `problem(with:)` before it is answered: the spec's required fields and enums.
public actor FireworksStub {
    public private(set) var server: StubHTTPServer!
    public var apiKey = "fw_test0123456789abcdefghij"
    public var account = "acme-co"
    public var scripted: [String: [StubResponse]] = [:]
    public private(set) var requests: [StubRequest] = []
    /// Looks at a filled dataset that still answer UPLOADING before it is READY.
    public var pollsBeforeReady = 1
    /// The cost `:estimateCost` gives, in US dollars (nil: an answer without `estimatedCost`).
    public var estimatedCost: Double? = 2.5
    /// Page size when the client asks for none (Fireworks' default is 50).
    var datasets: [String: [String: Any]] = [:]
    var datasetBytes: [String: [UInt8]] = [:]
    var pendingLooks: [String: Int] = [:]
    var jobs: [String: [String: Any]] = [:]
    var jobKinds: [String: String] = [:]
    var deployments: [String: [String: Any]] = [:]
    var counter = 0
    var clock = 0

    public init() {}

    public static func start() async throws -> FireworksStub {
        let stub = FireworksStub()
        let server = try await StubHTTPServer.start { request in await stub.handle(request) }
        await stub.attach(server)
        return stub
    }

    private func attach(_ server: StubHTTPServer) { self.server = server }
    public var baseURL: String { server.baseURL }
    public func shutdown() async { await server.shutdown() }
    public func set(_ body: @Sendable (isolated FireworksStub) -> Void) { body(self) }
    public func bytes(ofDataset id: String) -> [UInt8]? { datasetBytes[id] }
    public func dataset(_ id: String) -> [String: Any]? { datasets[id] }
    public var datasetIDs: [String] { datasets.keys.sorted() }
    public var jobIDs: [String] { jobs.keys.sorted() }

    /// A dataset that is READY already, as a list of many would hold.
    public func addReadyDataset(_ id: String, examples: Int) {
        datasets[id] = ["name": "accounts/\(account)/datasets/\(id)", "state": "READY", "exampleCount": "\(examples)", "format": "CHAT"]
    }

    /// The grpc-gateway error body with the gRPC code for the HTTP status.
    public static func error(_ status: Int, _ message: String, headers: [(String, String)] = []) -> StubResponse {
        let code = [400: 3, 401: 16, 403: 7, 404: 5, 409: 6, 429: 8, 500: 13, 503: 14][status] ?? 2
        return .json(["code": code, "message": message, "details": []], status: status, headers: headers + [("x-request-id", "fw_req_\(status)")])
    }

    func nextID(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(String(format: "%06d", counter))"
    }

    func time() -> String {
        clock += 1
        return "2026-11-29T10:\(String(format: "%02d", clock / 60 % 60)):\(String(format: "%02d", clock % 60)).250Z"
    }

    /// Where every request passes before it is answered: the key, then the spec's rules for the
    /// operation. One line switches to the generated checker once it exists:
    /// `SpecRules.named("fireworks").problem(method:path:query:headers:body:)`.
    func problem(with request: StubRequest) -> StubResponse? {
        if request.path.hasPrefix("/signed/") { return nil }  // a signed URL carries its own rules
        guard request.header("authorization") == "Bearer \(apiKey)" else { return Self.error(401, "unauthenticated: invalid API key") }
        // The generated rules of Fireworks' published spec first, then what the spec cannot say
        // (resource-id rules, the trainer's refusal of the old batchSize).
        let rules = SpecRules.named("fireworks")
        if let problem = rules.problem(of: request) {
            return Self.error(rules.knows(method: request.method, path: request.path) ? 400 : 404, "\(problem) (\(request.method) \(request.path), fireworks-openapi.yaml)")
        }
        if let problem = FireworksSpecRules.problem(method: request.method, path: request.path, query: request.query, body: request.body) {
            return Self.error(400, problem)
        }
        return nil
    }

    /// "Served by MODEL.", whole or as a stream of events.
    static func chatReply(_ request: StubRequest) -> StubResponse {
        let model = request.json?["model"] as? String ?? ""
        if request.json?["stream"] as? Bool == true {
            let events = ["data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Served by \(model).\"},\"finish_reason\":\"stop\"}]}\n\n", "data: [DONE]\n\n"]
            return .stream(status: 200, headers: [("content-type", "text/event-stream")], pieces: events.map { (0, Array($0.utf8)) }, reset: false)
        }
        return .json(["id": "fw-chat", "object": "chat.completion", "model": model,
                      "choices": [["index": 0, "message": ["role": "assistant", "content": "Served by \(model)."], "finish_reason": "stop"]]])
    }

    func handle(_ request: StubRequest) async -> StubResponse {
        requests.append(request)
        let route = "\(request.method) \(request.path)"
        if let key = scripted.keys.sorted(by: { $0.count > $1.count }).first(where: { route.hasPrefix($0) }), var queue = scripted[key], !queue.isEmpty {
            let response = queue.removeFirst()
            scripted[key] = queue
            return response
        }
        if let refused = problem(with: request) { return refused }
        if request.path.hasPrefix("/signed/") { return signedPut(request) }
        // The inference API (OpenAI-compatible chat), at its spec's own path.
        if request.method == "POST" && request.path == "/inference/v1/chat/completions" { return Self.chatReply(request) }
        let prefix = "/v1/accounts/\(account)/"
        guard request.path.hasPrefix(prefix) else {
            return request.path.hasPrefix("/v1/accounts/") ? Self.error(403, "permission denied on that account") : Self.error(404, "not found: \(route)")
        }
        let rest = String(request.path.dropFirst(prefix.count))
        let (collection, id, verb) = Self.split(rest)
        switch collection {
        case "datasets": return datasetsRoute(request, id: id, verb: verb)
        case "supervisedFineTuningJobs", "dpoJobs": return jobsRoute(request, kind: collection, id: id, verb: verb)
        case "deployments": return deploymentsRoute(request, id: id)
        default: return Self.error(404, "not found: \(route)")
        }
    }

    /// `datasets/x:upload` -> ("datasets", "x", "upload"); `supervisedFineTuningJobs:estimateCost` -> (..., nil, "estimateCost").
    static func split(_ rest: String) -> (String, String?, String?) {
        let parts = rest.split(separator: "/", maxSplits: 1).map(String.init)
        func verbSplit(_ text: String) -> (String, String?) {
            guard let colon = text.firstIndex(of: ":") else { return (text, nil) }
            return (String(text[..<colon]), String(text[text.index(after: colon)...]))
        }
        if parts.count == 1 {
            let (collection, verb) = verbSplit(parts[0])
            return (collection, nil, verb)
        }
        let (id, verb) = verbSplit(parts[1])
        return (parts[0], id, verb)
    }

    /// One page of `items` for `key`: a page token encodes the offset and the other parameters,
    /// which must match the call that gave it, as Fireworks says.
    func page(_ items: [[String: Any]], key: String, _ request: StubRequest) -> StubResponse {
        let size = min(200, Int(request.query["pageSize"] ?? "") ?? 50)
        let others = request.query.filter { $0.key != "pageSize" && $0.key != "pageToken" }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        var offset = 0
        if let token = request.query["pageToken"], !token.isEmpty {
            guard let decoded = Data(base64Encoded: token).map({ String(decoding: $0, as: UTF8.self) }), let bar = decoded.firstIndex(of: "|"),
                  let start = Int(decoded[..<bar]) else { return Self.error(400, "invalid page token") }
            guard String(decoded[decoded.index(after: bar)...]) == others else {
                return Self.error(400, "page token does not match the request's other parameters")
            }
            offset = start
        }
        let slice = Array(items.dropFirst(offset).prefix(size))
        var body: [String: Any] = [key: slice, "totalSize": items.count]
        if offset + size < items.count { body["nextPageToken"] = Data("\(offset + size)|\(others)".utf8).base64EncodedString() }
        return .json(body)
    }

    func datasetsRoute(_ request: StubRequest, id: String?, verb: String?) -> StubResponse {
        guard let id else {
            if request.method == "GET" { return page(datasets.keys.sorted().compactMap { datasets[$0] }, key: "datasets", request) }
            let body = request.json ?? [:]
            let datasetID = body["datasetId"] as? String ?? ""
            guard datasets[datasetID] == nil else { return Self.error(409, "dataset accounts/\(account)/datasets/\(datasetID) already exists") }
            var dataset = body["dataset"] as? [String: Any] ?? [:]
            dataset["name"] = "accounts/\(account)/datasets/\(datasetID)"
            dataset["state"] = "UPLOADING"
            dataset["createTime"] = time()
            dataset["createdBy"] = "author@acme.example"
            if let count = dataset["exampleCount"] { dataset["exampleCount"] = "\(count)" }  // int64 goes back as a string
            datasets[datasetID] = dataset
            return .json(dataset)
        }
        guard var dataset = datasets[id] else { return Self.error(404, "dataset accounts/\(account)/datasets/\(id) not found") }
        switch (request.method, verb) {
        case ("GET", nil):
            if dataset["state"] as? String == "UPLOADING", datasetBytes[id] != nil {
                let looks = pendingLooks[id, default: 0]
                if looks >= pollsBeforeReady { dataset["state"] = "READY"; dataset["estimatedTokenCount"] = "\(datasetBytes[id]!.count / 4)" }
                pendingLooks[id] = looks + 1
                datasets[id] = dataset
            }
            return .json(dataset)
        case ("DELETE", nil):
            datasets[id] = nil
            datasetBytes[id] = nil
            return .json([:])
        case ("POST", "upload"):
            guard dataset["state"] as? String != "READY" else { return Self.error(400, "dataset \(id) is already uploaded") }
            guard let file = parseMultipart(request)["file"] else { return Self.error(400, "the form has no file field") }
            datasetBytes[id] = file.bytes
            return .json(["id": id, "object": "file", "bytes": file.bytes.count, "created_at": 1_767_000_000, "filename": file.filename ?? "",
                          "purpose": "fine-tune"])
        case ("POST", "getUploadEndpoint"):
            let sizes = request.json?["filenameToSize"] as? [String: Any] ?? [:]
            var urls: [String: String] = [:]
            for name in sizes.keys { urls[name] = "\(server.baseURL)/signed/\(id)/\(name)?X-Goog-Signature=abc&X-Goog-SignedHeaders=content-type%3Bx-goog-content-length-range" }
            dataset["expectedSizes"] = sizes
            datasets[id] = dataset
            return .json(["filenameToSignedUrls": urls])
        case ("POST", "validateUpload"):
            guard datasetBytes[id] != nil else { return Self.error(400, "dataset \(id) has no uploaded files to validate") }
            return .json([:])
        default:
            return Self.error(404, "no such dataset method")
        }
    }

    /// The signed URL: no Fireworks key, and the signed headers exactly as signed.
    func signedPut(_ request: StubRequest) -> StubResponse {
        let parts = request.path.split(separator: "/").map(String.init)  // signed, id, name
        guard request.method == "PUT", parts.count == 3, let dataset = datasets[parts[1]] else { return .full(status: 404, headers: [], body: []) }
        let size = request.body.count
        guard request.header("authorization") == nil, request.header("content-type") == "application/octet-stream",
              request.header("x-goog-content-length-range") == "\(size),\(size)",
              "\((dataset["expectedSizes"] as? [String: Any])?[parts[2]] ?? "")" == "\(size)" else {
            return .full(status: 403, headers: [("content-type", "application/xml")],
                         body: Array("<Error><Code>SignatureDoesNotMatch</Code></Error>".utf8))
        }
        datasetBytes[parts[1]] = request.body
        return .full(status: 200, headers: [], body: [])
    }
}
