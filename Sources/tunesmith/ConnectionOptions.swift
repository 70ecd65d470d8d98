import ArgumentParser
import Foundation
import Providers
import Tiktoken

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

    var configuration: OpenAIConfiguration {
        var configuration = OpenAIConfiguration(environment: ProcessInfo.processInfo.environment)
        if let baseURL { configuration.baseURL = baseURL }
        if let organization { configuration.organization = organization }
        if let project { configuration.project = project }
        return configuration
    }

    var client: OpenAIClient { OpenAIClient(configuration: configuration) }

    /// The fine-tuning provider the commands talk to.
    var provider: any FineTuningProvider {
        OpenAIFineTuningProvider(client: client, trainingPrice: { ModelCatalog.info(for: $0)?.trainingPricePerMillion })
    }
}
