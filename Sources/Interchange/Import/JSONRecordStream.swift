import Dataset
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One record of a JSON source: an element of its top-level array, or a line of JSONL.
public struct JSONRecord: Sendable {
    public let position: RecordPosition
    public let value: JSONValue
}

/// Reads a big JSON export one record at a time with flat memory: a file whose top level is an
/// array (`[{...}, {...}]`, as ChatGPT's and Claude's `conversations.json` are) is scanned in chunks
/// and each element parsed alone by Dataset's parser; any other file is read as JSONL. Memory is
/// about one chunk and one element, whatever the file's size.
enum JSONRecordStream {
    static let chunkSize = 1 << 20
    /// Far above any real conversation; a bigger element is a broken file.
    static let maximumRecordBytes = 256 << 20

    /// Stops a read early (detection needs one record).
    private struct Enough: Error {}

    /// Calls `body` with each record in order; records that are not JSON go to `skip` with their
    /// position and reason. `progress(bytesRead, totalBytes)` follows the file.
    static func read(
        path: String, limit: Int? = nil, progress: ((Int64, Int64) -> Void)? = nil,
        skip: (SkippedRecord) -> Void = { _ in }, _ body: (JSONRecord) throws -> Void
    ) throws {
        let fd = try RegularFile.openForReading(path)
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        let total = Int64(info.st_size)
        var head = [UInt8](repeating: 0, count: 4096)
        let headCount = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 4096, 0) }
        head = Array(head.prefix(max(headCount, 0)))
        let start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let firstByte = head.dropFirst(start).first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        var emitted = 0
        let counted: (JSONRecord) throws -> Void = { record in
            try body(record)
            emitted += 1
            if let limit, emitted >= limit { throw Enough() }
        }
        do {
            if firstByte == UInt8(ascii: "[") {
                try readArray(fd, path: path, total: total, progress: progress, skip: skip, counted)
            } else {
                try readLines(path, total: total, progress: progress, skip: skip, counted)
            }
        } catch is Enough {}
    }

    private static func readLines(
        _ path: String, total: Int64, progress: ((Int64, Int64) -> Void)?, skip: (SkippedRecord) -> Void, _ body: (JSONRecord) throws -> Void
    ) throws {
        var index = 0
        var done: Int64 = 0
        try JSONLReader.read(path: path) { lines in
            for line in lines {
                done += Int64(line.bytes.count + 1)
                guard !line.isBlank else { continue }
                index += 1
                let position = RecordPosition(index: index, line: line.number)
                do {
                    try body(JSONRecord(position: position, value: try JSONParser.parse(line.bytes)))
                } catch let error as JSONSyntaxError {
                    skip(SkippedRecord(position, "not valid JSON (\(error.reason) at column \(error.column(in: line.bytes)))"))
                }
            }
            progress?(min(done, total), total)
        }
    }

    /// The scanner's place in the array.
    private struct Scanner {
        var line = 1
        var inElement = false
        var inString = false
        var escaped = false
        var depth = 0
        var elementLine = 1
        var index = 0
        var closed = false
        var element: [UInt8] = []
    }

    private static func readArray(
        _ fd: Int32, path: String, total: Int64, progress: ((Int64, Int64) -> Void)?, skip: (SkippedRecord) -> Void,
        _ body: (JSONRecord) throws -> Void
    ) throws {
        var scanner = Scanner()
        var opened = false
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var done: Int64 = 0
        func emit() throws {
            scanner.index += 1
            let position = RecordPosition(index: scanner.index, line: scanner.elementLine)
            let outcome: Result<JSONValue, JSONSyntaxError> = scanner.element.withUnsafeBufferPointer { bytes in
                do throws(JSONSyntaxError) { return .success(try JSONParser.parse(bytes)) } catch { return .failure(error) }
            }
            scanner.element.removeAll(keepingCapacity: scanner.element.count < 1 << 24)
            scanner.inElement = false
            switch outcome {
            case .success(let value): try body(JSONRecord(position: position, value: value))
            case .failure(let error): skip(SkippedRecord(position, "not valid JSON (\(error.reason))"))
            }
        }
        readLoop: while true {
            let count = chunk.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress, chunkSize) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw InterchangeError(.unreadableSource, "cannot read \(path): \(String(cString: strerror(errno))); check the file") }
            if count == 0 { break }
            done += Int64(count)
            for k in 0..<count {
                let byte = chunk[k]
                if byte == 0x0A { scanner.line += 1 }
                if !opened {
                    if byte == UInt8(ascii: "[") { opened = true }
                    continue
                }
                if !scanner.inElement {
                    switch byte {
                    case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","): continue
                    case UInt8(ascii: "]"):
                        scanner.closed = true
                        break readLoop
                    default:
                        scanner.inElement = true
                        scanner.elementLine = scanner.line
                        scanner.depth = 0
                    }
                }
                if scanner.inString {
                    if scanner.escaped { scanner.escaped = false } else if byte == UInt8(ascii: "\\") { scanner.escaped = true } else if byte == UInt8(ascii: "\"") { scanner.inString = false }
                } else {
                    switch byte {
                    case UInt8(ascii: "\""): scanner.inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["): scanner.depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        if scanner.depth == 0 {  // the array's own `]` right after a scalar
                            try emit()
                            scanner.closed = true
                            break readLoop
                        }
                        scanner.depth -= 1
                    case UInt8(ascii: ","):
                        if scanner.depth == 0 {
                            try emit()
                            continue
                        }
                    default: break
                    }
                }
                scanner.element.append(byte)
                if scanner.element.count > maximumRecordBytes {
                    throw InterchangeError(.unreadableSource, "record \(scanner.index + 1) (line \(scanner.elementLine)) of \(path) is over \(maximumRecordBytes >> 20) MB; is the file an export of conversations?")
                }
            }
            progress?(min(done, total), total)
        }
        if scanner.inElement {
            // A complete value still pending (a file cut right after it) is read; a cut one is named.
            if scanner.depth == 0 && !scanner.inString, (try? JSONParser.parse(String(decoding: scanner.element, as: UTF8.self))) != nil {
                try emit()
            } else {
                scanner.index += 1
                skip(SkippedRecord(RecordPosition(index: scanner.index, line: scanner.elementLine),
                                   "the file ends inside this record (it was cut short); export it again for the rest"))
            }
        }
        if opened && !scanner.closed && !scanner.inElement {
            skip(SkippedRecord(RecordPosition(index: scanner.index + 1, line: scanner.line),
                               "the file ends before the array's closing ] (it was cut short); export it again for the rest"))
        }
        progress?(total, total)
    }
}
