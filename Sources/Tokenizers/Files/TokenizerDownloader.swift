/// Fetches a file over HTTP for the tokenizer lookup. `Tokenizers` opens no sockets itself; the
/// executable hands it one of these.
public protocol TokenizerDownloader: Sendable {
    /// The status, the response headers (lower-cased names) and the body of a GET.
    func get(_ url: String, headers: [String: String]) async throws -> (status: Int, headers: [String: String], body: [UInt8])
}
