import Dataset
import Foundation
import Tokenizers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the text a command was pointed at; invalid UTF-8 becomes U+FFFD, as in tiktoken.
enum InputFiles {
    /// Hands `body` the text of `path` (nil: standard input) in chunks that `tokenizer` encodes
    /// exactly as it would the whole, so a file of any size takes the memory of one chunk.
    static func forEachChunk(of path: String?, tokenizer: Tokenizer, special: Bool, chunks: ExactChunks? = nil, _ body: (String) throws -> Void) throws {
        let chunks = chunks ?? ExactChunks(tokenizer: tokenizer, special: special)
        let fd = try path.map(openRegularFile) ?? STDIN_FILENO
        defer { if path != nil { close(fd) } }
        let name = path ?? "standard input"
        do {
            try chunks.forEach(read: { buffer in
                while true {
                    let count = systemRead(fd, buffer)
                    if count >= 0 { return count }
                    if errno != EINTR { throw CommandFailure("cannot read \(name) (\(String(cString: strerror(errno)))); check the file and the disk") }
                }
            }, body)
        } catch let tooLong as ExactChunks.TooLong {
            throw CommandFailure(tooLongMessage(tooLong, name: name, size: path == nil ? nil : size(of: fd)))
        }
    }

    private static func tooLongMessage(_ error: ExactChunks.TooLong, name: String, size: Int?) -> String {
        let limit = ByteCount.text(error.limit)
        let sized = size.map { "\(name) is \(ByteCount.text($0))" } ?? "\(name) is longer than \(limit)"
        if error.cutsAtLineBreaks {
            return "\(sized) with more than \(limit) in one stretch without a line break followed by a letter, digit or punctuation, "
                + "the only places where it can be counted in parts exactly; the limit for one stretch is \(limit). Is it a text file? "
                + "Count part of it with `head -c 100000000 FILE | tunesmith tokens ...`"
        }
        return "\(sized), and this tokenizer counts a text only whole, up to \(limit); "
            + "count it in parts (`split -l 100000 FILE part-`; each cut may change the count by a token or so)"
    }

    private static func size(of fd: Int32) -> Int? {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Opens a regular file: a FIFO would block for ever and a device never ends, so standard input is the stream.
    private static func openRegularFile(_ path: String) throws -> Int32 {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CommandFailure("no such file: \(path); check the path") }
        if isDirectory.boolValue { throw CommandFailure("\(path) is a folder; name a file") }
        return try RegularFile.openForReading(path)
    }

    static func readStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}

/// `read(2)`, named apart from the closures' own parameters.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(fd, buffer.baseAddress, buffer.count)
}
