/// A string's UTF-8 copied into memory with 8 zero bytes after it, so rank lookups can read whole
/// words at any offset. Small texts (a typed line) live on the stack.
enum PaddedUTF8 {
    static let padding = 8

    static func with<Result>(_ text: String, _ body: (UTF8Text) -> Result) -> Result {
        var text = text
        return text.withUTF8 { source in with(source) { body(UTF8Text(bytes: $0, count: source.count)) } }
    }

    /// Any bytes, copied with the padding after them; `body` gets the copy's start.
    static func with<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + padding) { buffer in
            let base = buffer.baseAddress!
            if let start = bytes.baseAddress { base.update(from: start, count: bytes.count) }
            (base + bytes.count).initialize(repeating: 0, count: padding)
            return body(base)
        }
    }
}
