#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a JSONL file in large chunks and hands over batches of whole lines. Memory stays at about
/// one chunk however large the file; only a single very long line makes the buffer grow, to that
/// line's size, and a line longer than `maximumLineBytes` is an error (a file of zeros, a binary).
public enum JSONLReader {
    public static let defaultChunkSize = 4 << 20
    /// Far above any real example (a 1M-token conversation is a few MB of text).
    public static let defaultMaximumLineBytes = 128 << 20

    public static func read(
        path: String, chunkSize: Int = defaultChunkSize, maximumLineBytes: Int = defaultMaximumLineBytes, _ body: ([JSONLLine]) throws -> Void
    ) throws {
        let fd = try RegularFile.openForReading(path)
        defer { close(fd) }
        try read(fd, upTo: nil, path: path, chunkSize: chunkSize, maximumLineBytes: maximumLineBytes, body)
    }

    /// Reads the open file `fd` from its start to `limit` bytes (or its end), whatever its offset.
    static func read(
        _ fd: Int32, upTo limit: Int?, path: String, chunkSize: Int = defaultChunkSize, maximumLineBytes: Int = defaultMaximumLineBytes,
        _ body: ([JSONLLine]) throws -> Void
    ) throws {
        var offset = 0
        var capacity = max(chunkSize, 4096)
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        var lineNumber = 0
        var atEnd = false
        while !atEnd {
            if filled >= maximumLineBytes {  // one line is all the buffer holds, and too long
                let length = try lineLength(fd, from: offset - filled, upTo: limit, path: path)
                throw DatasetError(.invalidExample, "line \(lineNumber + 1) is \(ByteCount.text(length)); the limit is \(ByteCount.text(maximumLineBytes)) "
                    + "for one line: is \(path) a JSONL dataset? Each line should be one example")
            }
            if filled == capacity {  // one line longer than the buffer: grow
                let grown = min(capacity * 2, max(maximumLineBytes, chunkSize))
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                bigger.update(from: buffer, count: filled)
                buffer.deallocate()
                buffer = bigger
                capacity = grown
            }
            let wanted = min(capacity - filled, limit.map { $0 - offset } ?? Int.max)
            let n = wanted > 0 ? pread(fd, buffer + filled, wanted, off_t(offset)) : 0
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystem.error("cannot read \(path)", hint: "check the file and the disk")
            }
            if n == 0 { atEnd = true }
            offset += n
            filled += n
            var lines: [JSONLLine] = []
            var start = 0
            var i = 0
            let scanFrom = filled - n
            i = scanFrom
            // Lines end at \n; scan only the newly read bytes for them.
            while let newline = memchrPointer(buffer + i, filled - i) {
                let end = newline - buffer
                lines.append(makeLine(buffer, start, end, number: &lineNumber, newline: true))
                start = end + 1
                i = start
            }
            if atEnd && start < filled {
                lines.append(makeLine(buffer, start, filled, number: &lineNumber, newline: false))
                start = filled
            }
            if !lines.isEmpty { try body(lines) }
            // Keep the unfinished line at the front of the buffer.
            if start > 0 {
                (buffer).update(from: buffer + start, count: filled - start)
                filled -= start
            }
        }
    }

    /// The length of the line that starts at `start`, read in small pieces (memory stays flat).
    private static func lineLength(_ fd: Int32, from start: Int, upTo limit: Int?, path: String) throws -> Int {
        var piece = [UInt8](repeating: 0, count: 1 << 20)
        var offset = start
        while true {
            let wanted = min(piece.count, limit.map { $0 - offset } ?? Int.max)
            guard wanted > 0 else { return offset - start }
            let n = piece.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, wanted, off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw FileSystem.error("cannot read \(path)", hint: "check the file and the disk") }
            if n == 0 { return offset - start }
            if let newline = piece[..<n].firstIndex(of: 0x0A) { return offset + newline - start }
            offset += n
        }
    }

    private static func makeLine(
        _ buffer: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, number: inout Int, newline: Bool
    ) -> JSONLLine {
        number += 1
        var from = start
        var to = end
        let bom = number == 1 && to - from >= 3 && buffer[from] == 0xEF && buffer[from + 1] == 0xBB && buffer[from + 2] == 0xBF
        if bom { from += 3 }
        let cr = to > from && buffer[to - 1] == 0x0D
        if cr { to -= 1 }
        return JSONLLine(
            number: number, bytes: UnsafeBufferPointer(start: buffer + from, count: to - from),
            hadCarriageReturn: cr, hadByteOrderMark: bom, endsWithNewline: newline)
    }
}

private func memchrPointer(_ p: UnsafeMutablePointer<UInt8>, _ count: Int) -> UnsafeMutablePointer<UInt8>? {
    guard count > 0, let found = memchr(p, 0x0A, count) else { return nil }
    return found.assumingMemoryBound(to: UInt8.self)
}
