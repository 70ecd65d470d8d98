import Models
import ProviderKit

/// A model under evaluation (or the judge): what it is called in reports, the model id sent, the
/// chat API that serves it, and its price when the catalog knows one.
public struct EvaluatedModel: Sendable {
    public let label: String
    public let model: String
    public let client: any ChatProvider
    public let price: InferencePrice?

    public init(label: String, model: String, client: any ChatProvider, price: InferencePrice? = nil) {
        self.label = label
        self.model = model
        self.client = client
        self.price = price ?? ModelCatalog.inferencePrice(for: model)
    }

    /// `spec` with the client `connect` builds for its provider (nil: the default one) or its URL.
    public init(_ spec: ModelSpec, connect: (ModelSpec) throws -> any ChatProvider) rethrows {
        self.init(label: spec.label, model: spec.model, client: try connect(spec))
    }

    /// An OpenAI-compatible server at `baseURL`, sent no key (a key is never sent to a host the author typed).
    public static func compatibleServer(_ baseURL: String, retryPolicy: RetryPolicy = RetryPolicy()) -> any ChatProvider {
        CompatibleChatClient(configuration: CompatibleChatConfiguration(
            providerName: hostName(of: baseURL), baseURL: baseURL, apiKey: nil, keyVariable: "(none)", baseURLVariable: "the URL after @",
            requiresKey: false, retryPolicy: retryPolicy))
    }

    static func hostName(of url: String) -> String {
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? Substring(url)
        return String(afterScheme.prefix { $0 != "/" }.split(separator: "@").last ?? afterScheme)
    }
}
