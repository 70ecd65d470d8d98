import Foundation

/// Reads a `tokenizer.json`, refusing, with the piece and the file named, anything tunesmith does
/// not reproduce exactly. Files of the common byte-level shape (an optional NFC normalizer, one
/// `Split` with a known pattern then `ByteLevel` without its regex, plain added tokens, the
/// `ByteLevel` decoder) get the fast `HFTokenizer`; every other supported file the general
/// `HFPipelineTokenizer`.
enum HFTokenizerFile {
    static func looksLikeHF(_ object: [String: Any]) -> Bool { object["model"] is [String: Any] }

    /// With `compiled`, the vocabulary and merges come from the compiled cache and `object` need not list them.
    static func engine(_ object: [String: Any], source: String, sha256: [UInt8], compiled: HFCompiledTables? = nil) throws -> Tokenizer.Engine {
        func unsupported(_ what: String) -> TokenizersError {
            TokenizersError(.unsupportedTokenizer, "\(source) uses \(what), which tunesmith does not reproduce exactly yet; count with the model's reference library instead, or pass a tokenizer.model / tekken.json if the model has one")
        }
        func malformed(_ what: String) -> TokenizersError {
            TokenizersError(.malformedTokenizerFile, "\(source) is not a valid tokenizer.json (\(what)); download it again from the model's repository")
        }
        guard let model = object["model"] as? [String: Any] else { throw malformed("no model") }
        let type = model["type"] as? String ?? (model["merges"] != nil ? "BPE" : "?")
        guard type == "BPE" else { throw unsupported("a \(type) model") }
        if let dropout = (model["dropout"] as? NSNumber)?.doubleValue, dropout != 0 { throw unsupported("BPE dropout") }
        for key in ["continuing_subword_prefix", "end_of_word_suffix"] {
            if let text = model[key] as? String, !text.isEmpty { throw unsupported("\(key) \"\(text)\"") }
        }

        let parts = HFPipelineParts(unsupported: unsupported)
        let normalizer = try parts.normalizer(object["normalizer"])
        let steps = try parts.preTokenizer(object["pre_tokenizer"], source: source)
        let decoder = try parts.decoder(object["decoder"])
        let added = try parts.addedTokens(object["added_tokens"], malformed: malformed)
        let modelFile = HFModelFile(model: model, sha256: sha256, unsupported: unsupported, malformed: malformed, compiled: compiled)

        let byteLevelAt = steps.firstIndex(where: \.isByteLevel)
        if let byteLevelAt {
            guard byteLevelAt == steps.count - 1 else { throw unsupported("a pre-tokenizer after ByteLevel") }
            if modelFile.usesByteFallback { throw unsupported("byte_fallback with a ByteLevel pre-tokenizer") }
        }
        if steps.contains(where: { if case .metaspace(_, .first, _) = $0 { true } else { false } }), normalizer?.insertsAtStart == true {
            throw unsupported("a Metaspace pre-tokenizer with prepend_scheme \"first\" after a normalizer that adds text (Prepend, or a longer Replace)")
        }

        // The fast path: Split(known pattern, Isolated) + ByteLevel(no prefix space, no regex).
        if byteLevelAt != nil, steps.count == 2, case .split(.pattern(let pattern), .isolated, false) = steps[0],
            case .byteLevel(false, false) = steps[1], case .byteLevel = decoder,
            added.allSatisfy({ !$0.normalized && !$0.leftStrip && !$0.rightStrip && !$0.singleWord })
        {
            let parts = normalizer?.flattened ?? []
            if parts.allSatisfy({ if case .nfc = $0 { true } else { false } }) {
                let nfc = !parts.isEmpty
                let plain = added.map { HFTokenizer.AddedToken(content: $0.content, id: $0.id, special: $0.special) }
                return .huggingFace(HFTokenizer(normalizesToNFC: nfc, pattern: pattern, model: try modelFile.byteLevel(), addedTokens: plain))
            }
        }

        let pipelineModel: HFPipelineTokenizer.Model = byteLevelAt != nil ? .bytes(try modelFile.byteLevel()) : .characters(try modelFile.characterLevel())
        let vocabulary = pipelineModel.vocabulary
        let vocabularyCount = compiled?.vocabularyCount ?? (model["vocab"] as? [String: Any])?.count ?? 0
        let reassigned = assigningIDs(added, vocabularyCount: vocabularyCount) {
            HFModelFile.id(of: $0, in: vocabulary, byteLevel: byteLevelAt != nil)
        }
        let compiledFile = HFPipelineTokenizer.CompiledFile(configuration: compiled?.configuration ?? withoutLists(object, model),
                                                            vocabularyCount: vocabularyCount)
        return .huggingFacePipeline(HFPipelineTokenizer(normalizer: normalizer, steps: steps, model: pipelineModel, decoder: decoder,
                                                        addedTokens: reassigned, compiledFile: compiledFile))
    }

    /// The file without its two big lists (JSON), for the compiled cache to rebuild the pipeline from.
    private static func withoutLists(_ object: [String: Any], _ model: [String: Any]) -> [UInt8] {
        var configuration = object
        configuration["model"] = model.filter { $0.key != "vocab" && $0.key != "merges" }
        return Array((try? JSONSerialization.data(withJSONObject: configuration)) ?? Data())
    }

    /// The ids `tokenizers` gives added tokens when it reads a file (`AddedVocabulary::add_tokens`),
    /// whatever ids the file lists: a text already in the vocabulary or added keeps that id, others
    /// take the next id after the vocabulary; a later token with an id already taken replaces it.
    static func assigningIDs(_ tokens: [HFAddedVocabulary.Entry], vocabularyCount: Int, modelID: (String) -> UInt32?) -> [HFAddedVocabulary.Entry] {
        var idOfContent: [String: Token] = [:]
        var byID: [Token: HFAddedVocabulary.Entry] = [:]
        var order: [Token] = []
        var nextID = Token(vocabularyCount)
        for token in tokens where !token.content.isEmpty {
            let id: Token
            if let known = idOfContent[token.content] ?? modelID(token.content) {
                id = known
            } else {
                id = nextID
                nextID += 1
            }
            idOfContent[token.content] = id
            if byID[id] == nil { order.append(id) }
            byID[id] = HFAddedVocabulary.Entry(content: token.content, id: id, special: token.special, singleWord: token.singleWord,
                                               leftStrip: token.leftStrip, rightStrip: token.rightStrip, normalized: token.normalized)
        }
        return order.map { byID[$0]! }
    }
}
