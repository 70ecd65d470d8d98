import ProviderKit

extension ProviderDescriptor {
    /// Fireworks AI: datasets, supervised and DPO LoRA jobs, deployments, and chat through its
    /// OpenAI-compatible inference API.
    public static let fireworks = ProviderDescriptor(
        name: FireworksFineTuningProvider.name, displayName: "Fireworks", keyVariable: FireworksConfiguration.keyVariable,
        baseURLVariable: FireworksConfiguration.baseURLVariable,
        otherVariables: [FireworksConfiguration.accountVariable, FireworksConfiguration.inferenceBaseURLVariable],
        keyPattern: #"fw_[A-Za-z0-9]{16,}"#,
        capabilities: [.fineTuning, .chat, .endpoints],
        makeFineTuning: { FireworksFineTuningProvider(client: FireworksClient(configuration: FireworksConfiguration(environment: $0.variables))) },
        makeChat: { CompatibleChatClient(configuration: FireworksConfiguration(environment: $0.variables).chatConfiguration) },
        makeEndpoints: { FireworksDeployments(client: FireworksClient(configuration: FireworksConfiguration(environment: $0.variables))) })
}
