import Crypto
import Foundation
import Synchronization

/// Finds, verifies and loads rank files, the way DESIGN.md orders it:
/// `$TUNESMITH_ENCODINGS`, the user cache, tiktoken's cache, then a download into the user cache.
///
/// A verified file is compiled once into a compact table (`<name>.<sha>.ranks` in the user cache)
/// that later starts read in one call; loaded encodings are kept for the life of the process.
public struct EncodingLoader: Sendable {
    public var environment: [String: String]
    public var fetcher: (any RankFileFetcher)?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, fetcher: (any RankFileFetcher)? = nil) {
        self.environment = environment
        self.fetcher = fetcher
    }

    private static let loaded = Mutex<[String: Encoding]>([:])

    /// `$XDG_CACHE_HOME/tunesmith`, else `~/.cache/tunesmith`.
    public var userCacheDirectory: String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/tunesmith" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/tunesmith"
    }

    /// Where downloads come from: `$TUNESMITH_ENCODINGS_URL` (a mirror) or OpenAI's public bucket.
    public func downloadURL(for name: EncodingName) -> String {
        let base = environment["TUNESMITH_ENCODINGS_URL"] ?? EncodingName.officialBaseURL
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/" + name.fileName
    }

    public func candidates(for name: EncodingName) -> [RankFileLocation] {
        var list: [RankFileLocation] = []
        if let folder = environment["TUNESMITH_ENCODINGS"], !folder.isEmpty {
            list.append(.init(source: .tunesmithEncodings, path: folder + "/" + name.fileName))
        }
        list.append(.init(source: .userCache, path: userCacheDirectory + "/" + name.fileName))
        if let folder = environment["TIKTOKEN_CACHE_DIR"], !folder.isEmpty {
            let key = Insecure.SHA1.hash(data: Array(name.officialURL.utf8)).map { String(format: "%02x", $0) }.joined()
            list.append(.init(source: .tiktokenCache, path: folder + "/" + key))
        }
        return list
    }

    /// The compact table compiled from a verified rank file.
    public func compiledCachePath(_ name: EncodingName) -> String {
        userCacheDirectory + "/" + name.rankFile.rawValue + "." + name.sha256.prefix(16) + ".ranks"
    }

    public func status(of name: EncodingName) -> RankFileStatus {
        let candidates = candidates(for: name)
        let compiled = compiledCachePath(name)
        return RankFileStatus(
            name: name, candidates: candidates, found: candidates.first { FileBytes.exists($0.path) },
            compiledCache: readCompiled(name, at: compiled) != nil ? compiled : nil)
    }

    /// The encoding, from memory, the compiled cache, a verified rank file, or a download.
    public func load(_ name: EncodingName) async throws -> Encoding {
        if let encoding = try loadLocally(name) { return encoding }
        guard let fetcher else { throw notFound(name, downloadProblem: nil) }
        _ = try await download(name, with: fetcher)
        guard let encoding = try loadLocally(name) else { throw notFound(name, downloadProblem: nil) }
        return encoding
    }

    /// Like `load`, but never downloads: nil when no rank file is present.
    public func loadLocally(_ name: EncodingName) throws -> Encoding? {
        try loadLocally(name, remembering: true)
    }

    /// `remembering: false` skips the in-process memory, so tests can see the files themselves.
    func loadLocally(_ name: EncodingName, remembering: Bool) throws -> Encoding? {
        if name.rankFile != name {
            return try loadLocally(name.rankFile, remembering: remembering).map { Encoding(name: name, ranks: $0.ranks) }
        }
        let key = name.rawValue + "\u{0}" + userCacheDirectory
        if remembering, let encoding = Self.loaded.withLock({ $0[key] }) { return encoding }
        let compiledPath = compiledCachePath(name)
        var table = readCompiled(name, at: compiledPath)
        if table == nil {
            guard let location = candidates(for: name).first(where: { FileBytes.exists($0.path) }) else { return nil }
            let bytes = try verifiedBytes(name, at: location.path)
            table = RankTable.build(
                tokensByRank: try RankFileParser.parse(bytes, path: location.path), sourceSHA256: Self.hexBytes(name.sha256))
            // Best effort: without a writable cache every start compiles again, slower but correct.
            try? FileBytes.makeDirectories(userCacheDirectory)
            try? FileBytes.writeAtomically(UnsafeRawBufferPointer(table!.storage), to: compiledPath)
        }
        let encoding = Encoding(name: name, ranks: table!)
        Self.loaded.withLock { $0[key] = encoding }
        return encoding
    }

    /// Downloads the official file into the user cache after checking its sha256; returns its path.
    public func download(_ name: EncodingName, with fetcher: any RankFileFetcher) async throws -> String {
        let url = downloadURL(for: name)
        let bytes: [UInt8]
        do {
            bytes = try await fetcher.fetch(url)
        } catch {
            throw notFound(name, downloadProblem: "downloading \(url) failed: \(error.localizedDescription)")
        }
        try checkHash(name, of: bytes, source: url)
        return try store(name, bytes: bytes)
    }

    /// Copies a local rank file into the user cache after checking its sha256; returns the new path.
    public func install(_ name: EncodingName, from path: String) throws -> String {
        try store(name, bytes: try verifiedBytes(name, at: path))
    }

    private func store(_ name: EncodingName, bytes: [UInt8]) throws -> String {
        try FileBytes.makeDirectories(userCacheDirectory)
        let path = userCacheDirectory + "/" + name.fileName
        try bytes.withUnsafeBytes { try FileBytes.writeAtomically($0, to: path) }
        return path
    }

    private func readCompiled(_ name: EncodingName, at path: String) -> RankTable? {
        guard let storage = FileBytes.read(path) else { return nil }
        guard let table = RankTable(adopting: storage), table.sourceSHA256 == Self.hexBytes(name.sha256) else {
            storage.deallocate()
            return nil
        }
        return table
    }

    private func verifiedBytes(_ name: EncodingName, at path: String) throws -> [UInt8] {
        guard let bytes = FileBytes.readArray(path) else {
            throw TokenizersError(.fileSystem, "cannot read \(path); check its permissions")
        }
        try checkHash(name, of: bytes, source: path)
        return bytes
    }

    private func checkHash(_ name: EncodingName, of bytes: [UInt8], source: String) throws {
        let actual = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        guard actual == name.sha256 else {
            throw TokenizersError(
                .checksumMismatch,
                """
                \(source) is not the official \(name) rank file (sha256 \(actual), expected \(name.sha256)); \
                delete it, then run `tunesmith encodings fetch` or `tunesmith encodings install FILE` with a good copy
                """)
        }
    }

    private func notFound(_ name: EncodingName, downloadProblem: String?) -> TokenizersError {
        let tried = candidates(for: name).map { "  \($0.path)  (\($0.source.rawValue))" }.joined(separator: "\n")
        var message = "no \(name) rank file found. Looked in:\n\(tried)\n"
        if let downloadProblem { message += downloadProblem + "\n" }
        message += """
            Fix: run `tunesmith encodings fetch` (downloads \(downloadURL(for: name))), \
            or `tunesmith encodings install FILE` with a copy of \(name.fileName), \
            or set TUNESMITH_ENCODINGS to a folder that holds \(name.fileName)
            """
        return TokenizersError(.encodingFileNotFound, message)
    }

    static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var iterator = hex.utf8.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            func value(_ c: UInt8) -> UInt8 { c <= 57 ? c - 48 : (c | 0x20) - 87 }
            bytes.append(value(high) << 4 | value(low))
        }
        return bytes
    }
}
