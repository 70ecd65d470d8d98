import AsyncHTTPClient
import NIOHTTP1

/// What ends a streamed reply early, in words; the caller keeps the text so far.
extension HTTPTransport {
    /// Throws when a stream request was answered with something else (one JSON document, a web
    /// page): its body is not read at all, so a huge one costs nothing.
    func requireEventStream(_ response: HTTPClientResponse, requestID: String?) throws {
        guard let type = response.headers.first(name: "content-type")?.lowercased(), !type.contains("event-stream") else { return }
        let size = response.headers.first(name: "content-length").flatMap(Int.init).map { ", " + ByteCountText.megabytes($0) } ?? ""
        throw ProvidersError(.decoding, "\(providerName) at \(shownBaseURL) answered the streamed request with \(type.prefix(60))\(size), not a stream of events, "
            + "so there is no reply; check that the base URL (\(baseURLVariable)) is an OpenAI-compatible chat API", requestID: requestID).redacting(secret)
    }

    func replyTooLong(requestID: String?) -> ProvidersError {
        ProvidersError(.streamInterrupted, "the reply passed \(limits.maximumResponseText), the limit for one reply, and was stopped there; "
            + "the text so far is kept (raise \(HTTPLimits.maximumResponseVariable) if a real reply is this long)", requestID: requestID)
    }

    /// The error for a stream that went silent; nil for other breaks.
    func replyStalled(_ error: Error, requestID: String?) -> ProvidersError? {
        guard ConnectionFailure(error).cause == .silent else { return nil }
        return ProvidersError(.streamInterrupted, "\(providerName) sent nothing for \(HTTPLimits.seconds(limits.responseTimeout)) mid-reply, so it was stopped; "
            + "the text so far is kept (wait longer with \(HTTPLimits.responseTimeoutVariable)=SECONDS)", requestID: requestID)
    }
}
