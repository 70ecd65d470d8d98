import ProviderKit

extension ProviderDescriptor {
    /// Together AI: files, LoRA and full fine-tuning, dedicated endpoints, and chat.
    public static let together = ProviderDescriptor(
        name: "together", displayName: "Together", keyVariable: "TOGETHER_API_KEY", baseURLVariable: "TOGETHER_BASE_URL",
        // Keys are `tgp_v1_...` today; older ones were 64 hex digits.
        keyPattern: #"tgp_v1_[A-Za-z0-9_\-]{16,}|[0-9a-f]{64}"#,
        capabilities: [.fineTuning, .chat, .endpoints],
        makeFineTuning: { TogetherFineTuningProvider(client: TogetherClient(configuration: TogetherConfiguration(environment: $0.variables))) },
        makeChat: { CompatibleChatClient(configuration: TogetherConfiguration(environment: $0.variables).chatConfiguration) },
        catalogReport: { try await TogetherClient(configuration: TogetherConfiguration(environment: $0.variables)).catalogReport() },
        makeEndpoints: { TogetherEndpoints(client: TogetherClient(configuration: TogetherConfiguration(environment: $0.variables))) })
}
