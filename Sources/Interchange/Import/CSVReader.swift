import Dataset
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads CSV as RFC 4180 writes it, in chunks: fields split at commas, a field in double quotes may
/// hold commas, line breaks and `""` (one quote); records end at CRLF or LF. Each record comes
/// with the line it starts on.
enum CSVReader {
    static let maximumRecordBytes = 64 << 20

    static func read(
        path: String, progress: ((Int64, Int64) -> Void)? = nil, _ body: (_ fields: [String], _ line: Int) throws -> Void
    ) throws {
        let fd = try RegularFile.openForReading(path)
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        let total = Int64(info.st_size)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var quoteSeen = false  // a quote inside a quoted field: the end, or the first of `""`
        var line = 1
        var recordLine = 1
        var recordBytes = 0
        var started = false
        var done: Int64 = 0
        var first = true
        func endField() throws {
            var bytes = field[...]
            if first, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            first = false
            // Never U+FFFD in place of what the file says: a file in another encoding is refused.
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw InterchangeError(.unreadableSource, "field \(fields.count + 1) of the record on line \(recordLine) of \(path) is not valid UTF-8 (a Latin-1 or Windows-1252 file?); convert it, e.g. `iconv -f cp1252 -t utf-8 FILE > FILE-utf8.csv`, and import that")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() throws {
            try endField()
            if !(fields.count == 1 && fields[0].isEmpty) { try body(fields, recordLine) }
            fields.removeAll(keepingCapacity: true)
            started = false
            recordBytes = 0
        }
        while true {
            let count = chunk.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw InterchangeError(.unreadableSource, "cannot read \(path): \(String(cString: strerror(errno))); check the file") }
            if count == 0 { break }
            done += Int64(count)
            for k in 0..<count {
                let byte = chunk[k]
                if !started { started = true; recordLine = line }
                recordBytes += 1
                if recordBytes > maximumRecordBytes {
                    throw InterchangeError(.unreadableSource, "the CSV record on line \(recordLine) of \(path) is over 64 MB; a quote is probably never closed")
                }
                if byte == 0x0A { line += 1 }
                if quoted {
                    if quoteSeen {
                        quoteSeen = false
                        if byte == UInt8(ascii: "\"") { field.append(byte); continue }
                        quoted = false  // the closing quote; this byte is read below
                    } else if byte == UInt8(ascii: "\"") {
                        quoteSeen = true
                        continue
                    } else {
                        field.append(byte)
                        continue
                    }
                }
                switch byte {
                case UInt8(ascii: "\"") where field.isEmpty: quoted = true
                case UInt8(ascii: ","): try endField()
                case 0x0A: try endRecord()
                case 0x0D: continue  // CRLF (a lone CR inside a field stays only when quoted)
                default: field.append(byte)
                }
            }
            progress?(done, total)
        }
        if started || !field.isEmpty || !fields.isEmpty {
            if quoted && !quoteSeen {
                throw CSVCut(line: recordLine)
            }
            try endRecord()
        }
    }
}

/// The file ends inside a quoted field.
struct CSVCut: Error {
    let line: Int
}
