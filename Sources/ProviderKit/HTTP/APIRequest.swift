import Foundation
import NIOHTTP1

/// One HTTP request to a provider, described so that it can be sent again on a retry.
public struct APIRequest: Sendable {
    public enum Body: Sendable {
        case empty
        case json(Data)
        /// A multipart form streamed from its parts (files are read as it is sent).
        case multipart(MultipartForm)
        /// Only the file parts' bytes, streamed, with no form around them (a signed-URL PUT).
        case raw(MultipartForm)
    }

    public var method: HTTPMethod
    /// Relative to the provider's base URL, e.g. `/files`.
    public var path: String
    public var query: [(String, String)]
    public var headers: HTTPHeaders
    public var body: Body
    public var safety: RetryPolicy.Safety
    /// How long the whole request may take until its answer starts; uploads have no such limit
    /// (only the idle ones of `HTTPLimits`), since a large file on a slow link takes long.
    public var timeout: Double
    /// A 3xx answer is returned as a response instead of an error (signed-URL uploads).
    public var acceptsRedirect = false

    public init(_ method: HTTPMethod, _ path: String, query: [(String, String)] = [], body: Body = .empty,
                safety: RetryPolicy.Safety = .idempotent, timeout: Double = 600) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = HTTPHeaders()
        self.body = body
        self.safety = safety
        self.timeout = timeout
    }

    /// A JSON body from a value tunesmith built itself.
    public static func jsonBody(_ value: some Encodable) throws -> Body {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .json(try encoder.encode(value))
    }
}

/// A whole response.
public struct APIResponse: Sendable {
    public let status: Int
    public let headers: HTTPHeaders
    public let body: Data

    public var requestID: String? { headers.first(name: "x-request-id") }

    public var isRedirect: Bool { (300..<400).contains(status) }

    public init(status: Int, headers: HTTPHeaders, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

extension String {
    /// A path segment with everything but unreserved characters and `:` percent-encoded
    /// (model names such as `ft:gpt-4o-mini:org::id` keep their colons).
    public var pathSegmentEncoded: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~:")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}
