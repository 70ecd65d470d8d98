import Dataset

/// A dedicated endpoint (Together) or deployment (Fireworks): what serves a fine-tuned model for
/// chat, billed for as long as it is up.
public struct ServingEndpoint: Sendable {
    public var id: String
    /// Its display name, where the provider has one.
    public var name: String?
    public var model: String?
    /// The hardware or accelerator it runs on.
    public var hardware: String?
    /// "1 of 1-2", where the provider says.
    public var replicas: String?
    public var state: String?
    /// One of the provider's own serverless models (listed beside the author's endpoints, billed
    /// per token, never deleted by the author).
    public var isServerless: Bool
    /// The server's own object, for `--json`.
    public var raw: JSONValue?

    public init(id: String, name: String? = nil, model: String? = nil, hardware: String? = nil, replicas: String? = nil, state: String? = nil,
                isServerless: Bool = false, raw: JSONValue? = nil) {
        self.id = id
        self.name = name
        self.model = model
        self.hardware = hardware
        self.replicas = replicas
        self.state = state
        self.isServerless = isServerless
        self.raw = raw
    }
}

/// What to serve, and on what.
public struct EndpointRequest: Sendable {
    public var model: String
    /// A hardware id or accelerator type; nil: the provider's choice (Together: the cheapest available).
    public var hardware: String?
    public var minReplicas: Int
    public var maxReplicas: Int
    public var name: String?

    public init(model: String, hardware: String? = nil, minReplicas: Int = 1, maxReplicas: Int = 1, name: String? = nil) {
        self.model = model
        self.hardware = hardware
        self.minReplicas = minReplicas
        self.maxReplicas = maxReplicas
        self.name = name
    }
}

/// Serving a fine-tuned model where the provider needs a dedicated endpoint for it.
public protocol EndpointProvider: Sendable {
    /// "Together", "Fireworks".
    var displayName: String { get }
    /// The request with the provider's choices filled in (Together: the cheapest hardware available
    /// now) and what it bills, in words, to say before anything is created.
    func prepare(_ request: EndpointRequest) async throws -> (request: EndpointRequest, price: String)
    func createEndpoint(_ request: EndpointRequest) async throws -> ServingEndpoint
    func listEndpoints() async throws -> [ServingEndpoint]
    func endpoint(id: String) async throws -> ServingEndpoint
    func deleteEndpoint(id: String) async throws
    /// Once it is up: how to chat with it, and to delete it when done.
    func howToUse(_ endpoint: ServingEndpoint) -> String
}
