/// Downloads a rank file. `Tokenizers` opens no sockets itself; the executable hands it one of these.
public protocol RankFileFetcher: Sendable {
    func fetch(_ url: String) async throws -> [UInt8]
}
