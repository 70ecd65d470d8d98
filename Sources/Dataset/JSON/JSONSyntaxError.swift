/// Where and why a line is not JSON (or not UTF-8). Offsets are bytes into the line.
public struct JSONSyntaxError: Error, Sendable, Hashable {
    public let byteOffset: Int
    public let reason: String
    public let isEncodingError: Bool

    public init(byteOffset: Int, reason: String, isEncodingError: Bool) {
        self.byteOffset = byteOffset
        self.reason = reason
        self.isEncodingError = isEncodingError
    }

    /// 1-based column counted in characters (Unicode scalars), as editors and Python report it.
    public func column(in line: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 1
        for i in 0..<min(byteOffset, line.count) where line[i] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
