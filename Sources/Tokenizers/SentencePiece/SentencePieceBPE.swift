/// SentencePiece's BPE encoding (`bpe::Model::SampleEncode` without dropout, then the byte
/// fallback of `PopulateSentencePieceText`), on UTF-8 bytes:
///
/// 1. Normalize: `▁` in front (add_dummy_prefix) and every space becomes `▁`.
/// 2. Split into symbols: a USER_DEFINED piece where one starts (longest; frozen, never merged),
///    otherwise one character.
/// 3. Repeatedly merge the adjacent pair whose joined text is a mergeable piece with the highest
///    score, the leftmost on ties, until no pair is a piece. The whole text is one sequence: there
///    is no pre-splitting into words.
/// 4. Each final symbol gets `PieceToId`; an UNUSED piece is split back the way it was formed;
///    an unknown one becomes its UTF-8 bytes as `<0xHH>` pieces.
enum SentencePieceBPE {
    static let spaceSymbol: [UInt8] = [0xE2, 0x96, 0x81]  // U+2581

    static func encode<Sink: TokenSink>(
        _ text: String, addDummyPrefix: Bool, vocabulary: SentencePieceVocabulary, into sink: inout Sink,
        inSegments: Bool = true
    ) {
        var text = text
        text.withUTF8 { source in
            guard !source.isEmpty else { return }
            var spaces = 0
            for byte in source where byte == 0x20 { spaces += 1 }
            let length = source.count + 2 * spaces + (addDummyPrefix ? 3 : 0)
            // Lookups read whole 8-byte words, so 8 readable bytes follow the text.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 8) { buffer in
                let base = buffer.baseAddress!
                var n = 0
                func appendSpace() {
                    base[n] = 0xE2
                    base[n + 1] = 0x96
                    base[n + 2] = 0x81
                    n += 3
                }
                if addDummyPrefix { appendSpace() }
                for byte in source {
                    if byte == 0x20 {
                        appendSpace()
                    } else {
                        base[n] = byte
                        n += 1
                    }
                }
                (base + n).initialize(repeating: 0, count: 8)
                merge(UnsafePointer(base), length, vocabulary: vocabulary, into: &sink, inSegments: inSegments)
            }
        }
    }

    /// The byte length of the UTF-8 character that starts with `byte` (sentencepiece's `OneCharLen`).
    @inline(__always)
    static func characterLength(_ byte: UInt8) -> Int {
        switch byte >> 4 {
        case 0xC, 0xD: return 2
        case 0xE: return 3
        case 0xF: return 4
        default: return 1
        }
    }

    static func merge<Sink: TokenSink>(
        _ text: UnsafePointer<UInt8>, _ length: Int, vocabulary v: SentencePieceVocabulary, into sink: inout Sink,
        inSegments: Bool
    ) {
        precondition(length < Int(Int32.max), "SentencePiece encoding is limited to texts under 2 GiB")
        let none = SentencePieceVocabulary.none
        // Symbols are linked by index; symbol i spans starts[i] ..< starts[next[i]] (starts[count] = length).
        // Raw buffers rather than arrays: the merge loop is the hot path and the helpers below capture them.
        /// The symbol at byte i: a whole USER_DEFINED piece (frozen), or one character.
        func symbol(at i: Int) -> (length: Int, frozen: Bool) {
            let userDefined = v.hasUserDefined ? v.userDefinedMatch(text + i, length - i) : 0
            return userDefined > 0 ? (userDefined, true) : (min(characterLength(text[i]), length - i), false)
        }
        var count = 0
        var i = 0
        while i < length {
            i += symbol(at: i).length
            count += 1
        }
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        let next = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        let previous = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        // pairIDs[i]: the piece that symbol i joined with its next would form, or `none`.
        let pairIDs = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
        let frozen = UnsafeMutablePointer<Bool>.allocate(capacity: count)
        defer {
            starts.deallocate()
            next.deallocate()
            previous.deallocate()
            pairIDs.deallocate()
            frozen.deallocate()
        }
        i = 0
        for index in 0..<count {
            let (symbolLength, isFrozen) = symbol(at: i)
            starts[index] = Int32(i)
            next[index] = Int32(index + 1)
            previous[index] = Int32(index - 1)
            pairIDs[index] = none
            frozen[index] = isFrozen
            i += symbolLength
        }
        starts[count] = Int32(length)
        var heap = MinHeap()
        heap.reserve(count)
        // Where each UNUSED piece formed in this text came from, last formation wins (rev_merge).
        var unusedOrigins: [UInt32: (left: Int, middle: Int, end: Int)] = [:]

        /// Whether symbol `index` is (still) exactly ▁.
        func isSpaceSymbol(_ index: Int) -> Bool {
            let start = Int(starts[index])
            return Int(starts[index + 1]) - start == 3 && text[start] == 0xE2 && text[start + 1] == 0x96
                && text[start + 2] == 0x81
        }

        /// Records the piece `left` and `right` would form; its heap key (priority, then leftmost), or nil.
        func pair(_ left: Int, _ right: Int) -> UInt64? {
            if frozen[left] || frozen[right] {
                pairIDs[left] = none
                return nil
            }
            let start = Int(starts[left])
            let end = Int(starts[Int(next[right])])
            let id = v.mergeable.rank(text + start, end - start)
            pairIDs[left] = id
            guard id != none else { return nil }
            if v.hasUnused && v.types[Int(id)] == .unused {
                unusedOrigins[id] = (start, Int(starts[right]), end)
            }
            return UInt64(v.priorities[Int(id)]) << 32 | UInt64(left)
        }

        /// Merges within symbols `range` until no pair is a piece. A pair reaching past the range
        /// is still looked up, and is never a piece when the range ends where the caller says.
        func mergeAll(_ range: Range<Int>) {
            for left in range.dropLast() {
                if let key = pair(left, left + 1) { heap.push(key) }
            }
            while let entry = heap.pop() {
                let left = Int(entry & 0xFFFF_FFFF)
                let id = pairIDs[left]
                // An entry is current when symbol `left` still pairs into a piece of that priority. Two
                // entries with one key are interchangeable: both merge `left` with its current next.
                guard id != none, v.priorities[Int(id)] == UInt32(entry >> 32) else { continue }
                let right = Int(next[left])
                let after = Int(next[right])
                next[left] = Int32(after)
                if after < count { previous[after] = Int32(left) }
                pairIDs[right] = none
                let before = Int(previous[left])
                if before >= 0, let key = pair(before, left) { heap.push(key) }
                if after < count {
                    if let key = pair(left, after) { heap.push(key) }
                } else {
                    pairIDs[left] = none
                }
            }
        }

        if inSegments && v.piecesNeverJoinAcrossSpaceSymbols && !v.hasUnused {
            // Same result as one merge over the whole text, with a small heap: no piece contains a
            // character other than ▁ followed by ▁, so nothing ever merges across such a place, and
            // merges on either side of it do not affect each other. (UNUSED pieces are excluded: their
            // resegmentation depends on the order of all merges in the text.)
            var segmentStart = 0
            for index in 1..<count where isSpaceSymbol(index) && !isSpaceSymbol(index - 1) {
                mergeAll(segmentStart..<index)
                segmentStart = index
            }
            mergeAll(segmentStart..<count)
        } else {
            mergeAll(0..<count)
        }

        func emit(_ start: Int, _ end: Int) {
            let id = v.id(of: text + start, end - start)
            switch v.types[Int(id)] {
            case .unused:
                if let origin = unusedOrigins[id] {
                    emit(origin.left, origin.middle)
                    emit(origin.middle, origin.end)
                } else {
                    sink.append(id)
                }
            case .unknown:
                for k in start..<end { sink.append(v.byteIDs[Int(text[k])]) }
            default:
                sink.append(id)
            }
        }
        var index = 0
        while index < count {
            let end = Int(next[index])
            emit(Int(starts[index]), Int(starts[end]))
            index = end
        }
    }
}
