import ProviderKit

/// OpenAI's chat is the compatible API at the same address, with the same key, organization and project.
extension OpenAIClient: ChatProvider {
    public var displayName: String { "OpenAI" }

    var compatibleChat: CompatibleChatClient { CompatibleChatClient(configuration: configuration.chatConfiguration) }

    public func chat(_ request: ChatRequest) async throws -> ChatCompletion { try await compatibleChat.chat(request) }

    public func streamChat(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamChunk, Error> { compatibleChat.streamChat(request) }

    public func listModels() async throws -> [ServedModel] { try await compatibleChat.listModels() }
}
