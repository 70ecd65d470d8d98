import ArgumentParser
import Foundation
import Models
import Providers
import Tokenizers

/// Where requests go: OpenAI's variables (`OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID`,
/// `OPENAI_PROJECT_ID`), which these flags override. The key is read from the environment only,
/// so it never lands in shell history.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The API's base URL (default: $OPENAI_BASE_URL, else https://api.openai.com/v1).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("The OpenAI organization (default: $OPENAI_ORG_ID).", valueName: "id"))
    var organization: String?

    @Option(help: ArgumentHelp("The OpenAI project (default: $OPENAI_PROJECT_ID).", valueName: "id"))
    var project: String?

    @Option(help: ArgumentHelp("The fine-tuning provider: " + ProviderRegistry.names.joined(separator: ", ") + " (default: $TUNESMITH_PROVIDER, else openai).", valueName: "name"),
            completion: .list(ProviderRegistry.names))
    var provider: String?

    var providerName: String {
        (provider ?? ProcessInfo.processInfo.environment["TUNESMITH_PROVIDER"] ?? "openai").lowercased()
    }

    func validate() throws {
        if let provider, !ProviderRegistry.names.contains(provider.lowercased()) {
            throw ValidationError("unknown provider \"\(provider)\"; use one of \(ProviderRegistry.names.joined(separator: ", "))")
        }
    }

    var configuration: OpenAIConfiguration {
        var configuration = OpenAIConfiguration(environment: ProcessInfo.processInfo.environment)
        if let baseURL { configuration.baseURL = baseURL }
        if let organization { configuration.organization = organization }
        if let project { configuration.project = project }
        return configuration
    }

    /// The chat API: OpenAI's (or `OPENAI_BASE_URL`'s), or the chosen provider's when one was named.
    var client: OpenAIClient {
        if provider != nil, let chat = try? fineTuning().chatConfiguration { return OpenAIClient(configuration: chat) }
        return OpenAIClient(configuration: configuration)
    }

    /// The fine-tuning provider the commands talk to.
    func fineTuning() throws -> any FineTuningProvider {
        try Self.provider(named: providerName, openAI: configuration)
    }

    static func provider(named name: String, openAI: OpenAIConfiguration) throws -> any FineTuningProvider {
        try ProviderRegistry.provider(named: name, environment: ProcessInfo.processInfo.environment, openAI: openAI,
                                      trainingPrice: { ModelCatalog.info(for: $0)?.trainingPricePerMillion })
    }
}
