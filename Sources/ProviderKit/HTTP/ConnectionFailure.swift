import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import Synchronization
import Tokenizers

/// Why a request got no response, in words, and whether it certainly never reached the server.
struct ConnectionFailure {
    enum Cause: Equatable {
        /// Nothing listens at the address.
        case refused
        /// The host name does not resolve.
        case unknownHost
        case connectTimeout
        /// The server took the request and then sent nothing for the response timeout.
        case silent
        /// The server stopped taking the body of an upload for the response timeout.
        case uploadStalled
        /// The whole request took longer than its deadline.
        case deadline
        /// The server closed the connection before answering.
        case closed
        case other(String)
    }

    let cause: Cause

    /// True when the request cannot have reached the server, so sending it again is always safe.
    var neverSent: Bool { [.refused, .unknownHost, .connectTimeout].contains(cause) }

    /// A few words for a break in the middle of an answer.
    var words: String {
        switch cause {
        case .refused: "connection refused"
        case .unknownHost: "unknown host"
        case .connectTimeout: "connect timeout"
        case .silent: "the server went silent"
        case .uploadStalled: "the server stopped taking the upload"
        case .deadline: "it took too long"
        case .closed: "the server closed the connection"
        case .other(let words): words
        }
    }

    init(_ error: Error) {
        cause = Self.cause(of: error)
    }

    private static func cause(of error: Error) -> Cause {
        switch error {
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout: return .connectTimeout
            case .readTimeout: return .silent
            case .writeTimeout: return .uploadStalled
            case .deadlineExceeded: return .deadline
            case .remoteConnectionClosed: return .closed
            default: return .other("\(error)")
            }
        case is UploadStalled:
            return .uploadStalled
        case let error as NIOConnectionError:
            if error.connectionErrors.contains(where: { cause(of: $0.error) == .refused }) { return .refused }
            if error.connectionErrors.isEmpty && (error.dnsAError != nil || error.dnsAAAAError != nil) { return .unknownHost }
            return error.connectionErrors.first.map { cause(of: $0.error) } ?? .other("cannot connect to \(error.host):\(error.port)")
        case let error as IOError:
            if error.errnoCode == ECONNREFUSED { return .refused }
            return .other(String(cString: strerror(error.errnoCode)).lowercased())
        case let error as ChannelError:
            if case .connectTimeout = error { return .connectTimeout }
            return .other("\(error)")
        default:
            if "\(type(of: error))".contains("SSL") { return .other("the secure (TLS) connection failed: \(error)") }
            return .other("\(error)")
        }
    }
}

extension ConnectionFailure {
    /// What happened, in words, with `server` as the subject ("OpenAI at https://…", a host):
    /// the one wording for API requests and downloads. `address` is the URL as shown (for an
    /// unknown host); `deadline` is the whole request's, when it had one.
    func sentence(server: String, address: String, limits: HTTPLimits, deadline: Double?) -> (kind: ProvidersError.Kind, text: String) {
        switch cause {
        case .refused: (.connection, "\(server) refused the connection: nothing is listening there")
        case .unknownHost: (.connection, "the host in \(address) is unknown")
        case .connectTimeout: (.timeout, "could not connect to \(server) within \(HTTPLimits.seconds(limits.connectTimeout))")
        case .silent: (.timeout, "\(server) took the request but sent nothing for \(HTTPLimits.seconds(limits.responseTimeout))")
        case .uploadStalled: (.timeout, "\(server) stopped taking the upload for \(HTTPLimits.seconds(limits.responseTimeout))")
        case .deadline: (.timeout, "\(server) did not answer within \(HTTPLimits.seconds(deadline ?? limits.responseTimeout))")
        case .closed: (.connection, "\(server) closed the connection without answering")
        case .other(let words): (.connection, "the connection to \(server) failed (\(words))")
        }
    }
}

extension HTTPTransport {
    /// The base URL as messages show it, without a password.
    var shownBaseURL: String { URLText.redacted(baseURL) }

    /// The error for a request that got no response.
    func failure(_ failure: ConnectionFailure, _ request: APIRequest) -> ProvidersError {
        let at = "\(providerName) at \(shownBaseURL)"
        let notResent = request.method == .GET || request.method == .DELETE ? "" : " It was not sent again, since the server may have started on it."
        let (kind, happened) = failure.sentence(server: at, address: shownBaseURL, limits: limits, deadline: request.timeout)
        let waitLonger = "or wait longer with \(HTTPLimits.responseTimeoutVariable)=SECONDS"
        let message = switch failure.cause {
        case .refused: happened + "; check the base URL (\(baseURLVariable)) and that the server is running"
        case .unknownHost: happened + "; check the base URL (\(baseURLVariable)) and the network"
        case .connectTimeout: happened + "; check the network and the base URL, or wait longer with \(HTTPLimits.connectTimeoutVariable)=SECONDS"
        case .silent, .uploadStalled: happened + ".\(notResent) Try again later, \(waitLonger)"
        case .deadline: happened + ".\(notResent) Try again later"
        case .closed: happened + ".\(notResent) Check the base URL, then try again"
        case .other: happened + ".\(notResent) Check the network and the base URL, then try again"
        }
        return ProvidersError(kind, URLText.redacting(userInfoOf: baseURL, in: message)).redacting(secret)
    }

    /// The error for a response whose body broke off or went silent while it was read whole.
    func failure(afterSending request: APIRequest, _ error: Error) -> ProvidersError {
        failure(ConnectionFailure(error), request)
    }

    /// An answer that says the request went to the wrong place: a redirect (not followed), or a
    /// 404 from a base URL without its API version (`/v1`).
    func misdirection(_ request: APIRequest, _ response: APIResponse) -> ProvidersError? {
        if response.isRedirect {
            let location = response.headers.first(name: "location").map { URLText.redacted(String($0.prefix(300))) }
            let whereTo = location.map { "to \($0)" } ?? "without saying where"
            return ProvidersError(.badRequest, "\(providerName) at \(shownBaseURL) redirected \(request.method) \(request.path) \(whereTo) (HTTP \(response.status)); "
                + "tunesmith does not follow redirects: if that address is the API, set \(baseURLVariable) to it", status: response.status).redacting(secret)
        }
        if response.status == 404, !request.path.hasPrefix("http"), URLText.path(baseURL).range(of: #"/v\d+[a-z0-9]*/?$"#, options: .regularExpression) == nil {
            let suggestion = shownBaseURL.hasSuffix("/") ? shownBaseURL + "v1" : shownBaseURL + "/v1"
            return ProvidersError(.notFound, "\(providerName) at \(shownBaseURL) has no \(request.path) (HTTP 404): the base URL does not end in an API version; "
                + "if the API is at \(suggestion), set \(baseURLVariable)=\(suggestion)", status: 404, requestID: response.requestID).redacting(secret)
        }
        return nil
    }

    static let clients = Mutex<[ClientKey: HTTPClient]>([:])

    /// One client per set of timeouts, made once and never shut down.
    static func client(for limits: HTTPLimits) -> HTTPClient {
        clients.withLock { clients in
            let key = ClientKey(connect: limits.connectTimeout, response: limits.responseTimeout)
            if let client = clients[key] { return client }
            var configuration = HTTPClient.Configuration()
            configuration.redirectConfiguration = .disallow
            // write: a body that gave no bytes while the connection was ready for them (UploadWatch
            // catches the other stall, a server that stopped reading).
            configuration.timeout = .init(connect: .milliseconds(Int64(limits.connectTimeout * 1000)), read: .milliseconds(Int64(limits.responseTimeout * 1000)),
                                          write: .milliseconds(Int64(limits.responseTimeout * 1000)))
            // A refused connection is an answer: say so at once instead of retrying until the connect timeout.
            configuration.connectionPool.retryConnectionEstablishment = false
            configuration.decompression = .enabled(limit: .none)
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            clients[key] = client
            return client
        }
    }
}

struct ClientKey: Hashable {
    let connect: Double
    let response: Double
}
