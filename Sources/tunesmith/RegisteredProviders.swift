import FireworksProvider
import OpenAIProvider
import ProviderKit
import TogetherProvider

/// Every provider this build knows, one line per provider module; nothing else in the executable
/// names one except the commands that are a provider's own (`endpoints`).
enum RegisteredProviders {
    static let registry = ProviderRegistry([.openAI, .together, .fireworks])

    /// The provider used when none is named (`--provider`, `TUNESMITH_PROVIDER`).
    static var defaultName: String { registry.names[0] }

    /// "openai, together", for help texts.
    static var namesText: String { registry.names.joined(separator: ", ") }
}
