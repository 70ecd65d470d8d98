import AsyncHTTPClient
import Dataset
import Foundation
import NIOHTTP1

/// Chat over the OpenAI-compatible API (`POST /chat/completions`, `GET /models`), which OpenAI,
/// Together, Fireworks, vLLM, Ollama and llama.cpp's server all speak: one client for all of them.
public struct CompatibleChatClient: ChatProvider {
    public let configuration: CompatibleChatConfiguration
    let transport: HTTPTransport

    public init(configuration: CompatibleChatConfiguration) {
        self.configuration = configuration
        var headers = HTTPHeaders()
        if let key = configuration.apiKey { headers.add(name: "authorization", value: "Bearer \(key)") }
        for (name, value) in configuration.headers { headers.add(name: name, value: value) }
        headers.add(name: "user-agent", value: "tunesmith")
        let reader = CompatibleErrorReader(providerName: configuration.providerName, keyVariable: configuration.keyVariable,
                                           notFoundHint: { _ in "check the model name and \(configuration.baseURLVariable)" })
        transport = HTTPTransport(
            baseURL: configuration.baseURL, headers: headers, policy: configuration.retryPolicy, secret: configuration.apiKey,
            providerName: configuration.providerName, baseURLVariable: configuration.baseURLVariable, limits: configuration.limits,
            errorReader: { reader.read($0, $1) })
    }

    public var displayName: String { configuration.providerName }

    func requireKey() throws {
        if configuration.apiKey == nil && configuration.requiresKey {
            throw ProvidersError(.missingAPIKey, "no \(configuration.providerName) API key; set \(configuration.keyVariable) "
                + "(or point \(configuration.baseURLVariable) at a server that needs none)")
        }
    }

    public func listModels() async throws -> [ServedModel] {
        try requireKey()
        let response = try await transport.send(APIRequest(.GET, "/models"))
        // OpenAI wraps the list in {"data": [...]}; Together answers with the bare array.
        let models: [CompatibleWire.Model]
        do {
            models = try (try? JSONDecoder().decode(CompatibleWire.ModelList.self, from: response.body))?.data
                ?? JSONDecoder().decode([CompatibleWire.Model].self, from: response.body)
        } catch {
            throw ProvidersError(.decoding, "\(configuration.providerName)'s model list is not the expected JSON (\(error)); check \(configuration.baseURLVariable)",
                                 status: response.status, requestID: response.requestID)
        }
        let parsed = try? JSONParser.parse(String(decoding: response.body, as: UTF8.self))
        let raw = parsed?.objectValue?["data"]?.arrayValue ?? parsed?.arrayValue ?? []
        return models.enumerated().map { k, model in
            ServedModel(id: model.id, ownedBy: model.owned_by, created: model.created.map { Date(timeIntervalSince1970: $0) },
                        raw: k < raw.count ? raw[k] : nil)
        }
    }

    /// A whole reply in one response.
    public func chat(_ request: ChatRequest) async throws -> ChatCompletion {
        try requireKey()
        let response = try await transport.send(APIRequest(.POST, "/chat/completions", body: .json(Data(JSONWriter.string(request.body(stream: false)).utf8))))
        do {
            return try ChatCompletion(json: try JSONParser.parse(String(decoding: response.body, as: UTF8.self)))
        } catch let error as ProvidersError {
            throw error
        } catch {
            throw ProvidersError(.decoding, "the chat reply is not JSON (\(error)); check \(configuration.baseURLVariable)", requestID: response.requestID)
        }
    }

    /// The reply as it is generated (server-sent events). Cancelling the consuming task closes the
    /// connection at once. A stream that breaks off throws `streamInterrupted` after the chunks
    /// that did arrive; an `error` event throws `streamError`.
    public func streamChat(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamChunk, Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try requireKey()
                    let body = Data(JSONWriter.string(request.body(stream: true, streamUsage: configuration.streamUsage)).utf8)
                    let response = try await transport.open(APIRequest(.POST, "/chat/completions", body: .json(body)))
                    let requestID = response.headers.first(name: "x-request-id")
                    try transport.requireEventStream(response, requestID: requestID)
                    var parser = SSEParser()
                    var accumulator = ChatStreamAccumulator()
                    var done = false
                    func handle(_ event: SSEEvent) throws {
                        if event.data.hasPrefix("[DONE]") {
                            done = true
                            return
                        }
                        let value: JSONValue
                        do { value = try JSONParser.parse(event.data) } catch {
                            throw ProvidersError(.decoding, "\(configuration.providerName) sent an event that is not JSON (\(error.reason)); the text so far is kept", requestID: requestID)
                        }
                        if let error = value.objectValue?["error"], error != .null {
                            let detail = error.objectValue
                            throw ProvidersError(
                                .streamError,
                                "\(configuration.providerName) stopped the reply with an error: \(detail?["message"]?.stringValue ?? JSONWriter.string(error)); the text so far is kept",
                                type: detail?["type"]?.stringValue, code: detail?["code"]?.stringValue, requestID: requestID)
                        }
                        guard let object = value.objectValue else { return }
                        let chunk = ChatStreamChunk(json: object)
                        accumulator.add(chunk)
                        continuation.yield(chunk)
                    }
                    var received = 0
                    do {
                        streaming: for try await buffer in response.body {
                            received += buffer.readableBytes
                            if received > transport.limits.maximumResponseBytes { throw transport.replyTooLong(requestID: requestID) }
                            for event in parser.feed(buffer.readableBytesView) {
                                try handle(event)
                                if done { break streaming }
                            }
                        }
                    } catch let error as ProvidersError {
                        throw error
                    } catch is CancellationError {
                        throw CancellationError()
                    } catch {
                        if Task.isCancelled { throw CancellationError() }
                        if let stalled = transport.replyStalled(error, requestID: requestID) { throw stalled }
                        throw ProvidersError(
                            .streamInterrupted,
                            "the connection to \(configuration.providerName) broke off mid-reply (\(ConnectionFailure(error).words)); the text so far is kept, and a retry may finish it",
                            requestID: requestID)
                    }
                    if !done, let last = parser.finish() { try handle(last) }
                    if !done && !accumulator.isFinished {
                        throw ProvidersError(.streamInterrupted, "the reply stopped before it finished; the text so far is kept", requestID: requestID)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: (error as? ProvidersError)?.redacting(configuration.apiKey) ?? error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
