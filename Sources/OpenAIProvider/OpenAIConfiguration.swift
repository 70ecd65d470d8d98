import ProviderKit

/// How to reach OpenAI (or any OpenAI-compatible server), read the way OpenAI's SDKs read it:
/// `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID`, `OPENAI_PROJECT_ID`; flags override.
public struct OpenAIConfiguration: Sendable {
    public static let defaultBaseURL = "https://api.openai.com/v1"

    public var apiKey: String?
    public var baseURL: String
    public var organization: String?
    public var project: String?
    public var retryPolicy: RetryPolicy
    /// Timeouts and the largest answer read.
    public var limits: HTTPLimits
    /// Files larger than this go through the Uploads API (OpenAI's single-request limit is 512 MB).
    public var uploadsThreshold: Int64
    /// Part size for the Uploads API (at most 64 MB).
    public var uploadPartSize: Int64

    public init(apiKey: String?, baseURL: String = defaultBaseURL, organization: String? = nil, project: String? = nil,
                retryPolicy: RetryPolicy = RetryPolicy(), uploadsThreshold: Int64 = 512 * 1_000_000,
                uploadPartSize: Int64 = 64 * 1_000_000, limits: HTTPLimits = HTTPLimits()) {
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.organization = organization
        self.project = project
        self.retryPolicy = retryPolicy
        self.uploadsThreshold = uploadsThreshold
        self.uploadPartSize = uploadPartSize
        self.limits = limits
    }

    public init(environment: [String: String]) {
        func value(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(apiKey: value("OPENAI_API_KEY"), baseURL: value("OPENAI_BASE_URL") ?? Self.defaultBaseURL,
                  organization: value("OPENAI_ORG_ID"), project: value("OPENAI_PROJECT_ID"), limits: HTTPLimits(environment: environment))
    }

    /// True when requests go to OpenAI itself (a key is then required).
    public var isOpenAI: Bool { baseURL.contains("api.openai.com") }

    /// The chat API at the same address, with the same key, organization and project.
    public var chatConfiguration: CompatibleChatConfiguration {
        CompatibleChatConfiguration(
            providerName: "OpenAI", baseURL: baseURL, apiKey: apiKey, keyVariable: "OPENAI_API_KEY", baseURLVariable: "OPENAI_BASE_URL",
            requiresKey: isOpenAI, headers: [organization.map { ("openai-organization", $0) }, project.map { ("openai-project", $0) }].compactMap { $0 },
            retryPolicy: retryPolicy, limits: limits)
    }
}
