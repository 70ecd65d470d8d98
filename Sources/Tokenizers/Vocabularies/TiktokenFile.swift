/// A tiktoken-format rank file (`<base64> <rank>` per line) whose pattern and special tokens come
/// from a table of ours, keyed by the file's sha256, or from `--pattern`.
enum TiktokenFile {
    /// Whether the bytes start like a rank file: base64, a space, digits, a newline.
    static func looksLikeRankFile(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count && i < 200 && bytes[i] != 0x20 {
            let c = bytes[i]
            guard (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2B || c == 0x2F || c == 0x3D else { return false }
            i += 1
        }
        guard i > 0, i < bytes.count, bytes[i] == 0x20 else { return false }
        i += 1
        let digits = i
        while i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        return i > digits && (i == bytes.count || bytes[i] == 0x0A || bytes[i] == 0x0D)
    }

    static func vocabulary(_ bytes: [UInt8], source: String, sha256: String, pattern: SplitPattern?) throws -> (TiktokenVocabulary, family: String?) {
        let known = KnownVocabulary.recognise(sha256: sha256)
        guard let pattern = pattern ?? known?.pattern else {
            throw TokenizersError(.unsupportedTokenizer, """
                \(source) is a tiktoken-format rank file tunesmith does not recognise (sha256 \(sha256)), so its split pattern \
                and special tokens are unknown; pass --pattern (\(SplitPattern.allCases.map(\.rawValue).joined(separator: ", "))), \
                or use the model's tokenizer.json
                """)
        }
        let tokens = try RankFileParser.parse(bytes, path: source)
        let table = RankTable.build(tokensByRank: tokens, sourceSHA256: EncodingLoader.hexBytes(sha256))
        let vocabulary = TiktokenVocabulary(bpe: TiktokenBPE(ranks: table, pattern: pattern), specialTokens: known?.specialTokens ?? [:],
                                            normalizesToNFC: known?.normalizesToNFC ?? false)
        return (vocabulary, known?.family)
    }
}
