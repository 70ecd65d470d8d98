import Foundation

/// The fine-tuning providers tunesmith knows, by name. A third provider is one mapping file and
/// one line here.
public enum ProviderRegistry {
    public static let names = ["openai", "together"]

    /// The provider called `name`, configured from the environment; `openAI` is the OpenAI
    /// configuration the commands already built (flags applied). The key is checked on first use.
    public static func provider(named name: String, environment: [String: String], openAI: OpenAIConfiguration,
                                trainingPrice: @escaping @Sendable (String) -> Double?) throws -> any FineTuningProvider {
        switch name.lowercased() {
        case "openai":
            return OpenAIFineTuningProvider(client: OpenAIClient(configuration: openAI), trainingPrice: trainingPrice)
        case "together":
            return TogetherFineTuningProvider(client: TogetherClient(configuration: TogetherConfiguration(environment: environment)))
        default:
            throw ProvidersError(.invalidRequest, "unknown provider \"\(name)\"; use one of \(names.joined(separator: ", "))")
        }
    }

    /// The environment variable that holds the provider's key.
    public static func keyVariable(_ name: String) -> String {
        name.lowercased() == "together" ? "TOGETHER_API_KEY" : "OPENAI_API_KEY"
    }

    /// Whether the provider's key is set.
    public static func hasKey(_ name: String, environment: [String: String], openAI: OpenAIConfiguration) -> Bool {
        name.lowercased() == "openai" ? openAI.apiKey != nil : environment[keyVariable(name)].map { !$0.isEmpty } ?? false
    }
}
