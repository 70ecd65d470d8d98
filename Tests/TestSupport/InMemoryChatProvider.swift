import Dataset
import Foundation
import ProviderKit

/// A chat server in memory, for the tests above the seam: each candidate's reply comes from
/// `reply`, streamed a word at a time. It keeps `ChatProviderContractTests`' contract, like the
/// real clients against their stubs.
public struct InMemoryChatProvider: ChatProvider {
    /// The reply for candidate `index` of `request`.
    public let reply: @Sendable (ChatRequest, Int) -> String
    public let models: [String]

    public init(models: [String] = ["in-memory-model"], reply: @escaping @Sendable (ChatRequest, Int) -> String = InMemoryChatProvider.echo) {
        self.models = models
        self.reply = reply
    }

    /// "You said: TEXT" (candidate 0), "You said: TEXT (2)" for the second, and so on.
    public static let echo: @Sendable (ChatRequest, Int) -> String = { request, index in
        "You said: " + (request.messages.last?.text ?? "") + (index == 0 ? "" : " (\(index + 1))")
    }

    public var displayName: String { "InMemory" }

    func check(_ request: ChatRequest) throws {
        guard models.contains(request.model) else {
            throw ProvidersError(.notFound, "InMemory: no model \(request.model); check the model name", status: 404)
        }
    }

    public func chat(_ request: ChatRequest) async throws -> ChatCompletion {
        try check(request)
        let choices = (0..<max(request.n ?? 1, 1)).map { index in
            ChatCompletion.Choice(index: index, message: ChatMessage(role: .assistant, text: reply(request, index)), finishReason: "stop")
        }
        return ChatCompletion(id: "chat-in-memory", model: request.model, choices: choices, usage: nil)
    }

    public func streamChat(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamChunk, Error> {
        AsyncThrowingStream { continuation in
            do {
                try check(request)
                for index in 0..<max(request.n ?? 1, 1) {
                    let text = reply(request, index)
                    var pieces = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                    for k in pieces.indices.dropLast() { pieces[k] += " " }
                    for piece in pieces {
                        continuation.yield(ChatStreamChunk(model: request.model, deltas: [.init(index: index, content: piece, finishReason: nil)]))
                    }
                    continuation.yield(ChatStreamChunk(model: request.model, deltas: [.init(index: index, content: nil, finishReason: "stop")]))
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
    }

    public func listModels() async throws -> [ServedModel] {
        models.map { ServedModel(id: $0, ownedBy: "in-memory", created: nil, raw: nil) }
    }
}
