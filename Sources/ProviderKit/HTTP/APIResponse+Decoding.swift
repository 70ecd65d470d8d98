import Dataset
import Foundation

extension APIResponse {
    /// The body as `T`; a body that is not is a decoding error that names the provider and shows
    /// how the body starts.
    public func decode<T: Decodable>(_ type: T.Type, from provider: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch {
            let start = String(decoding: body.prefix(200), as: UTF8.self)
            throw ProvidersError(.decoding, "\(provider) answered with something that is not the expected JSON (\(error)): \(start)",
                                 status: status, requestID: requestID)
        }
    }

    /// The server's own JSON, kept for `--json`.
    public var json: JSONValue? { try? JSONParser.parse(String(decoding: body, as: UTF8.self)) }
}

/// Timestamps as Together and Fireworks send them: RFC 3339, with or without fractional seconds.
public enum WireDate {
    public static func rfc3339(_ text: String?) -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
