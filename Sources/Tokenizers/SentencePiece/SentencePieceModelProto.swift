/// The fields of sentencepiece_model.proto's `ModelProto` that encoding and decoding depend on,
/// with the schema's defaults for fields a file leaves out (proto2: an absent field has its
/// default, and a field that appears twice keeps its last value).
struct SentencePieceModelProto {
    enum PieceType: Int {
        case normal = 1, unknown = 2, control = 3, userDefined = 4, unused = 5, byte = 6
    }

    struct Piece {
        var bytes: [UInt8] = []
        var score: Float = 0
        var type: PieceType = .normal
    }

    /// TrainerSpec.ModelType's names, for messages.
    static let modelTypeNames = [1: "UNIGRAM", 2: "BPE", 3: "WORD", 4: "CHAR"]
    static let bpeModelType: UInt64 = 2

    struct NormalizerSpec {
        var name = ""
        var precompiledCharsmapSize = 0
        var addDummyPrefix = true
        var removeExtraWhitespaces = true
        var escapeWhitespaces = true
    }

    var pieces: [Piece] = []
    // TrainerSpec
    var modelType: UInt64 = 1  // UNIGRAM
    var byteFallback = false
    var treatWhitespaceAsSuffix = false
    var unknownSurface: [UInt8] = Array(" \u{2047} ".utf8)
    var normalizer = NormalizerSpec()
    var denormalizer: NormalizerSpec?

    init(parsing bytes: [UInt8]) throws {
        var reader = ProtobufReader(bytes)
        while !reader.isAtEnd {
            let (number, wireType) = try reader.nextField()
            switch (number, wireType) {
            case (1, .lengthDelimited): pieces.append(try Self.piece(try reader.readMessage()))
            case (2, .lengthDelimited): try readTrainerSpec(try reader.readMessage())
            case (3, .lengthDelimited): try Self.read(try reader.readMessage(), into: &normalizer)
            case (5, .lengthDelimited):
                var spec = denormalizer ?? NormalizerSpec()
                try Self.read(try reader.readMessage(), into: &spec)
                denormalizer = spec
            default: try reader.skip(wireType)  // as protobuf does: unknown, or a known number with another wire type
            }
        }
    }

    private static func piece(_ message: ProtobufReader) throws -> Piece {
        var reader = message
        var piece = Piece()
        while !reader.isAtEnd {
            let (number, wireType) = try reader.nextField()
            switch (number, wireType) {
            case (1, .lengthDelimited): piece.bytes = try reader.readBytes()
            case (2, .fixed32): piece.score = try reader.readFloat()
            case (3, .varint):
                let start = reader.position
                let value = try reader.readVarint()
                guard let type = PieceType(rawValue: Int(truncatingIfNeeded: value)) else {
                    throw ProtobufReader.Malformed(reason: "piece type \(value) is not one SentencePiece defines", offset: start)
                }
                piece.type = type
            default: try reader.skip(wireType)
            }
        }
        return piece
    }

    private mutating func readTrainerSpec(_ message: ProtobufReader) throws {
        var reader = message
        while !reader.isAtEnd {
            let (number, wireType) = try reader.nextField()
            switch (number, wireType) {
            case (3, .varint): modelType = try reader.readVarint()
            case (24, .varint): treatWhitespaceAsSuffix = try reader.readBool()
            case (35, .varint): byteFallback = try reader.readBool()
            case (44, .lengthDelimited): unknownSurface = try reader.readBytes()
            default: try reader.skip(wireType)  // as protobuf does: unknown, or a known number with another wire type
            }
        }
    }

    private static func read(_ message: ProtobufReader, into spec: inout NormalizerSpec) throws {
        var reader = message
        while !reader.isAtEnd {
            let (number, wireType) = try reader.nextField()
            switch (number, wireType) {
            case (1, .lengthDelimited): spec.name = String(decoding: try reader.readBytes(), as: UTF8.self)
            case (2, .lengthDelimited): spec.precompiledCharsmapSize = try reader.readBytes().count
            case (3, .varint): spec.addDummyPrefix = try reader.readBool()
            case (4, .varint): spec.removeExtraWhitespaces = try reader.readBool()
            case (5, .varint): spec.escapeWhitespaces = try reader.readBool()
            default: try reader.skip(wireType)
            }
        }
    }
}
