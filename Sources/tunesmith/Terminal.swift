import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The executable's few terminal needs: is this a terminal, a progress line, a yes/no question.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var standardErrorIsTerminal: Bool { isTerminal(STDERR_FILENO) }
    static var standardInputIsTerminal: Bool { isTerminal(STDIN_FILENO) }
    static var standardOutputIsTerminal: Bool { isTerminal(STDOUT_FILENO) }

    /// The terminal's width (standard output's, else standard error's), else `$COLUMNS`, else 80.
    static var columns: Int {
        var size = winsize()
        for fd in [STDOUT_FILENO, STDERR_FILENO] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Asks on the terminal; true only for an answer starting with y.
    static func confirm(_ question: String) -> Bool {
        writeError(question + " [y/N] ")
        guard let answer = readLine() else { return false }
        return answer.lowercased().hasPrefix("y")
    }

    static func bytes(_ n: Int64) -> String {
        let units = ["B", "KB", "MB", "GB"]
        var value = Double(n)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(n) B" : String(format: "%.1f %@", value, units[unit])
    }
}

/// A one-line progress display on stderr, only when stderr is a terminal (quiet in pipes).
final class ProgressLine: @unchecked Sendable {  // updated from the upload's task only
    private let label: String
    private let enabled = Terminal.standardErrorIsTerminal
    private var lastPercent = -1

    init(_ label: String) { self.label = label }

    func update(_ sent: Int64, _ total: Int64) {
        guard enabled, total > 0 else { return }
        let percent = Int(sent * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = width * percent / 100
        Terminal.writeError("\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(percent)% of \(Terminal.bytes(total))")
    }

    func finish() {
        if enabled && lastPercent >= 0 { Terminal.writeError("\n") }
    }
}
