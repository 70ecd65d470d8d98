/// SentencePiece's `Decode` for ids: control pieces are invisible, `<unk>` is the unknown surface,
/// `▁` is a space (the dummy-prefix one at the start dropped), and runs of byte pieces are
/// reassembled as UTF-8, each byte that does not start a valid character becoming U+FFFD.
enum SentencePieceDecoder {
    static func decode(
        _ ids: [UInt32], vocabulary v: SentencePieceVocabulary, addDummyPrefix: Bool, unknownSurface: [UInt8]
    ) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(ids.count * 4)
        var bytes: [UInt8] = []
        // Whether a leading ▁ may still be the dummy prefix: only in the first piece that writes text
        // (control pieces and a dropped prefix write none).
        var atStart = true
        var droppedPrefix = false
        for raw in ids {
            let id = Int(v.canonicalIDs[Int(raw)])
            let type = v.types[id]
            if type == .byte {
                bytes.append(SentencePieceVocabulary.byte(named: v.pieces[id])!)
                continue
            }
            appendUTF8(bytes, to: &text)
            bytes.removeAll(keepingCapacity: true)
            if droppedPrefix || !text.isEmpty { atStart = false }
            droppedPrefix = false
            switch type {
            case .control: continue
            case .unknown:
                text += unknownSurface
                continue
            default: break
            }
            var piece = v.pieces[id][...]
            if atStart && addDummyPrefix && piece.starts(with: SentencePieceBPE.spaceSymbol) {
                piece = piece.dropFirst(3)
                droppedPrefix = true
            }
            appendReplacingSpaceSymbols(piece, to: &text)
        }
        appendUTF8(bytes, to: &text)
        return text
    }

    private static func appendReplacingSpaceSymbols(_ piece: ArraySlice<UInt8>, to text: inout [UInt8]) {
        var i = piece.startIndex
        while i < piece.endIndex {
            if piece[i] == 0xE2, i + 2 < piece.endIndex, piece[i + 1] == 0x96, piece[i + 2] == 0x81 {
                text.append(0x20)
                i += 3
            } else {
                text.append(piece[i])
                i += 1
            }
        }
    }

    /// Appends `bytes`, replacing each byte that does not begin a valid UTF-8 character with U+FFFD
    /// (one per byte, as sentencepiece's `DecodeUTF8` does, unlike Swift's maximal-subpart rule).
    static func appendUTF8(_ bytes: [UInt8], to text: inout [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let width = validCharacterLength(bytes, at: offset)
            if width == 0 {
                text += [0xEF, 0xBF, 0xBD]
                offset += 1
            } else {
                text += bytes[offset..<(offset + width)]
                offset += width
            }
        }
    }

    /// The length of the well-formed UTF-8 character at `offset`, or 0.
    static func validCharacterLength(_ bytes: [UInt8], at offset: Int) -> Int {
        let remaining = bytes.count - offset
        let b0 = UInt32(bytes[offset])
        func trail(_ k: Int) -> UInt32? {
            let byte = bytes[offset + k]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        func isValid(_ scalar: UInt32) -> Bool { scalar < 0xD800 || (scalar >= 0xE000 && scalar <= 0x10FFFF) }
        if b0 < 0x80 { return 1 }
        if remaining >= 2, b0 & 0xE0 == 0xC0, let t1 = trail(1) {
            let scalar = (b0 & 0x1F) << 6 | t1
            return scalar >= 0x80 && isValid(scalar) ? 2 : 0
        }
        if remaining >= 3, b0 & 0xF0 == 0xE0, let t1 = trail(1), let t2 = trail(2) {
            let scalar = (b0 & 0x0F) << 12 | t1 << 6 | t2
            return scalar >= 0x800 && isValid(scalar) ? 3 : 0
        }
        if remaining >= 4, b0 & 0xF8 == 0xF0, let t1 = trail(1), let t2 = trail(2), let t3 = trail(3) {
            let scalar = (b0 & 0x07) << 18 | t1 << 12 | t2 << 6 | t3
            return scalar >= 0x10000 && isValid(scalar) ? 4 : 0
        }
        return 0
    }
}
