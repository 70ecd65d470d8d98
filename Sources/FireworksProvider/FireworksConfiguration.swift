import ProviderKit

/// How to reach Fireworks AI, read as its SDK reads it: `FIREWORKS_API_KEY`, `FIREWORKS_ACCOUNT_ID`,
/// `FIREWORKS_BASE_URL` (the control plane, default https://api.fireworks.ai) and
/// `FIREWORKS_INFERENCE_BASE_URL` (the OpenAI-compatible chat, default
/// https://api.fireworks.ai/inference/v1).
public struct FireworksConfiguration: Sendable {
    public static let defaultBaseURL = "https://api.fireworks.ai"
    public static let defaultInferenceBaseURL = "https://api.fireworks.ai/inference/v1"
    public static let keyVariable = "FIREWORKS_API_KEY"
    public static let accountVariable = "FIREWORKS_ACCOUNT_ID"
    public static let baseURLVariable = "FIREWORKS_BASE_URL"
    public static let inferenceBaseURLVariable = "FIREWORKS_INFERENCE_BASE_URL"
    /// `:upload` takes at most 150 MB in one request; larger files go through signed URLs.
    public static let directUploadLimit: Int64 = 150 * 1_000_000

    public var apiKey: String?
    public var accountID: String?
    /// The control plane, without `/v1`.
    public var baseURL: String
    public var inferenceBaseURL: String
    public var retryPolicy: RetryPolicy
    /// Timeouts and the largest answer read.
    public var limits: HTTPLimits
    /// Files larger than this are uploaded through signed URLs.
    public var directUploadLimit: Int64
    /// Seconds between two looks at a dataset that is not READY yet, and how long to wait in all.
    public var readyPollInterval: Double
    public var readyTimeout: Double

    public init(apiKey: String?, accountID: String?, baseURL: String = defaultBaseURL, inferenceBaseURL: String = defaultInferenceBaseURL,
                retryPolicy: RetryPolicy = RetryPolicy(), limits: HTTPLimits = HTTPLimits(), directUploadLimit: Int64 = directUploadLimit,
                readyPollInterval: Double = 1, readyTimeout: Double = 900) {
        self.apiKey = apiKey
        self.accountID = accountID
        // The paths carry `/v1`; a base URL given with it would double it.
        var base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        if base.hasSuffix("/v1") { base = String(base.dropLast(3)) }
        self.baseURL = base
        self.inferenceBaseURL = inferenceBaseURL
        self.retryPolicy = retryPolicy
        self.limits = limits
        self.directUploadLimit = directUploadLimit
        self.readyPollInterval = readyPollInterval
        self.readyTimeout = readyTimeout
    }

    public init(environment: [String: String]) {
        func value(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(apiKey: value(Self.keyVariable), accountID: value(Self.accountVariable), baseURL: value(Self.baseURLVariable) ?? Self.defaultBaseURL,
                  inferenceBaseURL: value(Self.inferenceBaseURLVariable) ?? Self.defaultInferenceBaseURL, limits: HTTPLimits(environment: environment))
    }

    /// The account id every control-plane path carries, checked against Fireworks' resource-id
    /// rules; a missing or malformed one says where to find the right one.
    public func requireAccount() throws -> String {
        let whereToLook = "`firectl whoami` shows it, and firectl keeps it as account_id in ~/.fireworks/auth.ini"
        guard let accountID else {
            throw ProvidersError(.invalidRequest, "no Fireworks account id; set \(Self.accountVariable) (\(whereToLook))")
        }
        if accountID.contains("@") {
            throw ProvidersError(.invalidRequest, "\(Self.accountVariable) is \"\(accountID)\", an email address; the account id is a slug made "
                                 + "from it, not the address itself: \(whereToLook)")
        }
        guard FireworksResourceID.isValid(accountID) else {
            throw ProvidersError(.invalidRequest, "\(Self.accountVariable) \"\(accountID)\" is not an account id (lower-case letters, digits and "
                                 + "dashes, starting with a letter); \(whereToLook)")
        }
        return accountID
    }

    /// Fireworks' chat API is OpenAI-compatible: the client for chatting with its deployments.
    public var chatConfiguration: CompatibleChatConfiguration {
        CompatibleChatConfiguration(providerName: "Fireworks", baseURL: inferenceBaseURL, apiKey: apiKey, keyVariable: Self.keyVariable,
                                    baseURLVariable: Self.inferenceBaseURLVariable, requiresKey: true, retryPolicy: retryPolicy, limits: limits,
                                    // Its inference spec forbids fields it does not name, and stream_options is not one.
                                    streamUsage: false)
    }
}
