/// GPT-2's byte-level alphabet, which `ByteLevel` pre-tokenizers and decoders use: every byte is
/// written as one printable character (printable Latin-1 stands for itself, the rest from U+0100 on).
enum ByteLevelAlphabet {
    /// The character standing for each byte.
    static let characterOfByte: [Unicode.Scalar] = {
        var printable = Array(0x21...0x7E) + Array(0xA1...0xAC) + Array(0xAE...0xFF)
        var scalars = printable.map { Unicode.Scalar(UInt32($0))! }
        var next: UInt32 = 256
        for byte in 0...255 where !printable.contains(byte) {
            printable.append(byte)
            scalars.append(Unicode.Scalar(next)!)
            next += 1
        }
        var table = [Unicode.Scalar](repeating: " ", count: 256)
        for (byte, scalar) in zip(printable, scalars) { table[byte] = scalar }
        return table
    }()

    /// The byte each alphabet character stands for.
    static let byteOfCharacter: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (byte, scalar) in characterOfByte.enumerated() { table[scalar.value] = UInt8(byte) }
        return table
    }()

    /// The bytes a vocabulary entry stands for, or nil when it has a character outside the alphabet.
    static func bytes(of text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard let byte = byteOfCharacter[scalar.value] else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
