/// Collects the `.ids` segments of a renderer that encodes piece by piece (harmony, Mistral), joining
/// neighbours that belong to the same message and train alike, so a rendering holds few segments.
struct RenderedChatBuilder {
    private(set) var segments: [RenderedSegment] = []
    private var ids: [Int] = []
    private var owner: Int?
    private var trains = false

    mutating func append<S: Sequence>(_ tokens: S, message: Int?, trains: Bool) where S.Element == Token {
        open(message: message, trains: trains)
        for token in tokens { ids.append(Int(token)) }
    }

    mutating func append(_ token: Token, message: Int?, trains: Bool) {
        open(message: message, trains: trains)
        ids.append(Int(token))
    }

    /// Replaces the last id written (harmony's `<|end|>` that becomes `<|return|>`).
    mutating func replaceLast(with token: Token) {
        if !ids.isEmpty {
            ids[ids.count - 1] = Int(token)
        } else if var last = segments.popLast(), case .ids(var lastIDs) = last.content, !lastIDs.isEmpty {
            lastIDs[lastIDs.count - 1] = Int(token)
            last.content = .ids(lastIDs)
            segments.append(last)
        }
    }

    /// Encodes `text` once and gives each owner its part: the tokens of a part are counted on their
    /// own, so a token that straddles two parts goes to one of them, and the last part takes the rest.
    mutating func append(encoding parts: [(text: String, message: Int?)], trains: Bool, with tokenizer: Tokenizer) {
        let tokens = tokenizer.encode(parts.lazy.map(\.text).joined())
        var start = 0
        for (k, part) in parts.enumerated() {
            let end = k == parts.count - 1 ? tokens.count : min(tokens.count, start + tokenizer.count(part.text))
            append(tokens[start..<end], message: part.message, trains: trains)
            start = end
        }
    }

    private mutating func open(message: Int?, trains: Bool) {
        if message == owner && trains == self.trains { return }
        flush()
        owner = message
        self.trains = trains
    }

    private mutating func flush() {
        if !ids.isEmpty { segments.append(RenderedSegment(.ids(ids), message: owner, trains: trains)) }
        ids = []
    }

    mutating func finish() -> RenderedChat {
        flush()
        return RenderedChat(segments: segments)
    }
}
