/// Chatting with a model, provider-neutral: the shell and the commands see chat only through this.
public protocol ChatProvider: Sendable {
    /// For messages: "OpenAI", "Together", or the server's host.
    var displayName: String { get }

    /// A whole reply (or `request.n` candidates) in one response.
    func chat(_ request: ChatRequest) async throws -> ChatCompletion

    /// The reply as it is generated. Cancelling the consuming task closes the connection; a
    /// stream that breaks off throws `streamInterrupted` after the chunks that did arrive.
    func streamChat(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamChunk, Error>

    /// The models the server serves.
    func listModels() async throws -> [ServedModel]
}
