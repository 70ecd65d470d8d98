import Dataset
import Foundation

/// Reading the text a command was pointed at; invalid UTF-8 becomes U+FFFD, as in tiktoken.
enum InputFiles {
    static func read(_ path: String) throws -> String {
        // A FIFO would block for ever and a device never ends: standard input is the stream.
        if FileManager.default.fileExists(atPath: path) { try RegularFile.check(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw CommandFailure(isDirectory.boolValue ? "\(path) is a folder; name a file" : "cannot read \(path); check its permissions")
            }
            throw CommandFailure("no such file: \(path); check the path")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func readStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
