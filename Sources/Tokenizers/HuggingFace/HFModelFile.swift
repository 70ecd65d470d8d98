import Foundation

/// Reads a `tokenizer.json`'s BPE model: byte-level (GPT-2's alphabet, for files with a ByteLevel
/// pre-tokenizer) or character-level (SentencePiece-converted files), with its merges in either
/// encoding (`"a b"` or `["a", "b"]`).
struct HFModelFile {
    let model: [String: Any]
    let sha256: [UInt8]
    let unsupported: (String) -> TokenizersError
    let malformed: (String) -> TokenizersError
    /// The vocabulary and merges from the compiled cache, when the model's lists are not read.
    var compiled: HFCompiledTables?

    var ignoresMerges: Bool { (model["ignore_merges"] as? Bool) ?? false }
    var usesByteFallback: Bool { (model["byte_fallback"] as? Bool) ?? false }

    /// The vocabulary as token bytes by id, and ids by the vocabulary's own text.
    private func vocabulary(byteLevel: Bool) throws -> (tokensByID: [[UInt8]], idOfText: [String: UInt32]) {
        guard let vocab = model["vocab"] as? [String: Any] else { throw malformed("model.vocab is not an object") }
        var tokensByID: [[UInt8]] = []
        tokensByID.reserveCapacity(vocab.count)
        var idOfText: [String: UInt32] = [:]
        idOfText.reserveCapacity(vocab.count)
        for (key, value) in vocab {
            // Foundation's JSON reader drops a leading U+FEFF, so SentencePiece's "\u{FEFF}" piece arrives as "".
            let text = key.isEmpty ? "\u{FEFF}" : key
            guard let id = (value as? NSNumber)?.intValue, id >= 0, id < 1 << 24 else { throw malformed("the id of \"\(text)\"") }
            let bytes: [UInt8]
            if byteLevel {
                guard let decoded = ByteLevelAlphabet.bytes(of: text) else { throw unsupported("a vocabulary entry outside the byte-level alphabet (\"\(text)\")") }
                bytes = decoded
            } else {
                bytes = Array(text.utf8)
            }
            if id >= tokensByID.count { tokensByID.append(contentsOf: repeatElement([], count: id + 1 - tokensByID.count)) }
            tokensByID[id] = bytes
            idOfText[text] = UInt32(id)
        }
        return (tokensByID, idOfText)
    }

    private func merges(_ idOfText: [String: UInt32]) throws -> MergeTable {
        guard let mergeList = model["merges"] as? [Any] else { throw malformed("model.merges is not a list") }
        var merges: [(UInt32, UInt32, UInt32)] = []
        merges.reserveCapacity(mergeList.count)
        for (rank, entry) in mergeList.enumerated() {
            let pair: [String]
            if let text = entry as? String {
                pair = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            } else {
                pair = entry as? [String] ?? []
            }
            guard pair.count == 2, let left = idOfText[pair[0]], let right = idOfText[pair[1]], let result = idOfText[pair[0] + pair[1]] else {
                throw malformed("merge \(rank + 1) names a token the vocabulary does not have")
            }
            merges.append((left, right, result))
        }
        return MergeTable(merges)
    }

    /// The id `tokenizers`' `token_to_id` gives a vocabulary text, for added tokens.
    static func id(of text: String, in vocabulary: RankTable, byteLevel: Bool) -> UInt32? {
        guard let bytes = byteLevel ? ByteLevelAlphabet.bytes(of: text) : Array(text.utf8), !bytes.isEmpty else { return nil }
        let id = bytes.withUnsafeBufferPointer { unpadded in PaddedUTF8.with(unpadded) { vocabulary.rank($0, bytes.count) } }
        return id == RankTable.noRank ? nil : id
    }

    func byteLevel() throws -> HFBytePairModel {
        if let compiled {
            let byteTokens = try (0..<256).map { byte in
                guard let id = Self.id(of: String(Character(ByteLevelAlphabet.characterOfByte[byte])), in: compiled.vocabulary, byteLevel: true) else {
                    throw malformed("byte \(byte) has no token")
                }
                return id
            }
            return HFBytePairModel(vocabulary: compiled.vocabulary, merges: compiled.merges, byteTokens: byteTokens, ignoreMerges: ignoresMerges)
        }
        let (tokensByID, idOfText) = try vocabulary(byteLevel: true)
        var byteTokens = [UInt32](repeating: 0, count: 256)
        for byte in 0..<256 {
            guard let id = idOfText[String(Character(ByteLevelAlphabet.characterOfByte[byte]))] else {
                throw malformed("byte \(byte) has no token")
            }
            byteTokens[byte] = id
        }
        return HFBytePairModel(vocabulary: RankTable.build(tokensByRank: tokensByID, sourceSHA256: sha256),
                               merges: try merges(idOfText), byteTokens: byteTokens, ignoreMerges: ignoresMerges)
    }

    func characterLevel() throws -> HFCharBytePairModel {
        let vocabulary: RankTable
        let merges: MergeTable
        let idOf: (String) -> UInt32?
        if let compiled {
            vocabulary = compiled.vocabulary
            merges = compiled.merges
            idOf = { Self.id(of: $0, in: compiled.vocabulary, byteLevel: false) }
        } else {
            let (tokensByID, idOfText) = try self.vocabulary(byteLevel: false)
            vocabulary = RankTable.build(tokensByRank: tokensByID, sourceSHA256: sha256)
            merges = try self.merges(idOfText)
            idOf = { idOfText[$0] }
        }
        var scalarTokens = [UInt32](repeating: RankTable.noRank, count: 0x10000)
        var wideScalarTokens: [UInt32: UInt32] = [:]
        for id in 0..<vocabulary.tokenCount {
            guard let bytes = vocabulary.bytes(of: id), (1...4).contains(bytes.count) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            guard text.unicodeScalars.count == 1 else { continue }
            let value = text.unicodeScalars.first!.value
            if value < 0x10000 { scalarTokens[Int(value)] = UInt32(id) } else { wideScalarTokens[value] = UInt32(id) }
        }
        var byteFallbackTokens: [UInt32]?
        if usesByteFallback {
            byteFallbackTokens = (0..<256).map { idOf(String(format: "<0x%02X>", $0)) ?? RankTable.noRank }
        }
        var unknownToken: UInt32?
        if let unknown = model["unk_token"] as? String {
            guard let id = idOf(unknown) else {
                throw malformed("its unk_token \"\(unknown)\" is not in the vocabulary")
            }
            unknownToken = id
        }
        return HFCharBytePairModel(vocabulary: vocabulary, merges: merges,
                                   scalarTokens: scalarTokens, wideScalarTokens: wideScalarTokens, byteFallbackTokens: byteFallbackTokens,
                                   unknownToken: unknownToken, fusesUnknown: (model["fuse_unk"] as? Bool) ?? false, ignoreMerges: ignoresMerges)
    }
}

/// A tokenizer.json's vocabulary and merges as the compiled cache holds them, how many entries
/// `model.vocab` listed (added tokens take ids after that many), and the file without those two
/// lists (JSON), which the cache stores.
struct HFCompiledTables {
    let vocabulary: RankTable
    let merges: MergeTable
    let vocabularyCount: Int
    let configuration: [UInt8]
}
