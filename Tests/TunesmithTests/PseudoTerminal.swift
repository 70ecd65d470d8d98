import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the binary with standard output and error on a pseudo-terminal, as a person sees it, and
/// returns every byte it wrote there.
enum PseudoTerminal {
    static func run(_ arguments: [String], environment: [String: String]) async throws -> [UInt8] {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try runBlocking(arguments, environment: environment) })
            }
        }
    }

    private static func runBlocking(_ arguments: [String], environment: [String: String]) throws -> [UInt8] {
        // posix_openpt and friends are hidden behind feature macros; their Linux ioctls are not
        // (TIOCSPTLCK and TIOCGPTN, the same on x86_64 and arm64).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: CInt = 0
        var number: CInt = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else { throw POSIXError(.EIO) }
        let terminal = try FileHandle(forUpdating: URL(fileURLWithPath: "/dev/pts/\(number)"))
        let process = Process()
        process.executableURL = TunesmithProcess.binary
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        // A command that never ends must not hang the test run: it is stopped after a minute.
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if process.isRunning { process.terminate() } }
        try terminal.close()  // the child holds it; reads end when the child exits
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress!, $0.count) }
            if n <= 0 { break }  // EIO once the last writer closed the terminal
            output += buffer[..<n]
        }
        process.waitUntilExit()
        close(master)
        return output
    }

    /// Bytes that could drive a terminal: C0 controls but newline, carriage return and tab, DEL,
    /// C1 controls (in UTF-8), and the bidirectional overrides, isolates and marks.
    static func rawControls(in bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: false
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.count
    }
}
