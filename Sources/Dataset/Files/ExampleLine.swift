/// What a line of a dataset said, as a SHA-256 of its bytes (without the line ending or a leading
/// BOM). A replace or delete names its line by it as well as by number, so an edit another program
/// or shell made meanwhile is noticed instead of hitting the wrong example.
public struct LineFingerprint: Hashable, Sendable, Codable, CustomStringConvertible {
    public let sha256: String

    public init(sha256: String) {
        self.sha256 = sha256
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        sha256 = Checksum.sha256(UnsafeRawBufferPointer(bytes))
    }

    public var description: String { sha256 }

    public init(from decoder: any Decoder) throws {
        sha256 = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sha256)
    }
}

/// One example of a dataset as read: where it was and what it said.
public struct ExampleLine: Sendable {
    /// 1-based; blank lines are not examples.
    public let example: Int
    /// The physical line (1-based).
    public let line: Int
    public let fingerprint: LineFingerprint
    /// The line as written (without its line ending or a leading BOM).
    public let bytes: [UInt8]
}
