extension Tokenizer {
    /// The tokens of a rendered conversation, as a trainer sees them: each run of adjacent text
    /// segments is encoded as one string with special-token text turned into special tokens
    /// (`encode(text, special: true)`, as `apply_chat_template(..., tokenize=True)` does), and each
    /// id belongs to the segment where its bytes start; `.ids` segments are taken as they are.
    public func tokens(of chat: RenderedChat) -> RenderedTokens {
        var result = RenderedTokens(ids: [], messages: [], trains: [])
        var pending: [RenderedSegment] = []
        func flush() {
            guard !pending.isEmpty else { return }
            appendText(pending, to: &result)
            pending.removeAll(keepingCapacity: true)
        }
        for segment in chat.segments {
            switch segment.content {
            case .text: pending.append(segment)
            case .ids(let ids):
                flush()
                result.ids += ids
                result.messages += Array(repeating: segment.message, count: ids.count)
                result.trains += Array(repeating: segment.trains, count: ids.count)
            }
        }
        flush()
        return result
    }

    private func appendText(_ segments: [RenderedSegment], to result: inout RenderedTokens) {
        var joined = ""
        // Where each segment ends in the bytes the tokens spell: the text's UTF-8, after NFC for
        // tokenizers that normalise (per segment, which differs only where a mark follows a seam).
        var ends: [Int] = []
        ends.reserveCapacity(segments.count)
        var offset = 0
        for segment in segments {
            guard case .text(let text) = segment.content else { continue }
            joined += text
            offset += normalizesToNFC ? HFNormalization.nfc(text).utf8.count : text.utf8.count
            ends.append(offset)
        }
        let ids = encode(joined, special: true)
        result.ids.reserveCapacity(result.ids.count + ids.count)
        var position = 0, segment = 0
        forEachByteCount(of: ids) { id, count in
            while segment < ends.count - 1, position >= ends[segment] { segment += 1 }
            result.ids.append(Int(id))
            result.messages.append(segments[segment].message)
            result.trains.append(segments[segment].trains)
            position += count
        }
    }

    /// Whether encoding normalises text to NFC first (Qwen's tokenizers).
    var normalizesToNFC: Bool {
        switch engine {
        case .tiktoken(let vocabulary): vocabulary.normalizesToNFC
        case .huggingFace(let tokenizer): tokenizer.normalizesToNFC
        case .huggingFacePipeline(let tokenizer): tokenizer.normalizesToNFC
        case .sentencePiece: false
        }
    }

    /// How many bytes of the (normalised) input each token spells; the engine is picked once, not
    /// once per token (a keystroke attributes thousands).
    private func forEachByteCount(of tokens: [Token], _ body: (Token, Int) -> Void) {
        switch engine {
        case .tiktoken(let vocabulary):
            for token in tokens {
                let count = vocabulary.bpe.bytes(of: token)?.count ?? ((try? vocabulary.decodeBytes([token]).count) ?? 0)
                body(token, count)
            }
        case .huggingFace(let tokenizer):
            for token in tokens { body(token, tokenizer.byteCount(of: token)) }
        case .huggingFacePipeline(let tokenizer):
            for token in tokens { body(token, tokenizer.byteCount(of: token)) }
        case .sentencePiece(let model):
            for token in tokens { body(token, (try? model.decode([token]).utf8.count) ?? 0) }
        }
    }
}
