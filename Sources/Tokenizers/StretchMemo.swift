import Synchronization

/// Remembers the ids of the stretches of text a tokenizer encoded (the text between special
/// tokens, or one whole SentencePiece input), so that encoding a rendering again after one message
/// changed re-encodes only that message. Stretches are independent in every engine (specials are
/// cut out before normalising and splitting), so ids from the memo are the ids encoding would give.
final class StretchMemo: Sendable {
    private struct Table {
        var ids: [String: [Token]] = [:]
        var bytes = 0
    }

    /// Past this many bytes of remembered text the memo starts again: a shell draft is far smaller.
    static let capacity = 8 << 20
    private let table = Mutex(Table())

    func ids<Sink: TokenSink>(of text: String, into sink: inout Sink, encode: (String, inout TokenArraySink) -> Void) {
        if let ids = table.withLock({ $0.ids[text] }) {
            for id in ids { sink.append(id) }
            return
        }
        var fresh = TokenArraySink()
        encode(text, &fresh)
        for id in fresh.tokens { sink.append(id) }
        table.withLock { table in
            if table.bytes + text.utf8.count > Self.capacity { table = Table() }
            table.ids[text] = fresh.tokens
            table.bytes += text.utf8.count
        }
    }
}
