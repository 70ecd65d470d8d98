import Foundation

/// Reads a `tokenizer.json` into an `HFTokenizer`, refusing, with the piece and the file named,
/// anything tunesmith does not reproduce exactly.
enum HFTokenizerFile {
    static func looksLikeHF(_ object: [String: Any]) -> Bool { object["model"] is [String: Any] }

    static func tokenizer(_ object: [String: Any], source: String, sha256: [UInt8]) throws -> HFTokenizer {
        func unsupported(_ what: String) -> TokenizersError {
            TokenizersError(.unsupportedTokenizer, "\(source) uses \(what), which tunesmith does not reproduce exactly yet; count with the model's reference library instead, or pass a tokenizer.model / tekken.json if the model has one")
        }
        func malformed(_ what: String) -> TokenizersError {
            TokenizersError(.malformedTokenizerFile, "\(source) is not a valid tokenizer.json (\(what)); download it again from the model's repository")
        }
        guard let model = object["model"] as? [String: Any] else { throw malformed("no model") }
        let type = model["type"] as? String ?? (model["merges"] != nil ? "BPE" : "?")
        guard type == "BPE" else { throw unsupported("a \(type) model") }
        if model["dropout"] is NSNumber { throw unsupported("BPE dropout") }
        if (model["byte_fallback"] as? Bool) == true { throw unsupported("byte_fallback (a SentencePiece-style vocabulary)") }
        for key in ["continuing_subword_prefix", "end_of_word_suffix"] {
            if let text = model[key] as? String, !text.isEmpty { throw unsupported("\(key) \"\(text)\"") }
        }

        // normalizer: none or NFC (alone or in a Sequence)
        var nfc = false
        if let normalizer = object["normalizer"] as? [String: Any] {
            let parts = normalizer["type"] as? String == "Sequence" ? (normalizer["normalizers"] as? [[String: Any]] ?? []) : [normalizer]
            for part in parts {
                guard part["type"] as? String == "NFC" else { throw unsupported("the \(part["type"] as? String ?? "?") normalizer") }
                nfc = true
            }
        }

        // pre_tokenizer: Split(known pattern, Isolated) then ByteLevel without its own regex
        guard let preTokenizer = object["pre_tokenizer"] as? [String: Any] else { throw unsupported("no pre-tokenizer") }
        let steps = preTokenizer["type"] as? String == "Sequence" ? (preTokenizer["pretokenizers"] as? [[String: Any]] ?? []) : [preTokenizer]
        var pattern: SplitPattern?
        var byteLevel = false
        for step in steps {
            switch step["type"] as? String {
            case "Split":
                guard pattern == nil, !byteLevel else { throw unsupported("more than one Split pre-tokenizer") }
                guard let regex = (step["pattern"] as? [String: Any])?["Regex"] as? String else { throw unsupported("a Split on a plain string") }
                guard step["behavior"] as? String == "Isolated", (step["invert"] as? Bool) != true else {
                    throw unsupported("a Split with behavior \(step["behavior"] as? String ?? "?")")
                }
                pattern = try SplitPattern(regex: regex, source: source)
            case "ByteLevel":
                if (step["use_regex"] as? Bool) != false { throw unsupported("a ByteLevel pre-tokenizer with GPT-2's own regex") }
                if (step["add_prefix_space"] as? Bool) == true { throw unsupported("ByteLevel add_prefix_space") }
                byteLevel = true
            case let other:
                throw unsupported("the \(other ?? "?") pre-tokenizer")
            }
        }
        guard let pattern, byteLevel else { throw unsupported("a pre-tokenizer other than Split + ByteLevel") }
        if let decoder = object["decoder"] as? [String: Any], decoder["type"] as? String != "ByteLevel" {
            throw unsupported("the \(decoder["type"] as? String ?? "?") decoder")
        }

        // vocabulary: byte-level strings to ids
        guard let vocab = model["vocab"] as? [String: Any] else { throw malformed("model.vocab is not an object") }
        var tokensByID: [[UInt8]] = []
        tokensByID.reserveCapacity(vocab.count)
        var idOfText: [String: UInt32] = [:]
        idOfText.reserveCapacity(vocab.count)
        for (text, value) in vocab {
            guard let id = (value as? NSNumber)?.intValue, id >= 0, id < 1 << 24 else { throw malformed("the id of \"\(text)\"") }
            guard let bytes = ByteLevelAlphabet.bytes(of: text) else { throw unsupported("a vocabulary entry outside the byte-level alphabet (\"\(text)\")") }
            if id >= tokensByID.count { tokensByID.append(contentsOf: repeatElement([], count: id + 1 - tokensByID.count)) }
            tokensByID[id] = bytes
            idOfText[text] = UInt32(id)
        }
        var byteTokens = [UInt32](repeating: 0, count: 256)
        for byte in 0..<256 {
            guard let id = idOfText[String(Character(ByteLevelAlphabet.characterOfByte[byte]))] else {
                throw malformed("byte \(byte) has no token")
            }
            byteTokens[byte] = id
        }

        // merges: "a b" or ["a", "b"], in rank order
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

        // added tokens, matched in the raw text
        var added: [HFTokenizer.AddedToken] = []
        for entry in object["added_tokens"] as? [[String: Any]] ?? [] {
            guard let content = entry["content"] as? String, let id = (entry["id"] as? NSNumber)?.intValue else { throw malformed("an added token without content or id") }
            for flag in ["lstrip", "rstrip", "single_word"] where (entry[flag] as? Bool) == true {
                throw unsupported("an added token with \(flag) (\(content))")
            }
            if (entry["normalized"] as? Bool) == true && nfc { throw unsupported("an added token matched after normalisation (\(content))") }
            added.append(.init(content: content, id: UInt32(id), special: (entry["special"] as? Bool) ?? false))
        }

        let table = RankTable.build(tokensByRank: tokensByID, sourceSHA256: sha256)
        let bpe = HFBytePairModel(vocabulary: table, merges: MergeTable(merges), byteTokens: byteTokens,
                                  ignoreMerges: (model["ignore_merges"] as? Bool) ?? false)
        return HFTokenizer(normalizesToNFC: nfc, pattern: pattern, model: bpe, addedTokens: added)
    }
}
