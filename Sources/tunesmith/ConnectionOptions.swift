import ArgumentParser
import Foundation
import Models
import ProviderKit
import Tokenizers

/// Where requests go: each provider's own variables (`OPENAI_API_KEY`, `TOGETHER_BASE_URL`, ...),
/// which these flags override. Keys are read from the environment only, so they never land in
/// shell history.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The provider API's base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("The OpenAI organization (default: $OPENAI_ORG_ID).", valueName: "id"))
    var organization: String?

    @Option(help: ArgumentHelp("The OpenAI project (default: $OPENAI_PROJECT_ID).", valueName: "id"))
    var project: String?

    @Option(help: ArgumentHelp("The provider: \(RegisteredProviders.namesText) (default: $TUNESMITH_PROVIDER, else \(RegisteredProviders.defaultName)).",
                               valueName: "name"),
            completion: .list(RegisteredProviders.registry.names))
    var provider: String?

    var providerName: String {
        (provider ?? ProcessInfo.processInfo.environment["TUNESMITH_PROVIDER"] ?? RegisteredProviders.defaultName).lowercased()
    }

    func validate() throws {
        if let provider, !RegisteredProviders.registry.names.contains(provider.lowercased()) {
            throw ValidationError("unknown provider \"\(provider)\"; use one of \(RegisteredProviders.namesText)")
        }
    }

    /// The environment a provider called `name` is built from: the process's, with the flags applied.
    func environment(for name: String) -> ProviderEnvironment {
        var environment = Self.processEnvironment
        if let descriptor = try? RegisteredProviders.registry.descriptor(named: name) {
            environment = environment.setting(descriptor.baseURLVariable, to: baseURL)
        }
        return environment.setting("OPENAI_ORG_ID", to: organization).setting("OPENAI_PROJECT_ID", to: project)
    }

    static var processEnvironment: ProviderEnvironment {
        ProviderEnvironment(variables: ProcessInfo.processInfo.environment, trainingPrice: { ModelCatalog.info(for: $0)?.trainingPricePerMillion })
    }

    /// The chat API: the named provider's (`--provider`), else the default one's.
    var client: any ChatProvider {
        let name = provider?.lowercased() ?? RegisteredProviders.defaultName
        let descriptor = (try? RegisteredProviders.registry.descriptor(named: name)) ?? RegisteredProviders.registry.descriptors[0]
        return descriptor.makeChat(environment(for: descriptor.name))
    }

    /// The fine-tuning provider the commands talk to.
    func fineTuning() throws -> any FineTuningProvider {
        try RegisteredProviders.registry.fineTuning(named: providerName, environment: environment(for: providerName))
    }
}
