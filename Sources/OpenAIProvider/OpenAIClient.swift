import Dataset
import Foundation
import NIOHTTP1
import ProviderKit

/// OpenAI's REST API (and any server that speaks it): chat, files, uploads, fine-tuning, models.
public struct OpenAIClient: Sendable {
    public let configuration: OpenAIConfiguration
    let transport: HTTPTransport

    public init(configuration: OpenAIConfiguration) {
        self.configuration = configuration
        var headers = HTTPHeaders()
        if let key = configuration.apiKey { headers.add(name: "authorization", value: "Bearer \(key)") }
        if let organization = configuration.organization { headers.add(name: "openai-organization", value: organization) }
        if let project = configuration.project { headers.add(name: "openai-project", value: project) }
        headers.add(name: "user-agent", value: "tunesmith")
        transport = HTTPTransport(
            baseURL: configuration.baseURL, headers: headers, policy: configuration.retryPolicy, secret: configuration.apiKey,
            providerName: "OpenAI", limits: configuration.limits, errorReader: { Self.errors.read($0, $1) })
    }

    /// A decoded response with the server's own bytes.
    struct Decoded<Value: Sendable>: Sendable {
        let value: Value
        let raw: Data

        var json: JSONValue? { try? JSONParser.parse(String(decoding: raw, as: UTF8.self)) }
    }

    func requireKey() throws {
        if configuration.apiKey == nil && configuration.isOpenAI {
            throw ProvidersError(.missingAPIKey, "no OpenAI API key; set OPENAI_API_KEY (or point OPENAI_BASE_URL at a server that needs none)")
        }
    }

    func send(_ request: APIRequest) async throws -> APIResponse {
        try requireKey()
        return try await transport.send(request)
    }

    func decode<T: Decodable & Sendable>(_ type: T.Type, _ response: APIResponse) throws -> Decoded<T> {
        Decoded(value: try response.decode(T.self, from: "OpenAI"), raw: response.body)
    }

    func call<T: Decodable & Sendable>(_ request: APIRequest, as type: T.Type) async throws -> Decoded<T> {
        try decode(type, try await send(request))
    }

    /// Every page of a cursor-paged list (`after` = the last id of the previous page), each item
    /// with the server's own object.
    func listAll<T: Decodable & Sendable>(_ path: String, query: [(String, String)] = [], limit: Int, id: (T) -> String,
                                          maximum: Int = .max) async throws -> [(item: T, raw: JSONValue?)] {
        var items: [T] = []
        var raw: [JSONValue?] = []
        var after: String?
        repeat {
            let page = try await call(APIRequest(.GET, path, query: query + [("limit", "\(limit)")] + (after.map { [("after", $0)] } ?? [])),
                                      as: OpenAIWire.List<T>.self)
            items += page.value.data
            let data = page.json?.objectValue?["data"]?.arrayValue ?? []
            raw += page.value.data.indices.map { $0 < data.count ? data[$0] : nil }
            guard page.value.has_more == true, let last = page.value.data.last, items.count < maximum else { break }
            after = id(last)
        } while true
        return Array(zip(items, raw)).map { (item: $0.0, raw: $0.1) }
    }

    /// The server's error body in one message a person can act on.
    static let errors = CompatibleErrorReader(
        providerName: "OpenAI", keyVariable: "OPENAI_API_KEY",
        permissionHint: "the key, organization or project has no access to this; check OPENAI_ORG_ID, OPENAI_PROJECT_ID and the key's permissions",
        notFoundHint: { path in
            path.contains("/fine_tuning/jobs") ? "no such job; list them with `tunesmith jobs list`"
                : path.hasPrefix("/files") ? "no such file; list them with `tunesmith files list`"
                : path.hasPrefix("/models") ? "no such model; list them with `tunesmith models list`"
                : "check the id and OPENAI_BASE_URL"
        })
}
