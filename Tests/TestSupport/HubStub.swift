import Foundation

/// A loopback stand-in for the Hugging Face Hub's file route, `GET /ORG/NAME/resolve/main/FILE`:
/// the commit in `x-repo-commit`, large files through a redirect (as the Hub sends them to its
/// CDN), 404 for a file the repo lacks, and 401 for a gated repo without an accepted token.
public actor HubStub {
    public private(set) var server: StubHTTPServer!
    public var files: [String: [String: [UInt8]]] = [:]
    public var gated: Set<String> = []
    public var token = "hf_test_token"
    public nonisolated let commit = "0123456789abcdef0123456789abcdef01234567"
    public private(set) var requests: [StubRequest] = []

    public init() {}

    public static func start() async throws -> HubStub {
        let stub = HubStub()
        let server = try await StubHTTPServer.start { request in await stub.handle(request) }
        await stub.attach(server)
        return stub
    }

    private func attach(_ server: StubHTTPServer) { self.server = server }
    public var endpoint: String { server.baseURL }
    public func shutdown() async { await server.shutdown() }
    public func set(_ body: @Sendable (isolated HubStub) -> Void) { body(self) }

    func handle(_ request: StubRequest) -> StubResponse {
        requests.append(request)
        let parts = request.path.split(separator: "/").map(String.init)
        if parts.first == "cdn", parts.count >= 4 {  // cdn/ORG/NAME/FILE
            let repo = parts[1] + "/" + parts[2]
            guard let body = files[repo]?[parts[3]] else { return .full(status: 404, headers: [], body: []) }
            return .full(status: 200, headers: [("content-type", "application/octet-stream")], body: body)
        }
        guard parts.count == 5, parts[2] == "resolve", parts[3] == "main" else {
            return .full(status: 404, headers: [], body: Array("Repository not found".utf8))
        }
        let repo = parts[0] + "/" + parts[1]
        if gated.contains(repo) && request.header("authorization") != "Bearer \(token)" {
            return .full(status: 401, headers: [("x-error-code", "GatedRepo")], body: Array("Access to model \(repo) is restricted.".utf8))
        }
        guard files[repo]?[parts[4]] != nil else { return .full(status: 404, headers: [("x-error-code", "EntryNotFound")], body: []) }
        if parts[4].hasSuffix(".json") && parts[4] != "tokenizer_config.json" {
            // The CDN is another host name for the same loopback server.
            let cdn = "http://localhost:\(server.port)/cdn/\(repo)/\(parts[4])"
            return .full(status: 302, headers: [("location", cdn), ("x-repo-commit", commit)], body: [])
        }
        return .full(status: 200, headers: [("x-repo-commit", commit)], body: files[repo]![parts[4]]!)
    }
}
