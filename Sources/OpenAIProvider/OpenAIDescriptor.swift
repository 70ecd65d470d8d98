import ProviderKit

extension ProviderDescriptor {
    /// OpenAI, and any OpenAI-compatible server at `OPENAI_BASE_URL` (which may need no key).
    public static let openAI = ProviderDescriptor(
        name: "openai", displayName: "OpenAI", keyVariable: "OPENAI_API_KEY", baseURLVariable: "OPENAI_BASE_URL",
        otherVariables: ["OPENAI_ORG_ID", "OPENAI_PROJECT_ID"], keyPattern: #"sk-[A-Za-z0-9_\-]{16,}"#,
        capabilities: [.fineTuning, .chat, .pauseAndResume],
        isConfigured: { environment in
            let configuration = OpenAIConfiguration(environment: environment.variables)
            return configuration.apiKey != nil || !configuration.isOpenAI
        },
        makeFineTuning: { environment in
            OpenAIFineTuningProvider(client: OpenAIClient(configuration: OpenAIConfiguration(environment: environment.variables)),
                                     trainingPrice: environment.trainingPrice)
        },
        makeChat: { OpenAIClient(configuration: OpenAIConfiguration(environment: $0.variables)) },
        catalogReport: { try await OpenAIClient(configuration: OpenAIConfiguration(environment: $0.variables)).catalogReport() })
}
