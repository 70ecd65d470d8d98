import Dataset
import Foundation
import TestSupport
import Testing

@testable import Tokenizers

/// Mistral's SentencePiece BPE models: ids and decoded text identical to mistral-common /
/// sentencepiece on the committed fixtures (scripts/generate-open-tokenizer-fixtures.py).
@Suite(.enabled(if: TestTokenizers.available), .timeLimit(.minutes(5)))
struct SentencePieceTests {
    enum Version: String, CaseIterable, CustomStringConvertible {
        case v1 = "mistral-sp-v1"
        case v3 = "mistral-sp-v3"

        var file: String {
            switch self {
            case .v1: "mistral-sp/tokenizer.model.v1"
            case .v3: "mistral-sp/mistral_instruct_tokenizer_240323.model.v3"
            }
        }

        var description: String { rawValue }
    }

    struct Case: Decodable {
        let text: String
        let ids: [UInt32]
        let decoded: String
    }

    struct Fixture: Decodable {
        let family: String
        let cases: [Case]
    }

    static let models: [Version: Result<SentencePieceModel, any Error>] = Dictionary(
        uniqueKeysWithValues: Version.allCases.map { version in
            (version, Result { try SentencePieceModel(protobuf: TestTokenizers.bytes(version.file), source: version.file) })
        })

    static func model(_ version: Version) throws -> SentencePieceModel {
        try models[version]!.get()
    }

    static func fixture(_ version: Version) throws -> Fixture {
        let url = try #require(Bundle.module.url(forResource: version.rawValue, withExtension: "json", subdirectory: "Fixtures/open"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test(arguments: Version.allCases)
    func idsAndDecodedTextMatchTheReference(_ version: Version) async throws {
        let model = try Self.model(version)
        let fixture = try Self.fixture(version)
        #expect(fixture.family == version.rawValue)
        #expect(fixture.cases.count == 3888)
        let mismatches = try await runBlocking {
            var mismatches: [String] = []
            for item in fixture.cases {
                let ids = model.encode(item.text)
                if ids != item.ids {
                    mismatches.append("encode \(item.text.debugDescription): expected \(item.ids), got \(ids)")
                }
                if model.count(item.text) != item.ids.count {
                    mismatches.append("count \(item.text.debugDescription): expected \(item.ids.count)")
                }
                // Bytes, not String ==: Swift compares strings up to canonical equivalence.
                let decoded = try model.decode(item.ids)
                if Array(decoded.utf8) != Array(item.decoded.utf8) {
                    mismatches.append("decode \(item.ids): expected \(item.decoded.debugDescription), got \(decoded.debugDescription)")
                }
            }
            return mismatches
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5).joined(separator: "\n"))")
    }

    /// Merging the stretches between "X▁" places separately must give what one merge over the
    /// whole text gives (the path for models whose pieces do join across them).
    @Test(arguments: Version.allCases)
    func mergingInSegmentsAgreesWithOneSequence(_ version: Version) async throws {
        let model = try Self.model(version)
        let fixture = try Self.fixture(version)
        let differing = try await runBlocking {
            var generator = SplitMix64(seed: 5)
            let alphabet = Array("ab ▁é中😀\n1[]")
            let random = (0..<300).map { _ in
                String((0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            }
            return (fixture.cases.map(\.text) + random).filter { model.encode($0) != model.encodeInOneSequence($0) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    @Test func piecesAndControlSymbols() throws {
        let v1 = try Self.model(.v1)
        let v3 = try Self.model(.v3)
        #expect(v1.vocabularySize == 32000)
        #expect(v3.vocabularySize == 32768)
        #expect(v1.id(ofPiece: "<s>") == 1)
        #expect(v1.id(ofPiece: "<0x0A>") == 13)
        #expect(v1.id(ofPiece: "▁▁") == 259)
        #expect(v1.controlPieces == ["<s>": 1, "</s>": 2])
        #expect(v3.controlPieces.count == 750)
        #expect(v3.controlPieces["[INST]"] == 3)
        #expect(v3.controlPieces["[/INST]"] == 4)
        #expect(v3.id(ofPiece: "[REFERENCE_DOC_0]") == 770)
        #expect(v3.piece(ofID: 771) == "<0x00>")
        #expect(v3.piece(ofID: 32768) == nil)
        #expect(v1.id(ofPiece: "no such piece") == nil)
    }

    /// Expected ids from sentencepiece 0.2.3 (the library mistral-common calls).
    @Test func userDefinedPiecesAreMatchedInPlainTextButControlPiecesAreNot() throws {
        let v3 = try Self.model(.v3)
        #expect(v3.encode("[REFERENCE_DOC_0]") == [29473, 770])
        #expect(v3.encode("x[REFERENCE_DOC_1][REFERENCE_DOC_10]y") == [2086, 769, 760, 29492])
        #expect(v3.encode("[INST] hi") == [1501, 17057, 29561, 12782])
        #expect(v3.encode("<s>") == [1291, 29481, 29535])
        #expect(v3.encode("") == [])
    }

    @Test func decodingFollowsSentencePiece() throws {
        let v1 = try Self.model(.v1)
        let bytePiece = { (hex: String) in v1.id(ofPiece: "<0x\(hex)>")! }
        // One U+FFFD per byte of a broken sequence (Swift's own decoding would give one for both).
        #expect(Array(try v1.decode([bytePiece("E2"), bytePiece("96")]).utf8) == Array("\u{FFFD}\u{FFFD}".utf8))
        #expect(Array(try v1.decode([bytePiece("F0"), bytePiece("9F"), bytePiece("98"), 13]).utf8) == Array("\u{FFFD}\u{FFFD}\u{FFFD}\n".utf8))
        // The dummy-prefix space goes only at the very start; control pieces are invisible.
        #expect(try v1.decode([0, 22557]) == " \u{2047}  Hello")
        #expect(try v1.decode([259, 22557]) == "  Hello")
        #expect(try v1.decode([13, v1.id(ofPiece: "▁Hello")!]) == "\n Hello")
        #expect(try v1.decode([1, 22557, 2]) == "Hello")
        #expect(v1.encode("  hello") == [259, 6312, 28709])
    }

    @Test(arguments: Version.allCases)
    func anIDOutOfRangeIsAnError(_ version: Version) throws {
        let model = try Self.model(version)
        let error = try #require(throws: TokenizersError.self) { try model.decode([5, UInt32(model.vocabularySize)]) }
        #expect(error.kind == .unknownToken)
        #expect(error.message.contains("\(model.vocabularySize)"))
    }

    /// The time limit only catches a hang; speed itself is measured by bench/tokenizer.
    @Test(arguments: Version.allCases)
    func pathologicalInputsFinishAndRoundTrip(_ version: Version) async throws {
        let model = try Self.model(version)
        let failed = try await runBlocking {
            var generator = SplitMix64(seed: 7)
            let randomBytes = (0..<(1 << 20)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let texts = [
                "one megabyte of a": String(repeating: "a", count: 1 << 20),
                "random bytes": String(decoding: randomBytes, as: UTF8.self),
                "100k spaces": String(repeating: " ", count: 100_000),
                "one megabyte of é": String(repeating: "é", count: 1 << 19),
            ]
            return try texts.filter { _, text in
                let ids = model.encode(text)
                return try Array(model.decode(ids).utf8) != Array(text.utf8) || model.count(text) != ids.count
            }.map(\.key)
        }
        #expect(failed.isEmpty, "\(failed)")
    }

    @Test func malformedFilesAreErrorsNotCrashes() throws {
        let bytes = try TestTokenizers.bytes(Version.v1.file)
        var generator = SplitMix64(seed: 3)
        let garbage = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let broken: [String: [UInt8]] = [
            "empty": [],
            "garbage": garbage,
            "an overlong number": [0x08] + [UInt8](repeating: 0xFF, count: 11),
            "a length past the end": [0x0A, 0x7F, 0x0A],
            "an unterminated group after a whole model": bytes + [0x0B],
            "a float cut short": [0x0A, 0x03, 0x15, 0x00, 0x00],
            "cut in the last field": Array(bytes.dropLast()),
            "cut inside a piece": Array(bytes.prefix(1001)),
        ]
        for (name, data) in broken {
            let error = #expect(throws: TokenizersError.self, "\(name)") {
                try SentencePieceModel(protobuf: data, source: "broken.model")
            }
            #expect(error?.kind == .malformedTokenizerFile, "\(name): \(error?.message ?? "")")
            #expect(error?.message.contains("broken.model") == true, "\(name)")
        }
    }

    /// Settings appended as a second trainer_spec or normalizer_spec field, which protobuf merges
    /// into the first (the last value wins).
    @Test func unsupportedSettingsAreRefusedByName() throws {
        let bytes = try TestTokenizers.bytes(Version.v1.file)
        let appended: [String: [UInt8]] = [
            "model_type UNIGRAM": [0x12, 0x02, 0x18, 0x01],
            "model_type WORD": [0x12, 0x02, 0x18, 0x03],
            "precompiled_charsmap": [0x1A, 0x05, 0x12, 0x03, 1, 2, 3],
            "remove_extra_whitespaces true": [0x1A, 0x02, 0x20, 0x01],
            "treat_whitespace_as_suffix true": [0x12, 0x03, 0xC0, 0x01, 0x01],
            "normalizer_spec.name \"nfkc_cf\"": [0x1A, 0x09, 0x0A, 0x07] + Array("nfkc_cf".utf8),
        ]
        for (what, suffix) in appended {
            let error = #expect(throws: TokenizersError.self, "\(what)") {
                try SentencePieceModel(protobuf: bytes + suffix, source: "odd.model")
            }
            #expect(error?.kind == .unsupportedTokenizer, "\(what)")
            #expect(error?.message.contains(what) == true, "\(what): \(error?.message ?? "")")
            #expect(error?.message.contains("odd.model") == true, "\(what)")
        }
        #expect(try SentencePieceModel(protobuf: bytes + [0x1A, 0x0A, 0x0A, 0x08] + Array("nmt_nfkc".utf8), source: "nfkc.model")
            .encode("Hello") == [22557])
    }
}
