import Crypto
import Foundation

/// Compiled tokenizers, so a start after the first reads two files instead of parsing megabytes
/// of JSON: `$XDG_CACHE_HOME/tunesmith/tokenizers/SHA256.tok` (the rest) and `SHA256.ranks` (the
/// vocabulary's table, adopted in place as it is read), keyed by the source file's sha256,
/// and an index from a file's identity (path, size, modification time, inode) to that sha256, so
/// an unchanged file is not hashed again. Best effort: an unreadable or stale entry is rebuilt.
struct TokenizerCache: Sendable {
    let folder: String

    init(environment: [String: String]) {
        let base: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { base = xdg + "/tunesmith" } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/tunesmith"
        }
        folder = base + "/tokenizers"
    }

    static let magic: [UInt8] = Array("TSTOKEN6".utf8)

    /// What a file is, cheaply: changes whenever its content could have.
    static func identity(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let text = "\(absolute)\u{0}\(info.st_size)\u{0}\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\u{0}\(info.st_ino)"
        return SHA256.hash(data: Array(text.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    func load(_ path: String, name: String) -> Tokenizer? {
        guard let identity = Self.identity(of: path),
              let sha = try? String(contentsOfFile: folder + "/index/" + identity, encoding: .utf8),
              sha.count == 64, sha.allSatisfy(\.isHexDigit),
              let storage = FileBytes.read(folder + "/" + sha + ".tok")
        else { return nil }
        defer { storage.deallocate() }
        guard let rankStorage = FileBytes.read(folder + "/" + sha + ".ranks") else { return nil }
        guard let ranks = RankTable(adopting: rankStorage), ranks.sourceSHA256 == EncodingLoader.hexBytes(sha) else {
            rankStorage.deallocate()
            return nil
        }
        return try? Self.decode(UnsafeRawBufferPointer(storage), ranks: ranks, name: name, source: path)
    }

    func store(_ tokenizer: Tokenizer, path: String, sha256: String) {
        guard let identity = Self.identity(of: path), let (bytes, ranks) = Self.encode(tokenizer) else { return }
        try? FileBytes.makeDirectories(folder + "/index")
        try? FileBytes.writeAtomically(UnsafeRawBufferPointer(ranks.storage), to: folder + "/" + sha256 + ".ranks")
        try? bytes.withUnsafeBytes { try FileBytes.writeAtomically($0, to: folder + "/" + sha256 + ".tok") }
        try? Array(sha256.utf8).withUnsafeBytes { try FileBytes.writeAtomically($0, to: folder + "/index/" + identity) }
    }

    // MARK: Format: magic, then sections of (UInt64 length, bytes padded to 8): metadata JSON, merges,
    // the self-merging tokens' bits (empty but for the byte-level fast path), then per kind:
    // SentencePiece's reserved table, types and priorities; a tokenizer.json pipeline's
    // configuration (the file without model.vocab and model.merges).

    static func encode(_ tokenizer: Tokenizer) -> (bytes: [UInt8], ranks: RankTable)? {
        var meta: [String: Any] = ["family": tokenizer.family ?? NSNull()]
        let ranks: RankTable
        var merges: [UInt32] = []
        var extra: [[UInt8]] = []
        var selfMerging: [UInt64] = []
        switch tokenizer.engine {
        case .tiktoken(let vocabulary):
            meta["kind"] = "tiktoken"
            meta["pattern"] = vocabulary.bpe.pattern.rawValue
            meta["idOffset"] = Int(vocabulary.bpe.idOffset)
            meta["nfc"] = vocabulary.normalizesToNFC
            meta["specials"] = vocabulary.specialTokens.mapValues { Int($0) }
            ranks = vocabulary.bpe.ranks
        case .huggingFace(let hf):
            meta["kind"] = "hf"
            meta["pattern"] = hf.pattern.rawValue
            meta["nfc"] = hf.normalizesToNFC
            meta["ignoreMerges"] = hf.model.ignoreMerges
            meta["byteTokens"] = hf.model.byteTokens.map { Int($0) }
            meta["added"] = hf.addedTokens.map { [$0.content, Int($0.id), $0.special] as [Any] }
            ranks = hf.model.vocabulary
            merges = hf.model.merges.flattened
            selfMerging = hf.model.selfMerging.words
        case .sentencePiece(let model):
            let parts = model.cachedParts
            meta["kind"] = "sentencepiece"
            meta["pattern"] = ""
            meta["addDummyPrefix"] = parts.addDummyPrefix
            meta["unknownSurface"] = parts.unknownSurface.map { Int($0) }
            meta["unknownID"] = Int(parts.unknownID)
            ranks = parts.mergeable
            extra = [Array(UnsafeRawBufferPointer(parts.reserved.storage)), parts.types, parts.priorities.withUnsafeBytes { Array($0) }]
        case .huggingFacePipeline(let pipeline):
            // The pipeline is rebuilt from the file's own configuration around the compiled tables.
            meta["kind"] = "hf-pipeline"
            meta["vocabularyCount"] = pipeline.compiledFile.vocabularyCount
            ranks = pipeline.model.vocabulary
            merges = pipeline.model.merges.flattened
            extra = [pipeline.compiledFile.configuration]
        }
        guard let json = try? JSONSerialization.data(withJSONObject: meta, options: [.sortedKeys]) else { return nil }
        var out = magic
        func section(_ bytes: UnsafeRawBufferPointer) {
            withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: bytes)
            out.append(contentsOf: repeatElement(0, count: (8 - bytes.count % 8) % 8))
        }
        json.withUnsafeBytes { section($0) }
        merges.withUnsafeBytes { section($0) }
        selfMerging.withUnsafeBytes { section($0) }
        for part in extra { part.withUnsafeBytes { section($0) } }
        return (out, ranks)
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, ranks: RankTable, name: String, source: String) throws -> Tokenizer? {
        guard bytes.count >= 8, Array(bytes.prefix(8)) == magic else { return nil }
        var offset = 8
        func section() -> UnsafeRawBufferPointer? {
            guard offset + 8 <= bytes.count else { return nil }
            let length = Int(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
            guard length >= 0, offset + length <= bytes.count else { return nil }
            let part = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
            offset += length + (8 - length % 8) % 8
            return part
        }
        guard let json = section(), let mergeBytes = section(), let selfMergingBytes = section(),
              let meta = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
        else { return nil }
        let family = meta["family"] as? String
        if meta["kind"] as? String == "sentencepiece" {
            guard let reservedBytes = section(), let types = section(), let priorities = section(),
                  let surface = meta["unknownSurface"] as? [Int], let unknownID = meta["unknownID"] as? Int,
                  let reserved = RankTable.copying(reservedBytes)
            else { return nil }
            let parts = SentencePieceModel.CachedParts(
                mergeable: ranks, reserved: reserved, types: Array(types.bindMemory(to: UInt8.self)),
                priorities: Array(priorities.bindMemory(to: UInt32.self)), unknownID: UInt32(unknownID),
                addDummyPrefix: meta["addDummyPrefix"] as? Bool ?? true, unknownSurface: surface.map { UInt8(truncatingIfNeeded: $0) })
            guard let model = SentencePieceModel(cached: parts, source: source) else { return nil }
            return Tokenizer(name: name, family: family, source: source, engine: .sentencePiece(model))
        }
        if meta["kind"] as? String == "hf-pipeline" {
            guard let configuration = section(), let vocabularyCount = meta["vocabularyCount"] as? Int,
                  let object = try JSONSerialization.jsonObject(with: Data(configuration)) as? [String: Any]
            else { return nil }
            let compiled = HFCompiledTables(vocabulary: ranks, merges: MergeTable(flattened: Array(mergeBytes.bindMemory(to: UInt32.self))),
                                            vocabularyCount: vocabularyCount, configuration: Array(configuration))
            let engine = try HFTokenizerFile.engine(object, source: source, sha256: ranks.sourceSHA256, compiled: compiled)
            return Tokenizer(name: name, family: family, source: source, engine: engine)
        }
        guard let patternName = meta["pattern"] as? String, let pattern = SplitPattern(rawValue: patternName) else { return nil }
        let nfc = meta["nfc"] as? Bool ?? false
        switch meta["kind"] as? String {
        case "tiktoken":
            let specials = (meta["specials"] as? [String: Int] ?? [:]).mapValues { Token($0) }
            let bpe = TiktokenBPE(ranks: ranks, pattern: pattern, idOffset: Token(meta["idOffset"] as? Int ?? 0))
            return Tokenizer(name: name, family: family, source: source,
                             engine: .tiktoken(TiktokenVocabulary(bpe: bpe, specialTokens: specials, normalizesToNFC: nfc)))
        case "hf":
            guard let byteTokens = meta["byteTokens"] as? [Int], byteTokens.count == 256, let added = meta["added"] as? [[Any]] else { return nil }
            let merges = MergeTable(flattened: Array(mergeBytes.bindMemory(to: UInt32.self)))
            let model = HFBytePairModel(vocabulary: ranks, merges: merges, byteTokens: byteTokens.map { UInt32($0) },
                                        ignoreMerges: meta["ignoreMerges"] as? Bool ?? false,
                                        selfMerging: SelfMergingTokens(words: Array(selfMergingBytes.bindMemory(to: UInt64.self))))
            let addedTokens = added.compactMap { entry -> HFTokenizer.AddedToken? in
                guard entry.count == 3, let content = entry[0] as? String, let id = entry[1] as? Int, let special = entry[2] as? Bool else { return nil }
                return .init(content: content, id: UInt32(id), special: special)
            }
            let tokenizer = HFTokenizer(normalizesToNFC: nfc, pattern: pattern, model: model, addedTokens: addedTokens)
            return Tokenizer(name: name, family: family, source: source, engine: .huggingFace(tokenizer))
        default:
            return nil
        }
    }
}
