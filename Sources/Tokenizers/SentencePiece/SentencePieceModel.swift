/// A SentencePiece model (a `.model` protobuf) of the BPE type, encoding and decoding exactly as
/// the `sentencepiece` library does (Mistral's v1 and v3 tokenizers are of this kind).
///
/// Only what these models use is implemented; a file that needs more (another model type, a
/// normalization table, whitespace options other than the usual) is refused with
/// `.unsupportedTokenizer` rather than approximated.
///
/// `package` only where bench/TokenizerBenchmark needs it; the rest is internal.
package final class SentencePieceModel: Sendable {
    let source: String
    private let vocabulary: SentencePieceVocabulary
    private let addDummyPrefix: Bool
    private let unknownSurface: [UInt8]
    /// CONTROL pieces (`<s>`, `</s>`, `[INST]`, ...) by text.
    let controlPieces: [String: UInt32]

    /// `source` names the file in messages; `sha256` is the file's (the compiled cache's key).
    package init(protobuf bytes: [UInt8], source: String, sha256: [UInt8] = []) throws {
        self.source = source
        let proto: SentencePieceModelProto
        do {
            proto = try SentencePieceModelProto(parsing: bytes)
        } catch let error as ProtobufReader.Malformed {
            throw TokenizersError(
                .malformedTokenizerFile,
                "\(source) is not a SentencePiece model: \(error.reason) at byte \(error.offset). "
                    + "Use the tokenizer.model file from the model's own repository.")
        }
        guard !proto.pieces.isEmpty else {
            throw TokenizersError(
                .malformedTokenizerFile,
                "\(source) is not a SentencePiece model: it has no pieces. Use the tokenizer.model file from the model's own repository.")
        }
        try Self.checkSupported(proto, source: source)
        do {
            vocabulary = try SentencePieceVocabulary(pieces: proto.pieces, byteFallback: proto.byteFallback, sourceSHA256: sha256)
        } catch .malformed(let problem) {
            throw TokenizersError(
                .malformedTokenizerFile,
                "\(source) is not a valid SentencePiece model: \(problem). Use the tokenizer.model file from the model's own repository.")
        }
        addDummyPrefix = proto.normalizer.addDummyPrefix
        unknownSurface = proto.unknownSurface
        controlPieces = Self.controlPieces(of: vocabulary)
    }

    /// What the compiled cache keeps: the vocabulary's two tables and what is not derived from them.
    struct CachedParts {
        let mergeable: RankTable
        let reserved: RankTable
        let types: [UInt8]
        let priorities: [UInt32]
        let unknownID: UInt32
        let addDummyPrefix: Bool
        let unknownSurface: [UInt8]
    }

    var cachedParts: CachedParts {
        CachedParts(mergeable: vocabulary.mergeable, reserved: vocabulary.reserved, types: vocabulary.types.map { UInt8($0.rawValue) },
                    priorities: vocabulary.priorities, unknownID: vocabulary.unknownID, addDummyPrefix: addDummyPrefix, unknownSurface: unknownSurface)
    }

    /// A model from the compiled cache's parts; nil when they do not fit together.
    init?(cached parts: CachedParts, source: String) {
        let types = parts.types.compactMap { SentencePieceModelProto.PieceType(rawValue: Int($0)) }
        guard types.count == parts.types.count, types.count == parts.priorities.count, Int(parts.unknownID) < types.count,
              parts.mergeable.tokenCount == types.count, parts.reserved.tokenCount == types.count
        else { return nil }
        self.source = source
        vocabulary = SentencePieceVocabulary(mergeable: parts.mergeable, reserved: parts.reserved, types: types,
                                             priorities: parts.priorities, unknownID: parts.unknownID)
        addDummyPrefix = parts.addDummyPrefix
        unknownSurface = parts.unknownSurface
        controlPieces = Self.controlPieces(of: vocabulary)
    }

    private static func controlPieces(of vocabulary: SentencePieceVocabulary) -> [String: UInt32] {
        var pieces: [String: UInt32] = [:]
        for (id, type) in vocabulary.types.enumerated() where type == .control {
            pieces[String(decoding: vocabulary.pieces[id], as: UTF8.self)] = UInt32(id)
        }
        return pieces
    }

    /// The table that carries the sha256 of the file the model came from.
    var vocabularyTable: RankTable { vocabulary.mergeable }

    /// The ids of `text`, without BOS or EOS.
    package func encode(_ text: String) -> [UInt32] {
        var sink = TokenArraySink()
        sink.tokens.reserveCapacity(text.utf8.count / 3 + 1)
        SentencePieceBPE.encode(text, addDummyPrefix: addDummyPrefix, vocabulary: vocabulary, into: &sink)
        return sink.tokens
    }

    /// `encode` as one merge over the whole text, without the segment shortcut (for tests).
    func encodeInOneSequence(_ text: String) -> [UInt32] {
        var sink = TokenArraySink()
        SentencePieceBPE.encode(text, addDummyPrefix: addDummyPrefix, vocabulary: vocabulary, into: &sink, inSegments: false)
        return sink.tokens
    }

    /// The number of ids `encode` returns, without building the array.
    func count(_ text: String) -> Int {
        var sink = TokenCountSink()
        SentencePieceBPE.encode(text, addDummyPrefix: addDummyPrefix, vocabulary: vocabulary, into: &sink)
        return sink.count
    }

    func decode(_ ids: [UInt32]) throws -> String {
        if let bad = ids.first(where: { Int($0) >= vocabularySize }) {
            throw TokenizersError(
                .unknownToken, "token \(bad) is not in \(source); its ids run from 0 to \(vocabularySize - 1). Check that the ids come from this tokenizer.")
        }
        let bytes = SentencePieceDecoder.decode(
            ids, vocabulary: vocabulary, addDummyPrefix: addDummyPrefix, unknownSurface: unknownSurface)
        return String(decoding: bytes, as: UTF8.self)
    }

    var vocabularySize: Int { vocabulary.pieces.count }

    /// The id of exactly this piece text (`▁` for spaces), whatever its type.
    func id(ofPiece piece: String) -> UInt32? {
        let bytes = Array(piece.utf8)
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { text in
            let reserved = SentencePieceVocabulary.lookUp(vocabulary.reserved, text)
            if reserved != SentencePieceVocabulary.none { return reserved }
            let mergeable = SentencePieceVocabulary.lookUp(vocabulary.mergeable, text)
            return mergeable != SentencePieceVocabulary.none ? mergeable : nil
        }
    }

    func piece(ofID id: UInt32) -> String? {
        Int(id) < vocabularySize ? String(decoding: vocabulary.pieces[Int(id)], as: UTF8.self) : nil
    }

    /// Refuses every setting whose behaviour is not implemented here, naming it.
    private static func checkSupported(_ proto: SentencePieceModelProto, source: String) throws {
        func refuse(_ what: String) -> TokenizersError {
            TokenizersError(
                .unsupportedTokenizer,
                "\(source) uses \(what), which tunesmith does not implement (it counts SentencePiece BPE models "
                    + "with an identity normalizer exactly, and approximates nothing); count this model's tokens with its own tokenizer.")
        }
        if proto.modelType != SentencePieceModelProto.bpeModelType {
            let name = SentencePieceModelProto.modelTypeNames[Int(truncatingIfNeeded: proto.modelType)] ?? "\(proto.modelType)"
            throw refuse("trainer_spec.model_type \(name)")
        }
        let normalizer = proto.normalizer
        if normalizer.precompiledCharsmapSize > 0 {
            throw refuse("a precompiled normalizer (normalizer_spec.precompiled_charsmap, \(normalizer.precompiledCharsmapSize) bytes, name \"\(normalizer.name)\")")
        }
        if !["identity", "nmt_nfkc"].contains(normalizer.name) {
            throw refuse("normalizer_spec.name \"\(normalizer.name)\"")
        }
        if normalizer.removeExtraWhitespaces { throw refuse("normalizer_spec.remove_extra_whitespaces true") }
        if !normalizer.escapeWhitespaces { throw refuse("normalizer_spec.escape_whitespaces false") }
        if proto.treatWhitespaceAsSuffix { throw refuse("trainer_spec.treat_whitespace_as_suffix true") }
        if !proto.byteFallback { throw refuse("trainer_spec.byte_fallback false (unknown characters as <unk>)") }
        if let denormalizer = proto.denormalizer, denormalizer.precompiledCharsmapSize > 0 {
            throw refuse("a denormalizer (denormalizer_spec.precompiled_charsmap, \(denormalizer.precompiledCharsmapSize) bytes)")
        }
    }
}
