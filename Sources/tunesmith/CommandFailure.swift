import Foundation

/// A failure the executable reports as `tunesmith: MESSAGE` and exits with `exitCode`.
struct CommandFailure: Error, LocalizedError, CustomStringConvertible {
    let message: String
    let exitCode: Int32

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }
    var errorDescription: String? { message }
}
