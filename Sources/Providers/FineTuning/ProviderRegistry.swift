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

    /// Whether the provider's key is set.
    public static func hasKey(_ name: String, environment: [String: String], openAI: OpenAIConfiguration) -> Bool {
        switch name.lowercased() {
        case "together": environment["TOGETHER_API_KEY"].map { !$0.isEmpty } ?? false
        default: openAI.apiKey != nil
        }
    }
}
