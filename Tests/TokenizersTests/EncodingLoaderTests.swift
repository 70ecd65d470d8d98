import Crypto
import Foundation
import TestSupport
import Testing

@testable import Tokenizers

@Suite(.enabled(if: TestEncodings.available))
struct EncodingLoaderTests {
    /// An environment that sees only the given folders (and a fresh user cache).
    func isolated(_ folder: URL, encodings: URL? = nil, tiktokenCache: URL? = nil) -> [String: String] {
        var environment = ["HOME": folder.path, "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
        if let encodings { environment["TUNESMITH_ENCODINGS"] = encodings.path }
        if let tiktokenCache { environment["TIKTOKEN_CACHE_DIR"] = tiktokenCache.path }
        return environment
    }

    @Test func aFileWithTheWrongHashIsRefused() throws {
        let folder = try temporaryFolder()
        let encodings = folder.appendingPathComponent("encodings")
        try FileManager.default.createDirectory(at: encodings, withIntermediateDirectories: true)
        let bad = encodings.appendingPathComponent("o200k_base.tiktoken")
        try Data("aGVsbG8= 0\n".utf8).write(to: bad)
        let loader = EncodingLoader(environment: isolated(folder, encodings: encodings))
        let error = try #require(throws: TokenizersError.self) { try loader.loadLocally(.o200kBase) }
        #expect(error.kind == .checksumMismatch)
        #expect(error.message.contains(bad.path))
        #expect(error.message.contains("tunesmith encodings fetch"))
    }

    @Test func aMissingFileSaysWhereItLookedAndHowToFixIt() async throws {
        let folder = try temporaryFolder()
        let environment = isolated(folder, encodings: folder.appendingPathComponent("none"), tiktokenCache: folder.appendingPathComponent("tk"))
        let loader = EncodingLoader(environment: environment)
        #expect(try loader.loadLocally(.cl100kBase) == nil)
        let error = await #expect(throws: TokenizersError.self) { try await loader.load(.cl100kBase) }
        #expect(error?.kind == .encodingFileNotFound)
        for candidate in loader.candidates(for: .cl100kBase) {
            #expect(error?.message.contains(candidate.path) == true)
        }
        #expect(error?.message.contains("tunesmith encodings fetch") == true)
        #expect(error?.message.contains("TUNESMITH_ENCODINGS") == true)
    }

    @Test func tiktokensOwnCacheIsFoundBySHA1OfTheURL() throws {
        let folder = try temporaryFolder()
        let cache = folder.appendingPathComponent("tiktoken")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let key = Insecure.SHA1.hash(data: Array(EncodingName.cl100kBase.officialURL.utf8)).map { String(format: "%02x", $0) }.joined()
        try FileManager.default.copyItem(at: TestEncodings.officialFile(.cl100kBase), to: cache.appendingPathComponent(key))
        let loader = EncodingLoader(environment: isolated(folder, tiktokenCache: cache))
        #expect(loader.status(of: .cl100kBase).found?.source == .tiktokenCache)
        #expect(try loader.loadLocally(.cl100kBase)?.encodeOrdinary("hello world") == [15339, 1917])
    }

    @Test func theCompiledCacheIsWrittenAndACorruptOneIsRebuilt() throws {
        let folder = try temporaryFolder()
        let encodings = folder.appendingPathComponent("encodings")
        try FileManager.default.createDirectory(at: encodings, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestEncodings.officialFile(.o200kBase), to: encodings.appendingPathComponent("o200k_base.tiktoken"))
        let loader = EncodingLoader(environment: isolated(folder, encodings: encodings))
        _ = try #require(try loader.loadLocally(.o200kBase, remembering: false))
        let compiled = loader.compiledCachePath(.o200kBase)
        #expect(loader.status(of: .o200kBase).compiledCache == compiled)

        var bytes = try Data(contentsOf: URL(fileURLWithPath: compiled))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: compiled))
        #expect(loader.status(of: .o200kBase).compiledCache == nil)
        let rebuilt = try #require(try loader.loadLocally(.o200kBase, remembering: false))
        #expect(rebuilt.encodeOrdinary("hello world") == [24912, 2375])
        #expect(loader.status(of: .o200kBase).compiledCache == compiled)
    }

    @Test func installChecksTheHashBeforeCopying() throws {
        let folder = try temporaryFolder()
        let loader = EncodingLoader(environment: isolated(folder))
        let path = try loader.install(.cl100kBase, from: TestEncodings.officialFile(.cl100kBase).path)
        #expect(path == loader.userCacheDirectory + "/cl100k_base.tiktoken")
        #expect(loader.status(of: .cl100kBase).found?.source == .userCache)

        let bad = folder.appendingPathComponent("bad.tiktoken")
        try Data("not a rank file".utf8).write(to: bad)
        let error = try #require(throws: TokenizersError.self) { try loader.install(.o200kBase, from: bad.path) }
        #expect(error.kind == .checksumMismatch)
        #expect(!FileManager.default.fileExists(atPath: loader.userCacheDirectory + "/o200k_base.tiktoken"))
    }

    /// A fetcher that serves fixed bytes, standing in for the network inside tests.
    struct FixedFetcher: RankFileFetcher {
        let bytes: [UInt8]?
        func fetch(_ url: String) async throws -> [UInt8] {
            guard let bytes else { throw TokenizersError(.fileSystem, "unreachable") }
            return bytes
        }
    }

    @Test func aDownloadIsVerifiedThenUsed() async throws {
        let folder = try temporaryFolder()
        let official = try [UInt8](Data(contentsOf: TestEncodings.officialFile(.cl100kBase)))
        let loader = EncodingLoader(environment: isolated(folder), fetcher: FixedFetcher(bytes: official))
        #expect(try await loader.load(.cl100kBase).encodeOrdinary("hello world") == [15339, 1917])
        #expect(loader.status(of: .cl100kBase).found?.source == .userCache)

        let tampered = EncodingLoader(environment: isolated(try temporaryFolder()), fetcher: FixedFetcher(bytes: official + [10]))
        let mismatch = await #expect(throws: TokenizersError.self) { try await tampered.load(.cl100kBase) }
        #expect(mismatch?.kind == .checksumMismatch)

        let offline = EncodingLoader(environment: isolated(try temporaryFolder()), fetcher: FixedFetcher(bytes: nil))
        let missing = await #expect(throws: TokenizersError.self) { try await offline.load(.o200kBase) }
        #expect(missing?.kind == .encodingFileNotFound)
        #expect(missing?.message.contains("downloading") == true)
    }
}
