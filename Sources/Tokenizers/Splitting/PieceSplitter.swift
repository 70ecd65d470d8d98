/// One of tiktoken's split patterns, written out by hand: given a position, where the piece that
/// the pattern would match there ends.
protocol PieceSplitter {
    static func pieceEnd(in text: UTF8Text, from i: Int) -> Int
}
