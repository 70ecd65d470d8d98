import Dataset
import Foundation
import NIOHTTP1
import ProviderKit

/// Fireworks AI's control plane (`/v1/accounts/{account}/...`): datasets, supervised and DPO
/// fine-tuning jobs, cost estimates and deployments. Chat goes to the inference URL instead.
public struct FireworksClient: Sendable {
    public let configuration: FireworksConfiguration
    let transport: HTTPTransport
    /// For signed upload URLs, which must not see the API key.
    let bare: HTTPTransport

    public init(configuration: FireworksConfiguration) {
        self.configuration = configuration
        var headers = HTTPHeaders()
        if let key = configuration.apiKey { headers.add(name: "authorization", value: "Bearer \(key)") }
        headers.add(name: "user-agent", value: "tunesmith")
        // Every control-plane path is under `/v1`; the base URL names the version, as for the other providers.
        transport = HTTPTransport(baseURL: configuration.baseURL + "/v1", headers: headers, policy: configuration.retryPolicy,
                                  secret: configuration.apiKey, providerName: "Fireworks", limits: configuration.limits, errorReader: Self.readError)
        bare = HTTPTransport(baseURL: configuration.baseURL, headers: ["user-agent": "tunesmith"], policy: configuration.retryPolicy,
                             secret: nil, providerName: "Fireworks", limits: configuration.limits, errorReader: Self.readError)
    }

    /// `/accounts/{account}` + `path` (under the base URL's `/v1`).
    func accountPath(_ path: String) throws -> String {
        "/accounts/\(try configuration.requireAccount())" + path
    }

    /// `accounts/{account}/{collection}/{id}`, the full name the API wants in bodies; a name that
    /// already is one is kept.
    func resourceName(_ collection: String, _ id: String) throws -> String {
        id.hasPrefix("accounts/") ? id : "accounts/\(try configuration.requireAccount())/\(collection)/\(id)"
    }

    func send(_ request: APIRequest) async throws -> APIResponse {
        guard configuration.apiKey != nil else {
            throw ProvidersError(.missingAPIKey, "no Fireworks API key; set \(FireworksConfiguration.keyVariable)")
        }
        _ = try configuration.requireAccount()
        return try await transport.send(request)
    }

    func call<T: Decodable & Sendable>(_ request: APIRequest, as type: T.Type) async throws -> (value: T, raw: JSONValue?) {
        let response = try await send(request)
        return (try response.decode(T.self, from: "Fireworks"), response.json)
    }

    static func json(_ object: JSONObject) -> APIRequest.Body {
        .json(Data(JSONWriter.string(.object(object)).utf8))
    }

    /// Every page of a list (`pageSize`, `pageToken` -> `nextPageToken`, absent on the last page),
    /// up to `limit` items, each with the server's own object.
    func list<Item: Decodable & Sendable>(_ path: String, key: String, query: [(String, String)] = [], limit: Int = .max,
                                          as type: Item.Type) async throws -> [(item: Item, raw: JSONValue?)] {
        var items: [(Item, JSONValue?)] = []
        var token: String?
        var seenTokens = Set<String>()
        repeat {
            var pageQuery = query + [("pageSize", "\(min(200, max(1, limit - items.count)))")]
            if let token { pageQuery.append(("pageToken", token)) }
            let page = try await call(APIRequest(.GET, path, query: pageQuery), as: FireworksWire.Page<Item>.self)
            let raws = page.raw?.objectValue?[key]?.arrayValue ?? []
            for (k, item) in page.value.items.enumerated() { items.append((item, k < raws.count ? raws[k] : nil)) }
            token = page.value.nextPageToken.flatMap { $0.isEmpty ? nil : $0 }
            if let token, !seenTokens.insert(token).inserted {
                throw ProvidersError(.decoding, "Fireworks gave the same page token twice while listing \(key); try again later")
            }
        } while token != nil && items.count < limit
        return Array(items.prefix(limit))
    }

    // MARK: Errors

    /// The control plane answers with grpc-gateway's `{"code": 3, "message": ...}`; `{"error": {...}}`
    /// (the inference shape) is read too. The advice is Fireworks'.
    @Sendable static func readError(_ request: APIRequest, _ response: APIResponse) -> ProvidersError {
        let body = try? JSONParser.parse(String(decoding: response.body, as: UTF8.self))
        let object = body?.objectValue?["error"]?.objectValue ?? body?.objectValue
        let message = object?["message"]?.stringValue ?? String(decoding: response.body.prefix(300), as: UTF8.self)
        let code = object?["code"].flatMap { $0.stringValue ?? $0.integerValue.map(String.init) }
        let isJob = request.path.contains("FineTuningJobs") || request.path.contains("dpoJobs")
        let (kind, hint): (ProvidersError.Kind, String) = switch response.status {
        case 401: (.authentication, "check \(FireworksConfiguration.keyVariable)")
        case 403: (.permissionDenied, "the key has no access to this; check that \(FireworksConfiguration.accountVariable) is the key's account")
        case 404: (.notFound, isJob ? "no such job; list them with `tunesmith jobs list --provider fireworks`"
                   : "check the id (`tunesmith files list --provider fireworks` lists datasets)")
        case 409: (.conflict, "it exists already; use another id or the existing one")
        case 429: (.rateLimited, "rate limited; wait a minute and try again")
        case 500...: (.server, "Fireworks had a server error; try again in a minute")
        default: (.badRequest, "check the request's values")
        }
        var facts = ["HTTP \(response.status)"]
        if let code { facts.append("code \(code)") }
        if let id = response.requestID { facts.append("request \(id)") }
        return ProvidersError(kind, "Fireworks: \(message) (\(facts.joined(separator: ", "))); \(hint)", status: response.status,
                              code: code, requestID: response.requestID)
    }
}
