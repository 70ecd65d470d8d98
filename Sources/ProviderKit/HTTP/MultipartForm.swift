import Foundation
import NIOCore

/// A `multipart/form-data` body whose file parts are streamed from disk in 256 KiB chunks, with
/// a progress callback, so a 512 MB upload never sits in memory.
public struct MultipartForm: Sendable {
    public enum Part: Sendable {
        case field(name: String, value: String)
        /// `length` bytes of the file from `offset` (the whole file by default).
        case file(name: String, filename: String, path: String, contentType: String, offset: Int64 = 0, length: Int64? = nil)
    }

    public let boundary: String
    public var parts: [Part]
    /// Called with (bytes sent, total bytes) as the body streams.
    public var progress: (@Sendable (Int64, Int64) -> Void)?

    public init(parts: [Part], progress: (@Sendable (Int64, Int64) -> Void)? = nil) {
        self.boundary = "tunesmith-" + UUID().uuidString
        self.parts = parts
        self.progress = progress
    }

    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    private func header(for part: Part) -> String {
        switch part {
        case .field(let name, _):
            return "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n"
        case .file(let name, let filename, _, let contentType, _, _):
            let safeName = filename.replacingOccurrences(of: "\"", with: "%22")
            return "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(safeName)\"\r\nContent-Type: \(contentType)\r\n\r\n"
        }
    }

    private var closing: String { "--\(boundary)--\r\n" }

    /// The file size of each file part (checked before anything is sent).
    func fileLength(_ part: Part) throws -> Int64 {
        guard case .file(_, _, let path, _, let offset, let length) = part else { return 0 }
        if let length { return length }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path), let size = attributes[.size] as? Int64 else {
            throw ProvidersError(.file, "cannot read \(path); check the path and its permissions")
        }
        return size - offset
    }

    public func contentLength() throws -> Int64 {
        var total = Int64(closing.utf8.count)
        for part in parts {
            total += Int64(header(for: part).utf8.count) + 2  // the part's trailing CRLF
            switch part {
            case .field(_, let value): total += Int64(value.utf8.count)
            case .file: total += try fileLength(part)
            }
        }
        return total
    }

    /// The file parts alone, back to back (no boundaries), for a raw upload.
    func fileChunks() throws -> MultipartChunks {
        let pieces: [MultipartChunks.Piece] = try parts.compactMap { part in
            guard case .file(_, _, let path, _, let offset, _) = part else { return nil }
            return .file(path: path, offset: offset, length: try fileLength(part))
        }
        return MultipartChunks(pieces: pieces, total: try filesLength(), progress: progress)
    }

    func filesLength() throws -> Int64 {
        try parts.reduce(0) { $0 + (try fileLength($1)) }
    }

    /// The body as a sequence of chunks, read lazily.
    func chunks() throws -> MultipartChunks {
        var pieces: [MultipartChunks.Piece] = []
        for part in parts {
            pieces.append(.bytes(Array(header(for: part).utf8)))
            switch part {
            case .field(_, let value): pieces.append(.bytes(Array(value.utf8)))
            case .file(_, _, let path, _, let offset, _):
                pieces.append(.file(path: path, offset: offset, length: try fileLength(part)))
            }
            pieces.append(.bytes([0x0D, 0x0A]))
        }
        pieces.append(.bytes(Array(closing.utf8)))
        return MultipartChunks(pieces: pieces, total: try contentLength(), progress: progress)
    }
}

/// The lazily read chunks of a multipart body.
struct MultipartChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    enum Piece: Sendable {
        case bytes([UInt8])
        case file(path: String, offset: Int64, length: Int64)
    }

    let pieces: [Piece]
    let total: Int64
    let progress: (@Sendable (Int64, Int64) -> Void)?
    static let chunkSize = 256 * 1024

    struct AsyncIterator: AsyncIteratorProtocol {
        var pieces: ArraySlice<Piece>
        let total: Int64
        let progress: (@Sendable (Int64, Int64) -> Void)?
        var handle: FileHandle?
        var remaining: Int64 = 0
        var sent: Int64 = 0

        mutating func next() async throws -> ByteBuffer? {
            while true {
                if let handle {
                    if remaining > 0 {
                        let data = try handle.read(upToCount: Int(Swift.min(remaining, Int64(MultipartChunks.chunkSize)))) ?? Data()
                        guard !data.isEmpty else {
                            throw ProvidersError(.file, "a file being uploaded got shorter while it was sent; upload it again")
                        }
                        remaining -= Int64(data.count)
                        return emit(ByteBuffer(bytes: data))
                    }
                    try? handle.close()
                    self.handle = nil
                }
                guard let piece = pieces.popFirst() else { return nil }
                switch piece {
                case .bytes(let bytes):
                    return emit(ByteBuffer(bytes: bytes))
                case .file(let path, let offset, let length):
                    guard let handle = FileHandle(forReadingAtPath: path) else {
                        throw ProvidersError(.file, "cannot open \(path); check its permissions")
                    }
                    try handle.seek(toOffset: UInt64(offset))
                    self.handle = handle
                    remaining = length
                }
            }
        }

        private mutating func emit(_ buffer: ByteBuffer) -> ByteBuffer {
            sent += Int64(buffer.readableBytes)
            progress?(sent, total)
            return buffer
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pieces: pieces[...], total: total, progress: progress)
    }
}
