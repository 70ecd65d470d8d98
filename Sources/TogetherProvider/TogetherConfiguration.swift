import ProviderKit

/// How to reach Together AI: `TOGETHER_API_KEY`, `TOGETHER_BASE_URL` (default
/// `https://api.together.xyz/v1`, the Python SDK's; `api.together.ai` works too).
public struct TogetherConfiguration: Sendable {
    public static let defaultBaseURL = "https://api.together.xyz/v1"

    public var apiKey: String?
    public var baseURL: String
    public var retryPolicy: RetryPolicy
    /// Timeouts and the largest answer read.
    public var limits: HTTPLimits

    public init(apiKey: String?, baseURL: String = defaultBaseURL, retryPolicy: RetryPolicy = RetryPolicy(), limits: HTTPLimits = HTTPLimits()) {
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.retryPolicy = retryPolicy
        self.limits = limits
    }

    public init(environment: [String: String]) {
        func value(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(apiKey: value("TOGETHER_API_KEY"), baseURL: value("TOGETHER_BASE_URL") ?? Self.defaultBaseURL,
                  limits: HTTPLimits(environment: environment))
    }

    /// Together's chat API is OpenAI-compatible: the client for chatting with its endpoints.
    public var chatConfiguration: CompatibleChatConfiguration {
        CompatibleChatConfiguration(providerName: "Together", baseURL: baseURL, apiKey: apiKey, keyVariable: "TOGETHER_API_KEY",
                                    baseURLVariable: "TOGETHER_BASE_URL", requiresKey: true, retryPolicy: retryPolicy, limits: limits)
    }
}
