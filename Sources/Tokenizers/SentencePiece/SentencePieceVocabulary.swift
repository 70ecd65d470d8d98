/// A SentencePiece model's pieces in the two lookups its encoder uses, as sentencepiece's
/// `ModelInterface::InitializePieces` builds them: NORMAL, USER_DEFINED and UNUSED pieces can be
/// formed by merging; CONTROL, UNKNOWN and BYTE pieces ("reserved") never are, but a text equal to
/// one still gets its id, since `PieceToId` looks there first.
struct SentencePieceVocabulary: Sendable {
    typealias PieceType = SentencePieceModelProto.PieceType
    static let none = RankTable.noRank

    let pieces: [[UInt8]]
    let types: [PieceType]
    /// Merge priority of each piece: a higher score is a smaller number; equal scores are equal.
    let priorities: [UInt32]
    /// Pieces that merging can form, at their ids.
    let mergeable: RankTable
    /// CONTROL, UNKNOWN and BYTE pieces, at their ids.
    let reserved: RankTable
    /// For a mergeable id, the id `PieceToId` gives its text (a reserved piece with the same text wins).
    let canonicalIDs: [UInt32]
    let unknownID: UInt32
    /// The id of `<0xHH>` for every byte.
    let byteIDs: [UInt32]
    /// USER_DEFINED pieces by first byte, longest first: they are matched whole in the text.
    let userDefinedByFirstByte: [[[UInt8]]]
    let userDefinedFirstBytes: [Bool]
    let hasUserDefined: Bool
    let hasUnused: Bool
    /// No mergeable piece has ▁ right after another character (true of models trained with
    /// split_by_whitespace), so the encoder may merge the stretches between such places separately.
    let piecesNeverJoinAcrossSpaceSymbols: Bool

    /// Validates the pieces as sentencepiece does when it loads a model; `problem` says what is wrong.
    /// `sourceSHA256` marks the tables with the file they came from (the compiled cache's key).
    init(pieces protoPieces: [SentencePieceModelProto.Piece], byteFallback: Bool, sourceSHA256: [UInt8] = []) throws(Problem) {
        var mergeableIDs: [[UInt8]: Int] = [:]
        var reservedIDs: [[UInt8]: Int] = [:]
        var unknownID: Int?
        var bytePieces = [Bool](repeating: false, count: 256)
        var priorities = [UInt32](repeating: 0, count: protoPieces.count)
        for (id, piece) in protoPieces.enumerated() {
            let text = piece.bytes
            guard !text.isEmpty else { throw .malformed("piece \(id) is empty") }
            let isMergeable = Self.isMergeable(piece.type)
            if let earlier = isMergeable ? mergeableIDs[text] : reservedIDs[text] {
                throw .malformed("piece \(Self.show(text)) is defined twice (ids \(earlier) and \(id))")
            }
            if isMergeable {
                mergeableIDs[text] = id
                guard !piece.score.isNaN else { throw .malformed("piece \(Self.show(text)) (id \(id)) has a NaN score") }
                priorities[id] = Self.priority(piece.score)
            } else {
                reservedIDs[text] = id
            }
            switch piece.type {
            case .unknown:
                if let unknownID { throw .malformed("pieces \(unknownID) and \(id) are both of type UNKNOWN") }
                unknownID = id
            case .byte:
                guard byteFallback else {
                    throw .malformed("byte piece \(Self.show(text)) (id \(id)) is present although trainer_spec.byte_fallback is false")
                }
                guard let byte = Self.byte(named: text) else {
                    throw .malformed("byte piece \(Self.show(text)) (id \(id)) is not of the form <0xHH>")
                }
                bytePieces[Int(byte)] = true
            case .normal, .control, .userDefined, .unused: break
            }
        }
        guard let unknownID else { throw .malformed("no piece has type UNKNOWN (the <unk> piece)") }
        if byteFallback, let missing = bytePieces.firstIndex(of: false) {
            throw .malformed("trainer_spec.byte_fallback is true but there is no byte piece for 0x\(Self.hex(UInt8(missing)))")
        }
        self.init(
            mergeable: RankTable.build(tokensByRank: protoPieces.map { Self.isMergeable($0.type) ? $0.bytes : [] }, sourceSHA256: sourceSHA256),
            reserved: RankTable.build(tokensByRank: protoPieces.map { Self.isMergeable($0.type) ? [] : $0.bytes }, sourceSHA256: sourceSHA256),
            types: protoPieces.map(\.type), priorities: priorities, unknownID: UInt32(unknownID))
    }

    /// The vocabulary from its two tables (a piece is in exactly one), as the compiled cache keeps
    /// it; everything else is derived. The pieces were validated when the tables were built.
    init(mergeable: RankTable, reserved: RankTable, types: [PieceType], priorities: [UInt32], unknownID: UInt32) {
        let texts = types.indices.map { id in
            Array((Self.isMergeable(types[id]) ? mergeable : reserved).bytes(of: id) ?? UnsafeBufferPointer(start: nil, count: 0))
        }
        var byteIDs = [UInt32](repeating: Self.none, count: 256)
        var userDefined = [[[UInt8]]](repeating: [], count: 256)
        var canonicalIDs = [UInt32](repeating: 0, count: types.count)
        for (id, text) in texts.enumerated() {
            switch types[id] {
            case .userDefined: userDefined[Int(text[0])].append(text)
            case .byte: if let byte = Self.byte(named: text) { byteIDs[Int(byte)] = UInt32(id) }
            default: break
            }
            // PieceToId looks among the reserved pieces first.
            let reservedID = Self.isMergeable(types[id]) ? text.withUnsafeBufferPointer { Self.lookUp(reserved, $0) } : Self.none
            canonicalIDs[id] = reservedID != Self.none ? reservedID : UInt32(id)
        }
        self.pieces = texts
        self.types = types
        self.priorities = priorities
        self.mergeable = mergeable
        self.reserved = reserved
        self.canonicalIDs = canonicalIDs
        self.unknownID = unknownID
        self.byteIDs = byteIDs
        self.userDefinedByFirstByte = userDefined.map { $0.sorted { $0.count > $1.count } }
        self.userDefinedFirstBytes = userDefined.map { !$0.isEmpty }
        self.hasUserDefined = userDefined.contains { !$0.isEmpty }
        self.hasUnused = types.contains(.unused)
        self.piecesNeverJoinAcrossSpaceSymbols = !zip(types, texts).contains { type, text in
            Self.isMergeable(type) && Self.hasSpaceSymbolAfterAnotherCharacter(text)
        }
    }

    static func isMergeable(_ type: PieceType) -> Bool { type == .normal || type == .userDefined || type == .unused }

    /// A table lookup of bytes that may end anywhere (lookups read 8 bytes past the key).
    static func lookUp(_ table: RankTable, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        PaddedUTF8.with(bytes) { table.rank($0, bytes.count) }
    }

    static func hasSpaceSymbolAfterAnotherCharacter(_ text: [UInt8]) -> Bool {
        let space = SentencePieceBPE.spaceSymbol
        var previousIsSpace = true  // nothing before the first character
        var i = 0
        while i < text.count {
            let width = min(SentencePieceBPE.characterLength(text[i]), text.count - i)
            let isSpace = width == 3 && text[i..<(i + 3)].elementsEqual(space)
            if isSpace && !previousIsSpace { return true }
            previousIsSpace = isSpace
            i += width
        }
        return false
    }

    enum Problem: Error {
        case malformed(String)
    }

    /// `PieceToId`: a reserved piece first, then a mergeable one, else `<unk>`.
    @inline(__always)
    func id(of text: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        let id = mergeable.rank(text, length)
        if id != Self.none { return canonicalIDs[Int(id)] }
        let reservedID = reserved.rank(text, length)
        return reservedID != Self.none ? reservedID : unknownID
    }

    /// The length of the longest USER_DEFINED piece at `text`, or 0.
    @inline(__always)
    func userDefinedMatch(_ text: UnsafePointer<UInt8>, _ remaining: Int) -> Int {
        guard userDefinedFirstBytes[Int(text[0])] else { return 0 }
        for candidate in userDefinedByFirstByte[Int(text[0])] where candidate.count <= remaining {
            if candidate.withUnsafeBufferPointer({ memcmp($0.baseAddress!, text, $0.count) == 0 }) { return candidate.count }
        }
        return 0
    }

    /// Orders scores so that the highest comes first and equal scores (0 and -0 too) tie.
    static func priority(_ score: Float) -> UInt32 {
        let bits = (score == 0 ? 0 : score).bitPattern
        let ascending = bits & 0x8000_0000 != 0 ? ~bits : bits | 0x8000_0000
        return ~ascending
    }

    /// The byte of a piece spelled exactly `<0xHH>` (upper-case hex, as sentencepiece writes it).
    static func byte(named text: [UInt8]) -> UInt8? {
        guard text.count == 6, Array(text[0..<3]) == Array("<0x".utf8), text[5] == UInt8(ascii: ">") else { return nil }
        func digit(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
            default: return nil
            }
        }
        guard let high = digit(text[3]), let low = digit(text[4]) else { return nil }
        return high << 4 | low
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    static func show(_ text: [UInt8]) -> String {
        String(decoding: text, as: UTF8.self).debugDescription
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
