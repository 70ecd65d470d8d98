import Foundation
import Tiktoken

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Downloads a rank file with Foundation's URL loading; used only when no local copy exists.
struct URLSessionFetcher: RankFileFetcher {
    func fetch(_ url: String) async throws -> [UInt8] {
        guard let address = URL(string: url) else { throw URLError(.badURL) }
        let (data, response) = try await URLSession.shared.data(from: address)
        if let http = response as? HTTPURLResponse, http.statusCode != 200 {
            throw URLError(.badServerResponse, userInfo: [NSLocalizedDescriptionKey: "HTTP \(http.statusCode)"])
        }
        return [UInt8](data)
    }
}
