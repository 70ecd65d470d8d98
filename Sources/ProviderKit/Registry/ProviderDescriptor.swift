import Models

/// Everything tunesmith knows about a provider before it talks to it: its names, the variables it
/// reads, the shape of its keys (so that a pasted key never reaches the history), what it can do,
/// and how to build its clients. Help texts, completions and "set X_API_KEY" messages come from here.
public struct ProviderDescriptor: Sendable {
    public struct Capabilities: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Files and fine-tuning jobs.
        public static let fineTuning = Capabilities(rawValue: 1 << 0)
        /// Chat with its models, including the fine-tuned ones.
        public static let chat = Capabilities(rawValue: 1 << 1)
        /// Dedicated endpoints or deployments that serve a fine-tuned model (billed while up).
        public static let endpoints = Capabilities(rawValue: 1 << 2)
        /// A running job can be paused and resumed.
        public static let pauseAndResume = Capabilities(rawValue: 1 << 3)
    }

    /// `openai`, `together`: the value of `--provider`, `TUNESMITH_PROVIDER` and a persona's provider.
    public let name: String
    /// "OpenAI", "Together", for sentences.
    public let displayName: String
    public let keyVariable: String
    public let baseURLVariable: String
    /// The other variables it reads, for help texts (`OPENAI_ORG_ID`, `FIREWORKS_ACCOUNT_ID`).
    public let otherVariables: [String]
    /// A regular expression matching its API keys.
    public let keyPattern: String
    public let capabilities: Capabilities
    /// True when the environment holds what requests need (usually the key).
    public let isConfigured: @Sendable (ProviderEnvironment) -> Bool
    public let makeFineTuning: @Sendable (ProviderEnvironment) throws -> any FineTuningProvider
    public let makeChat: @Sendable (ProviderEnvironment) -> any ChatProvider
    /// The models it trains, with their limits and prices, to refresh the catalog (nil: it cannot say).
    public let catalogReport: (@Sendable (ProviderEnvironment) async throws -> ProviderReport)?
    /// Its dedicated endpoints or deployments (nil: it serves fine-tuned models without them).
    public let makeEndpoints: (@Sendable (ProviderEnvironment) -> any EndpointProvider)?

    public init(name: String, displayName: String, keyVariable: String, baseURLVariable: String, otherVariables: [String] = [],
                keyPattern: String, capabilities: Capabilities,
                isConfigured: (@Sendable (ProviderEnvironment) -> Bool)? = nil,
                makeFineTuning: @escaping @Sendable (ProviderEnvironment) throws -> any FineTuningProvider,
                makeChat: @escaping @Sendable (ProviderEnvironment) -> any ChatProvider,
                catalogReport: (@Sendable (ProviderEnvironment) async throws -> ProviderReport)? = nil,
                makeEndpoints: (@Sendable (ProviderEnvironment) -> any EndpointProvider)? = nil) {
        self.name = name
        self.displayName = displayName
        self.keyVariable = keyVariable
        self.baseURLVariable = baseURLVariable
        self.otherVariables = otherVariables
        self.keyPattern = keyPattern
        self.capabilities = capabilities
        self.isConfigured = isConfigured ?? { $0.value(keyVariable) != nil }
        self.makeFineTuning = makeFineTuning
        self.makeChat = makeChat
        self.catalogReport = catalogReport
        self.makeEndpoints = makeEndpoints
    }
}
