/// One stretch of normalised text being pre-tokenised: its UTF-8 (always followed by 8 zero bytes,
/// so the vocabulary lookups can read whole words) and the pieces cut from it so far.
struct HFPieces {
    struct Piece {
        var start: Int
        var end: Int
        /// Whether the piece starts where the whole input starts (Metaspace's `first` asks).
        var atOrigin: Bool
    }

    private(set) var bytes: [UInt8]
    private(set) var pieces: [Piece]

    init(_ text: some Collection<UInt8>, atOrigin: Bool) {
        bytes = Array(text)
        pieces = bytes.isEmpty ? [] : [Piece(start: 0, end: bytes.count, atOrigin: atOrigin)]
        bytes.append(contentsOf: repeatElement(0, count: PaddedUTF8.padding))
    }

    /// Cuts every piece as `tokenizers`' `normalized.split(pattern, behavior)` does, dropping empty pieces.
    mutating func split(_ matcher: HFSplitMatcher, _ behavior: HFSplitBehavior, invert: Bool = false) {
        var cut: [Piece] = []
        cut.reserveCapacity(pieces.count * 2)
        var segments: [HFSegment] = []
        var ranges: [(start: Int, end: Int)] = []
        bytes.withUnsafeBufferPointer { buffer in
            for piece in pieces {
                segments.removeAll(keepingCapacity: true)
                ranges.removeAll(keepingCapacity: true)
                matcher.segments(in: UTF8Text(bytes: buffer.baseAddress! + piece.start, count: piece.end - piece.start), into: &segments)
                if invert { for k in segments.indices { segments[k].isMatch.toggle() } }
                behavior.pieces(segments, into: &ranges)
                for range in ranges where range.end > range.start {
                    cut.append(Piece(start: piece.start + range.start, end: piece.start + range.end,
                                     atOrigin: piece.atOrigin && range.start == 0))
                }
            }
        }
        pieces = cut
    }

    /// Rewrites every piece: `body` gets its bytes and whether it starts the input, and appends its new bytes.
    mutating func rewrite(_ body: (ArraySlice<UInt8>, Bool, inout [UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + pieces.count * 4)
        var rewritten: [Piece] = []
        rewritten.reserveCapacity(pieces.count)
        for piece in pieces {
            let start = out.count
            body(bytes[piece.start..<piece.end], piece.atOrigin, &out)
            if out.count > start { rewritten.append(Piece(start: start, end: out.count, atOrigin: piece.atOrigin)) }
        }
        out.append(contentsOf: repeatElement(0, count: PaddedUTF8.padding))
        bytes = out
        pieces = rewritten
    }
}
