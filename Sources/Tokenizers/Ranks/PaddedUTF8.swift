/// A string's UTF-8 copied into memory with 8 zero bytes after it, so rank lookups can read whole
/// words at any offset. Small texts (a typed line) live on the stack.
enum PaddedUTF8 {
    static let padding = 8

    static func with<Result>(_ text: String, _ body: (UTF8Text) -> Result) -> Result {
        var text = text
        return text.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count + padding) { buffer in
                let base = buffer.baseAddress!
                if let start = source.baseAddress { base.update(from: start, count: source.count) }
                (base + source.count).initialize(repeating: 0, count: padding)
                return body(UTF8Text(bytes: base, count: source.count))
            }
        }
    }
}
