import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Sends `APIRequest`s to one provider: base URL and auth headers, the retry policy, and errors
/// turned into `ProvidersError`s that name the provider and what to do.
public struct HTTPTransport: Sendable {
    public let baseURL: String
    public let headers: HTTPHeaders
    public let policy: RetryPolicy
    /// Reads the provider's error body into a message, type and code.
    public let errorReader: @Sendable (APIRequest, APIResponse) -> ProvidersError
    /// Masked in every error message.
    public let secret: String?
    /// For messages: "OpenAI", "Together".
    public let providerName: String
    /// The variable that sets the base URL, for hints.
    public let baseURLVariable: String
    public let limits: HTTPLimits

    public init(baseURL: String, headers: HTTPHeaders, policy: RetryPolicy = RetryPolicy(), secret: String?,
                providerName: String, baseURLVariable: String? = nil, limits: HTTPLimits = HTTPLimits(),
                errorReader: @escaping @Sendable (APIRequest, APIResponse) -> ProvidersError) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.headers = headers
        self.policy = policy
        self.secret = secret
        self.providerName = providerName
        self.baseURLVariable = baseURLVariable ?? providerName.uppercased() + "_BASE_URL"
        self.limits = limits
        self.errorReader = errorReader
    }

    func url(for request: APIRequest) -> String {
        let target = request.path.hasPrefix("http://") || request.path.hasPrefix("https://") ? request.path : baseURL + request.path
        guard !request.query.isEmpty else { return target }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let query = request.query.map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)"
        }
        return target + "?" + query.joined(separator: "&")
    }

    /// The request to send, and for an upload what watches its body being taken.
    private func build(_ request: APIRequest) throws -> (HTTPClientRequest, UploadWatch?) {
        var built = HTTPClientRequest(url: url(for: request))
        built.method = request.method
        built.headers = headers
        built.headers.add(contentsOf: request.headers)
        var watch: UploadWatch?
        func upload(_ chunks: MultipartChunks, length: Int64) {
            let watching = UploadWatch()
            built.body = .stream(watching.watching(chunks), length: .known(length))
            watch = watching
        }
        switch request.body {
        case .empty:
            break
        case .json(let data):
            built.headers.replaceOrAdd(name: "content-type", value: "application/json")
            built.body = .bytes(ByteBuffer(bytes: data))
        case .multipart(let form):
            built.headers.replaceOrAdd(name: "content-type", value: form.contentType)
            upload(try form.chunks(), length: try form.contentLength())
        case .raw(let form):
            built.headers.replaceOrAdd(name: "content-type", value: "application/octet-stream")
            upload(try form.fileChunks(), length: try form.filesLength())
        }
        return (built, watch)
    }

    /// Sends `built`. An upload has no deadline for the whole request, only for silences: the
    /// server not taking the body, then not answering.
    private func execute(_ built: HTTPClientRequest, _ request: APIRequest, watch: UploadWatch?) async throws -> HTTPClientResponse {
        let client = Self.client(for: limits)
        guard let watch else { return try await client.execute(built, timeout: .milliseconds(Int64(request.timeout * 1000))) }
        return try await watch.run(limit: limits.responseTimeout) { try await client.execute(built, deadline: .distantFuture) }
    }

    /// Sends the request and reads the whole response (at most `limits.maximumResponseBytes`);
    /// retries by the policy.
    public func send(_ request: APIRequest) async throws -> APIResponse {
        try await withRetries(request) { response in
            let body: ByteBuffer
            do {
                body = try await response.body.collect(upTo: limits.maximumResponseBytes)
            } catch is NIOTooManyBytesError {
                throw ProvidersError(.decoding, "\(providerName)'s answer to \(request.method) \(request.path) passed \(limits.maximumResponseText), the limit for one "
                                     + "answer, and was dropped; check the base URL (\(shownBaseURL)), or raise \(HTTPLimits.maximumResponseVariable) if a real answer is this large")
            } catch let error as ProvidersError {
                throw error
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                throw failure(afterSending: request, error)
            }
            return APIResponse(status: Int(response.status.code), headers: response.headers, body: Data(body.readableBytesView))
        } onError: { $0 }
    }

    /// Sends the request and hands over the response body as it arrives. Retries happen only
    /// before the first byte of a successful response; an error status is read whole and thrown.
    public func open(_ request: APIRequest) async throws -> HTTPClientResponse {
        try await withRetries(request) { $0 } onError: { $0 }
    }

    private func withRetries<T>(
        _ request: APIRequest, success: (HTTPClientResponse) async throws -> T, onError: (ProvidersError) -> ProvidersError
    ) async throws -> T {
        var attempt = 0
        while true {
            try Task.checkCancellation()
            let response: HTTPClientResponse
            do {
                let (built, watch) = try build(request)
                // An upload is busy, not waiting, while its body goes out (its progress shows that):
                // no "no answer yet" notice for it.
                response = watch != nil ? try await execute(built, request, watch: watch)
                    : try await WaitingNotice.while("waiting for \(providerName) at \(shownBaseURL)", limit: limits.responseTimeout) {
                        try await execute(built, request, watch: watch)
                    }
            } catch let error as ProvidersError {
                throw error
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                let failure = ConnectionFailure(error)
                switch policy.decisionAfterConnectionFailure(failure, attempt: attempt, request: request) {
                case .retry(let delay):
                    attempt += 1
                    try await Task.sleep(nanoseconds: UInt64(delay * 1e9))
                    continue
                default:
                    throw self.failure(failure, request)
                }
            }
            let status = Int(response.status.code)
            if (200..<300).contains(status) || request.acceptsRedirect && (300..<400).contains(status) {
                return try await success(response)
            }
            let body = (try? await response.body.collect(upTo: 1 << 24)) ?? ByteBuffer()
            let failed = APIResponse(status: status, headers: response.headers, body: Data(body.readableBytesView))
            if let misdirected = misdirection(request, failed) { throw misdirected }
            switch policy.decision(status: status, headers: response.headers, attempt: attempt, safety: request.safety) {
            case .retry(let delay):
                attempt += 1
                try await Task.sleep(nanoseconds: UInt64(delay * 1e9))
            case .failAskedToWait(let seconds):
                let error = errorReader(request, failed)
                throw ProvidersError(error.kind, error.message + " (the server asks to wait \(Int(seconds)) s; try again later)",
                                     status: status, type: error.type, code: error.code, requestID: error.requestID).redacting(secret)
            case .fail:
                throw onError(errorReader(request, failed).redacting(secret))
            }
        }
    }
}
