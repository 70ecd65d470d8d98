import Foundation
import TestSupport
import Testing

/// Runs the built `tunesmith` binary, as a user or a script would.
struct TunesmithProcess {
    struct Result: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary beside the test bundle (`swift test` builds it first).
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("tunesmith")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/tunesmith")
    }()

    /// The environment the tests give the binary: the test process's own HOME and XDG folders,
    /// rank files from ../shared when present, and a fixed today (38 days before OpenAI's last
    /// fine-tuning jobs, so no deadline warning appears unless a test moves the date).
    static var environment: [String: String] {
        var environment = TestEnvironment.variables
        environment["TUNESMITH_TODAY"] = "2026-11-29"
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/encodings").path
        if FileManager.default.fileExists(atPath: shared) { environment["TUNESMITH_ENCODINGS"] = shared }
        return environment
    }

    /// Runs the binary without holding a thread of Swift's cooperative pool while it waits, so a
    /// stub server in the same process can answer it.
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String]? = nil,
                    in directory: URL? = nil) async throws -> Result {
        try await run(arguments, stdinBytes: Data(stdin.utf8), environment: environment, in: directory)
    }

    /// `program` runs instead of tunesmith when given (a shell, a script of the package).
    static func run(_ arguments: [String], stdinBytes: Data, environment: [String: String]? = nil,
                    in directory: URL? = nil, program: URL? = nil) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result {
                    try runBlocking(arguments, stdinBytes: stdinBytes, environment: environment, in: directory, program: program)
                })
            }
        }
    }

    static func runBlocking(_ arguments: [String], stdin: String = "", environment: [String: String]? = nil,
                            in directory: URL? = nil) throws -> Result {
        try runBlocking(arguments, stdinBytes: Data(stdin.utf8), environment: environment, in: directory)
    }

    static func runBlocking(_ arguments: [String], stdinBytes: Data, environment: [String: String]? = nil,
                            in directory: URL? = nil, program: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = program ?? binary
        process.arguments = arguments
        process.environment = environment ?? Self.environment
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes while the process runs so neither can fill up and block it.
        let stdoutData = LockedData(), stderrData = LockedData()
        let group = DispatchGroup()
        for (pipe, sink) in [(output, stdoutData), (errors, stderrData)] {
            group.enter()
            DispatchQueue.global().async {
                sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        input.fileHandleForWriting.write(stdinBytes)
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData.value, as: UTF8.self),
                      stderr: String(decoding: stderrData.value, as: UTF8.self))
    }
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    var value: Data { lock.withLock { data } }
}

/// Tests that need rank files run when they can be found (always under CI).
enum RankFiles {
    static let available: Bool = {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        let result = try? TunesmithProcess.runBlocking(["tokens"], stdin: "probe")
        if result?.status != 0 {
            print("⚠️ SKIPPING command tests that count tokens: no rank files. Set TUNESMITH_ENCODINGS to a folder that holds them (the tests never read ~/.cache).")
        }
        return result?.status == 0
    }()
}

func temporaryFolder() throws -> URL {
    _ = TestEnvironment.variables
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tunesmith-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
