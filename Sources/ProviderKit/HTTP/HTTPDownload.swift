import AsyncHTTPClient
import Foundation
import NIOCore

/// A plain GET of a public file (used for tokenizer rank files): the whole body, or an error that
/// names the address.
public enum HTTPDownload {
    public static func bytes(from url: String, timeout: Double = 120) async throws -> [UInt8] {
        let response = try await get(url, headers: [:], timeout: timeout)
        guard response.status == 200 else {
            throw ProvidersError(.notFound, "downloading \(url) answered HTTP \(response.status)", status: response.status)
        }
        return response.body
    }

    /// A GET with headers that hands back any status (for the tokenizer lookup, which reads 401,
    /// 403 and 404 as answers, not failures). Redirects are followed by hand, up to five, and the
    /// authorization header is not sent to another host; the first response's headers are kept
    /// under the last one's (the Hub names the commit before it redirects to its CDN).
    public static func get(_ url: String, headers: [String: String], timeout: Double = 300) async throws
        -> (status: Int, headers: [String: String], body: [UInt8])
    {
        var address = url
        var sending = headers
        var fields: [String: String] = [:]
        for _ in 0..<6 {
            var request = HTTPClientRequest(url: address)
            for (name, value) in sending { request.headers.add(name: name, value: value) }
            let response: HTTPClientResponse
            do {
                response = try await HTTPTransport.client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            } catch {
                throw ProvidersError(.connection, "cannot download \(address) (\(error)); check the network")
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
            let body = try await response.body.collect(upTo: 1 << 30)
            return (status, fields, Array(body.readableBytesView))
        }
        throw ProvidersError(.connection, "downloading \(url) was redirected more than five times; try again later")
    }
}
