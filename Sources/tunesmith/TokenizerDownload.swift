import Foundation
import ProviderKit
import Tokenizers

/// Tokenizer files come over the providers' HTTP client: only `Providers` opens sockets.
struct TokenizerDownload: TokenizerDownloader {
    func get(_ url: String, headers: [String: String]) async throws -> (status: Int, headers: [String: String], body: [UInt8]) {
        try await HTTPDownload.get(url, headers: headers)
    }
}

extension TokenizerLocator {
    /// The locator the commands use: the process environment, downloads from the Hub.
    static var standard: TokenizerLocator {
        TokenizerLocator(environment: ProcessInfo.processInfo.environment, downloader: TokenizerDownload())
    }
}
