/// One line of a JSONL file as read: its bytes (without the line ending or a leading BOM) and what
/// was noticed about its framing. The bytes are valid only inside the reader's callback.
public struct JSONLLine {
    public let number: Int
    public let bytes: UnsafeBufferPointer<UInt8>
    /// Ended in `\r\n` (the `\r` is not in `bytes`).
    public let hadCarriageReturn: Bool
    /// Line 1 began with a UTF-8 byte order mark (not in `bytes`).
    public let hadByteOrderMark: Bool
    /// False only for a last line that has no `\n`.
    public let endsWithNewline: Bool

    /// Nothing but spaces and tabs.
    public var isBlank: Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// What the line says, as a SHA-256 of its bytes: names an example across runs and edits.
    public var fingerprint: LineFingerprint { LineFingerprint(bytes) }
}
