/// Where an OpenAI-compatible chat server is and how to talk to it.
public struct CompatibleChatConfiguration: Sendable {
    /// For messages: "OpenAI", "Together".
    public var providerName: String
    public var baseURL: String
    public var apiKey: String?
    /// The variables that set the key and the base URL, for hints.
    public var keyVariable: String
    public var baseURLVariable: String
    /// True when a request without a key cannot succeed (the provider's own servers); a local
    /// server usually needs none.
    public var requiresKey: Bool
    /// Sent with every request besides the key (OpenAI's organization and project).
    public var headers: [(String, String)]
    public var retryPolicy: RetryPolicy
    public var limits: HTTPLimits
    /// Whether a stream may ask for the usage at its end (`stream_options`); a server whose spec
    /// forbids unknown fields and lacks it (Fireworks) refuses the request otherwise.
    public var streamUsage: Bool

    public init(providerName: String, baseURL: String, apiKey: String?, keyVariable: String, baseURLVariable: String,
                requiresKey: Bool, headers: [(String, String)] = [], retryPolicy: RetryPolicy = RetryPolicy(), limits: HTTPLimits = HTTPLimits(),
                streamUsage: Bool = true) {
        self.providerName = providerName
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.keyVariable = keyVariable
        self.baseURLVariable = baseURLVariable
        self.requiresKey = requiresKey
        self.headers = headers
        self.retryPolicy = retryPolicy
        self.limits = limits
        self.streamUsage = streamUsage
    }
}
