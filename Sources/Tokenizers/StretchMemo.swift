import Synchronization

/// Remembers the ids of the stretches of text a tokenizer encoded (the text between special
/// tokens, or one whole SentencePiece input), so that encoding a rendering again after one message
/// changed re-encodes only that message. Stretches are independent in every engine (specials are
/// cut out before normalising and splitting), so ids from the memo are the ids encoding would give.
final class StretchMemo: Sendable {
    private struct Table {
        var ids: [Key: [Token]] = [:]
        var bytes = 0
    }

    /// The text's bytes: `String`'s own `==` and hash treat canonically equivalent texts ("é" and
    /// "e\u{301}") as one, but they encode to different ids where there is no NFC normaliser.
    private struct Key: Hashable {
        let text: String

        static func == (a: Key, b: Key) -> Bool { a.text.hasSameUTF8(as: b.text) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Past this many bytes of remembered text the memo starts again: a shell draft is far smaller.
    static let capacity = 8 << 20
    private let table = Mutex(Table())

    func ids<Sink: TokenSink>(of text: String, into sink: inout Sink, encode: (String, inout TokenArraySink) -> Void) {
        let key = Key(text: text)
        if let ids = table.withLock({ $0.ids[key] }) {
            for id in ids { sink.append(id) }
            return
        }
        var fresh = TokenArraySink()
        encode(text, &fresh)
        for id in fresh.tokens { sink.append(id) }
        table.withLock { table in
            if table.bytes + text.utf8.count > Self.capacity { table = Table() }
            table.ids[key] = fresh.tokens
            table.bytes += text.utf8.count
        }
    }
}
