import Foundation

/// Every error the provider modules throw: the server's own words plus what to do next.
/// Match on `kind`; kinds are static values so that adding one breaks nobody.
public struct ProvidersError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        public static let missingAPIKey = Kind("missingAPIKey")
        public static let badRequest = Kind("badRequest")
        public static let authentication = Kind("authentication")
        public static let permissionDenied = Kind("permissionDenied")
        public static let notFound = Kind("notFound")
        public static let conflict = Kind("conflict")
        public static let rateLimited = Kind("rateLimited")
        public static let insufficientQuota = Kind("insufficientQuota")
        public static let server = Kind("server")
        /// Could not connect, or the connection failed before a response.
        public static let connection = Kind("connection")
        public static let timeout = Kind("timeout")
        /// A streamed reply stopped before it finished (the text so far is kept by the caller).
        public static let streamInterrupted = Kind("streamInterrupted")
        /// An `error` event inside a stream that had started with HTTP 200.
        public static let streamError = Kind("streamError")
        /// A response that is not the JSON it should be.
        public static let decoding = Kind("decoding")
        /// A local file that cannot be read or sent.
        public static let file = Kind("file")
        /// The request is not valid before anything is sent (a limit, an argument).
        public static let invalidRequest = Kind("invalidRequest")
    }

    public let kind: Kind
    public let message: String
    /// The HTTP status, when there was a response.
    public let status: Int?
    /// The server's `error.type` and `error.code`.
    public let type: String?
    public let code: String?
    /// The `x-request-id` of the response, for support.
    public let requestID: String?

    public init(_ kind: Kind, _ message: String, status: Int? = nil, type: String? = nil, code: String? = nil, requestID: String? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
        self.type = type
        self.code = code
        self.requestID = requestID
    }

    public var description: String { message }
    public var errorDescription: String? { message }

    /// The same error with every occurrence of `secret` masked.
    func redacting(_ secret: String?) -> ProvidersError {
        guard let secret, secret.count >= 8, message.contains(secret) else { return self }
        return ProvidersError(kind, message.replacingOccurrences(of: secret, with: Redaction.mask(secret)),
                              status: status, type: type, code: code, requestID: requestID)
    }
}

enum Redaction {
    /// `sk-proj-abc...xyz` -> `sk-...xyz`: enough to tell keys apart, never the key.
    static func mask(_ secret: String) -> String {
        secret.count > 12 ? String(secret.prefix(3)) + "..." + String(secret.suffix(4)) : "***"
    }
}
