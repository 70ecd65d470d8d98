/// Reads protobuf's wire format one field at a time: just what SentencePiece's `.model` files need
/// (varints, 32-bit floats, strings and nested messages), with every length checked against the
/// bytes that are really there, so a damaged file is an error and never a crash.
struct ProtobufReader {
    /// A wire-format violation at byte `offset` of the whole buffer.
    struct Malformed: Error {
        let reason: String
        let offset: Int
    }

    enum WireType: UInt8 {
        case varint = 0, fixed64 = 1, lengthDelimited = 2, startGroup = 3, endGroup = 4, fixed32 = 5
    }

    private let bytes: [UInt8]
    private(set) var position: Int
    private let end: Int

    init(_ bytes: [UInt8]) {
        self.init(bytes, from: 0, to: bytes.count)
    }

    private init(_ bytes: [UInt8], from start: Int, to end: Int) {
        self.bytes = bytes
        self.position = start
        self.end = end
    }

    var isAtEnd: Bool { position >= end }

    /// The next field's number and wire type.
    mutating func nextField() throws -> (number: Int, wireType: WireType) {
        let tagStart = position
        let tag = try readVarint()
        guard let wireType = WireType(rawValue: UInt8(tag & 7)) else {
            throw Malformed(reason: "unknown wire type \(tag & 7)", offset: tagStart)
        }
        let number = tag >> 3
        guard number > 0, number < 1 << 29 else {
            throw Malformed(reason: "field number \(number) is out of range", offset: tagStart)
        }
        return (Int(number), wireType)
    }

    mutating func readVarint() throws -> UInt64 {
        let start = position
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end else { throw Malformed(reason: "a number runs past the end", offset: start) }
            let byte = bytes[position]
            position += 1
            guard shift < 64 else { throw Malformed(reason: "a number is longer than 10 bytes", offset: start) }
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
    }

    /// A proto `int32`: negative values are sent as 10-byte varints and truncated back.
    mutating func readInt32() throws -> Int32 {
        Int32(truncatingIfNeeded: try readVarint())
    }

    mutating func readBool() throws -> Bool {
        try readVarint() != 0
    }

    mutating func readFloat() throws -> Float {
        guard end - position >= 4 else { throw Malformed(reason: "a float runs past the end", offset: position) }
        var bits: UInt32 = 0
        for i in 0..<4 { bits |= UInt32(bytes[position + i]) << (8 * UInt32(i)) }
        position += 4
        return Float(bitPattern: bits)
    }

    mutating func readBytes() throws -> [UInt8] {
        let range = try readLengthDelimited()
        return Array(bytes[range])
    }

    mutating func readMessage() throws -> ProtobufReader {
        let range = try readLengthDelimited()
        return ProtobufReader(bytes, from: range.lowerBound, to: range.upperBound)
    }

    /// Skips a field this reader does not need.
    mutating func skip(_ wireType: WireType) throws {
        let start = position
        switch wireType {
        case .varint: _ = try readVarint()
        case .fixed64: try advance(8, start: start)
        case .fixed32: try advance(4, start: start)
        case .lengthDelimited: _ = try readLengthDelimited()
        case .startGroup, .endGroup:
            // Groups are deprecated and SentencePiece's schema has none.
            throw Malformed(reason: "a group field, which SentencePiece models never contain", offset: start)
        }
    }

    private mutating func advance(_ count: Int, start: Int) throws {
        guard end - position >= count else { throw Malformed(reason: "a field runs past the end", offset: start) }
        position += count
    }

    private mutating func readLengthDelimited() throws -> Range<Int> {
        let start = position
        let length = try readVarint()
        guard length <= UInt64(end - position) else {
            throw Malformed(reason: "a field of \(length) bytes runs past the end", offset: start)
        }
        let range = position..<(position + Int(length))
        position = range.upperBound
        return range
    }
}
