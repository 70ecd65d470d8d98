#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a JSONL file in large chunks and hands over batches of whole lines. Memory stays at about
/// one chunk however large the file; only a single very long line (100 MB, say) makes the buffer
/// grow, to that line's size.
public enum JSONLReader {
    public static let defaultChunkSize = 4 << 20

    public static func read(
        path: String, chunkSize: Int = defaultChunkSize, _ body: ([JSONLLine]) throws -> Void
    ) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystem.error("cannot open \(path)", hint: "check the path and its permissions") }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw DatasetError(.fileSystem, "\(path) is a folder; name a .jsonl file")
        }
        try read(fd, upTo: nil, path: path, chunkSize: chunkSize, body)
    }

    /// Reads the open file `fd` from its start to `limit` bytes (or its end), whatever its offset.
    static func read(
        _ fd: Int32, upTo limit: Int?, path: String, chunkSize: Int = defaultChunkSize, _ body: ([JSONLLine]) throws -> Void
    ) throws {
        var offset = 0
        var capacity = max(chunkSize, 4096)
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        var lineNumber = 0
        var atEnd = false
        while !atEnd {
            if filled == capacity {  // one line longer than the buffer: grow
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                bigger.update(from: buffer, count: filled)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
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
