import Foundation

/// Mistral's `tekken.json`: the vocabulary (base64 bytes by rank), its split pattern, and the
/// special tokens that take the first ids; ordinary ids are rank + the number of special tokens,
/// and only the first `default_vocab_size - default_num_special_tokens` ranks are used, as
/// mistral-common's `Tekkenizer` does.
enum TekkenFile {
    /// mistral-common's special tokens for a file without its own list (`tekken_240718.json`).
    static let defaultSpecials = [
        "<unk>", "<s>", "</s>", "[INST]", "[/INST]", "[AVAILABLE_TOOLS]", "[/AVAILABLE_TOOLS]", "[TOOL_RESULTS]", "[/TOOL_RESULTS]",
        "[TOOL_CALLS]", "[IMG]", "<pad>", "[IMG_BREAK]", "[IMG_END]", "[PREFIX]", "[MIDDLE]", "[SUFFIX]", "[SYSTEM_PROMPT]",
        "[/SYSTEM_PROMPT]", "[TOOL_CONTENT]",
    ]

    /// "mistral-tekken" for a v3 file (NeMo's `tekken_240718.json`); later versions (v7, v11, ...) put
    /// their version in the name, because their chat formats differ.
    static func family(_ object: [String: Any]) -> String {
        let version = (object["config"] as? [String: Any])?["version"] as? String ?? "v3"
        return version == "v3" ? "mistral-tekken" : "mistral-tekken-" + version
    }

    static func looksLikeTekken(_ object: [String: Any]) -> Bool {
        object["config"] is [String: Any] && object["vocab"] is [Any]
    }

    static func vocabulary(_ object: [String: Any], source: String, sha256: [UInt8]) throws -> TiktokenVocabulary {
        guard let config = object["config"] as? [String: Any], let entries = object["vocab"] as? [[String: Any]],
              let patternText = config["pattern"] as? String
        else {
            throw TokenizersError(.malformedTokenizerFile, "\(source) is not a tekken file (no config.pattern or vocab); use the tekken.json from the model's repository")
        }
        let pattern = try SplitPattern(regex: patternText, source: source)
        let specialCount = (config["default_num_special_tokens"] as? Int) ?? 1000
        let vocabularySize = (config["default_vocab_size"] as? Int) ?? (entries.count + specialCount)
        let usable = min(entries.count, vocabularySize - specialCount)
        var tokensByRank = [[UInt8]](repeating: [], count: usable)
        for entry in entries {
            guard let rank = entry["rank"] as? Int, let encoded = entry["token_bytes"] as? String,
                  let bytes = RankFileParser.base64Decode(ArraySlice(encoded.utf8))
            else {
                throw TokenizersError(.malformedTokenizerFile, "\(source): a vocab entry has no rank or token_bytes; use the tekken.json from the model's repository")
            }
            if rank < usable { tokensByRank[rank] = bytes }
        }
        var specials: [String: Token] = [:]
        if let listed = object["special_tokens"] as? [[String: Any]] {
            for entry in listed {
                if let rank = entry["rank"] as? Int, let text = entry["token_str"] as? String { specials[text] = Token(rank) }
            }
        } else {
            for (rank, text) in defaultSpecials.enumerated() { specials[text] = Token(rank) }
        }
        let named = Set(specials.values)
        for rank in 0..<specialCount where !named.contains(Token(rank)) { specials["<SPECIAL_\(rank)>"] = Token(rank) }
        let table = RankTable.build(tokensByRank: tokensByRank, sourceSHA256: sha256)
        return TiktokenVocabulary(bpe: TiktokenBPE(ranks: table, pattern: pattern, idOffset: Token(specialCount)), specialTokens: specials)
    }
}
