import Foundation
import Synchronization

/// A provider that lives in its own module, registered by the executable at start (this module
/// cannot import it): its name, the variable that holds its key, and how to build it.
public struct ProviderRegistration: Sendable {
    public let name: String
    public let keyVariable: String
    public let make: @Sendable (_ environment: [String: String]) throws -> any FineTuningProvider

    public init(name: String, keyVariable: String, make: @escaping @Sendable (_ environment: [String: String]) throws -> any FineTuningProvider) {
        self.name = name.lowercased()
        self.keyVariable = keyVariable
        self.make = make
    }
}

/// The fine-tuning providers tunesmith knows, by name. A third provider is one mapping file and
/// one line here.
public enum ProviderRegistry {
    private static let registered = Mutex<[ProviderRegistration]>([])

    /// Adds (or replaces) a provider from another module; call before parsing arguments, so help
    /// texts and completions list it.
    public static func register(_ registration: ProviderRegistration) {
        registered.withLock { list in
            list.removeAll { $0.name == registration.name }
            list.append(registration)
        }
    }

    private static func registration(_ name: String) -> ProviderRegistration? {
        registered.withLock { list in list.first { $0.name == name.lowercased() } }
    }

    public static var names: [String] { ["openai", "together"] + registered.withLock { $0.map(\.name) } }

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
            guard let registration = registration(name) else {
                throw ProvidersError(.invalidRequest, "unknown provider \"\(name)\"; use one of \(names.joined(separator: ", "))")
            }
            return try registration.make(environment)
        }
    }

    /// The environment variable that holds the provider's key.
    public static func keyVariable(_ name: String) -> String {
        if let registration = registration(name) { return registration.keyVariable }
        return name.lowercased() == "together" ? "TOGETHER_API_KEY" : "OPENAI_API_KEY"
    }

    /// Whether the provider's key is set.
    public static func hasKey(_ name: String, environment: [String: String], openAI: OpenAIConfiguration) -> Bool {
        name.lowercased() == "openai" ? openAI.apiKey != nil : environment[keyVariable(name)].map { !$0.isEmpty } ?? false
    }
}
