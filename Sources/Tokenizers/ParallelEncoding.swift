import Dispatch

extension Encoding {
    /// Counts a large text on several threads, cutting it only where no piece can straddle the cut.
    public func count(_ text: String, threads: Int) -> Int {
        chunked(text, threads: threads, { self.count($0) }).reduce(0, +)
    }

    /// `encodeOrdinary` on several threads; the ids are identical to the single-threaded ones.
    public func encodeOrdinary(_ text: String, threads: Int) -> [Token] {
        Array(chunked(text, threads: threads, { self.encodeOrdinary($0) }).joined())
    }

    private func chunked<Result: Sendable>(_ text: String, threads: Int, _ body: @Sendable (String) -> Result) -> [Result] {
        let utf8 = Array(text.utf8)
        let minimumChunk = 1 << 20
        guard threads > 1, utf8.count >= 2 * minimumChunk else { return [body(text)] }
        var cuts = [0]
        for k in 1..<threads {
            if let cut = Self.safeCut(in: utf8, near: utf8.count * k / threads), cut > cuts.last! { cuts.append(cut) }
        }
        cuts.append(utf8.count)
        let chunks = (0..<(cuts.count - 1)).map { String(decoding: utf8[cuts[$0]..<cuts[$0 + 1]], as: UTF8.self) }
        let results = ResultSlots<Result>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { i in results.set(i, body(chunks[i])) }
        return results.values
    }

    /// The first offset at or after `position` where `ExactChunks` may cut (why it is exact is said there).
    static func safeCut(in utf8: [UInt8], near position: Int) -> Int? {
        var i = max(position, 1)
        while i < utf8.count {
            if ExactChunks.isCut(utf8, at: i) { return i }
            i += 1
        }
        return nil
    }
}

/// Results written by index from concurrent iterations.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {  // each slot written once, read after the join
    private var slots: [Value?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Value) { slots.withUnsafeMutableBufferPointer { $0[i] = value } }
    var values: [Value] { slots.map { $0! } }
}
