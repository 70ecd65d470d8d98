import AsyncHTTPClient
import Foundation
import NIOCore
import Tokenizers

/// A plain GET of a public file (tokenizer rank files, `tokenizer.json`s): the whole body, or an
/// error that says in words what happened. The limits are the API's (connect, silence), with a
/// size cap of their own, `TUNESMITH_MAX_DOWNLOAD_MB`.
public enum HTTPDownload {
    public static func bytes(from url: String, limits: HTTPLimits = .fromEnvironment) async throws -> [UInt8] {
        let response = try await get(url, headers: [:], limits: limits)
        guard response.status == 200 else {
            throw ProvidersError(.notFound, "downloading \(URLText.redacted(url)) answered HTTP \(response.status)", status: response.status)
        }
        return response.body
    }

    /// A GET with headers that hands back any status (for the tokenizer lookup, which reads 401,
    /// 403 and 404 as answers, not failures). Redirects are followed by hand, up to five, and the
    /// authorization header is not sent to another host; the first response's headers are kept
    /// under the last one's (the Hub names the commit before it redirects to its CDN).
    public static func get(_ url: String, headers: [String: String], limits: HTTPLimits = .fromEnvironment) async throws
        -> (status: Int, headers: [String: String], body: [UInt8])
    {
        var address = url
        var sending = headers
        var fields: [String: String] = [:]
        for _ in 0...maximumRedirects {
            var request = HTTPClientRequest(url: address)
            for (name, value) in sending { request.headers.add(name: name, value: value) }
            let response: HTTPClientResponse
            do {
                // No deadline for the whole download: a large file on a slow link is not an error, silence is.
                response = try await WaitingNotice.while("downloading \(URLText.redacted(address))", limit: limits.responseTimeout) {
                    try await HTTPTransport.client(for: limits).execute(request, deadline: .distantFuture)
                }
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                throw failure(ConnectionFailure(error), address, limits)
            }
            for header in response.headers where fields[header.name.lowercased()] == nil { fields[header.name.lowercased()] = header.value }
            let status = Int(response.status.code)
            if [301, 302, 303, 307, 308].contains(status), let location = response.headers.first(name: "location"),
               let next = URL(string: location, relativeTo: URL(string: address))?.absoluteString {
                if URL(string: next)?.host != URL(string: address)?.host { sending["authorization"] = nil }
                address = next
                fields["location"] = nil
                continue
            }
            return (status, fields, try await body(of: response, address, limits))
        }
        throw ProvidersError(.connection, "downloading \(URLText.redacted(url)) was redirected more than \(maximumRedirects) times, the last time to "
            + "\(URLText.redacted(String(address.prefix(300)))): the addresses lead in a circle; check the address (HF_ENDPOINT for Hugging Face), or try again later")
    }

    static let maximumRedirects = 5

    private static func body(of response: HTTPClientResponse, _ address: String, _ limits: HTTPLimits) async throws -> [UInt8] {
        let tooLarge = ProvidersError(.decoding, "\(URLText.redacted(address)) is larger than \(limits.maximumDownloadText), the limit for one download, "
            + "so it was not kept; check the address, or raise \(HTTPLimits.maximumDownloadVariable) if the file is really this large")
        // A declared size over the limit is refused before a byte of it is read.
        if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > limits.maximumDownloadBytes { throw tooLarge }
        do {
            return Array(try await response.body.collect(upTo: limits.maximumDownloadBytes).readableBytesView)
        } catch is NIOTooManyBytesError {
            throw tooLarge
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw failure(ConnectionFailure(error), address, limits, midway: true)
        }
    }

    /// The error for a download that got no answer, or broke off (`midway`), in the words API requests use.
    static func failure(_ failure: ConnectionFailure, _ address: String, _ limits: HTTPLimits, midway: Bool = false) -> ProvidersError {
        let shown = URLText.redacted(address)
        let server = URL(string: address).flatMap { url in url.host.map { host in url.port.map { "\(host):\($0)" } ?? host } } ?? shown
        var (kind, happened) = failure.sentence(server: server, address: shown, limits: limits, deadline: nil)
        if midway, failure.cause == .silent { happened = "\(server) stopped sending \(shown) for \(HTTPLimits.seconds(limits.responseTimeout)) midway" }
        if midway, failure.cause == .closed { happened = "\(server) closed the connection before the end of \(shown)" }
        let remedy = switch failure.cause {
        case .refused, .unknownHost: "check the address (HF_ENDPOINT for Hugging Face) and the network"
        case .connectTimeout: "check the network, or wait longer with \(HTTPLimits.connectTimeoutVariable)=SECONDS"
        case .silent, .uploadStalled, .deadline: "try again later, or wait longer with \(HTTPLimits.responseTimeoutVariable)=SECONDS"
        case .closed, .other: "check the network, then try again"
        }
        return ProvidersError(kind, URLText.redacting(userInfoOf: address, in: "\(happened); \(remedy)"))
    }
}
