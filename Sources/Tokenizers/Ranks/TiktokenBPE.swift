/// tiktoken's encoding of ordinary text: split by the pattern, then byte-pair merge each piece by
/// rank. `idOffset` shifts every id (Mistral's tekken numbers its ranks after 1,000 special ids).
struct TiktokenBPE: Sendable {
    let ranks: RankTable
    let pattern: SplitPattern
    var idOffset: UInt32 = 0

    func encode<Sink: TokenSink>(_ text: UTF8Text, into sink: inout Sink) {
        if idOffset == 0 {
            encodePieces(text, into: &sink)
        } else {
            var shifted = OffsetSink(base: sink, offset: idOffset)
            encodePieces(text, into: &shifted)
            sink = shifted.base
        }
    }

    @inline(__always)
    private func encodePieces<Sink: TokenSink>(_ text: UTF8Text, into sink: inout Sink) {
        switch pattern {
        case .cl100k: encode(text, splitter: CL100KSplitter.self, into: &sink)
        case .llama3: encode(text, splitter: Llama3Splitter.self, into: &sink)
        case .qwen2: encode(text, splitter: Qwen2Splitter.self, into: &sink)
        case .o200k: encode(text, splitter: O200KSplitter.self, into: &sink)
        case .tekken: encode(text, splitter: TekkenSplitter.self, into: &sink)
        case .gpt2: encode(text, splitter: GPT2Splitter.self, into: &sink)
        }
    }

    @inline(__always)
    private func encode<Splitter: PieceSplitter, Sink: TokenSink>(_ text: UTF8Text, splitter: Splitter.Type, into sink: inout Sink) {
        var i = 0
        while i < text.count {
            let end = Splitter.pieceEnd(in: text, from: i)
            BytePairMerge.encode(text.bytes + i, end - i, ranks: ranks, into: &sink)
            i = end
        }
    }

    /// The bytes of an ordinary token, or nil.
    func bytes(of token: Token) -> UnsafeBufferPointer<UInt8>? {
        guard token >= idOffset else { return nil }
        return ranks.bytes(of: Int(token - idOffset))
    }

    var ordinaryTokenCount: Int { ranks.tokenCount }
}

/// Adds a constant to every token on its way to another sink.
struct OffsetSink<Base: TokenSink>: TokenSink {
    var base: Base
    let offset: UInt32
    @inline(__always) mutating func append(_ token: UInt32) { base.append(token &+ offset) }
}
