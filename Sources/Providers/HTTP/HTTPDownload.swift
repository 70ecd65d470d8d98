import AsyncHTTPClient
import Foundation
import NIOCore

/// A plain GET of a public file (used for tokenizer rank files): the whole body, or an error that
/// names the address.
public enum HTTPDownload {
    public static func bytes(from url: String, timeout: Double = 120) async throws -> [UInt8] {
        let request = HTTPClientRequest(url: url)
        let response: HTTPClientResponse
        do {
            response = try await HTTPTransport.client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
        } catch {
            throw ProvidersError(.connection, "cannot download \(url) (\(error)); check the network")
        }
        guard response.status == .ok else {
            throw ProvidersError(.notFound, "downloading \(url) answered HTTP \(response.status.code)", status: Int(response.status.code))
        }
        let body = try await response.body.collect(upTo: 1 << 28)
        return Array(body.readableBytesView)
    }
}
