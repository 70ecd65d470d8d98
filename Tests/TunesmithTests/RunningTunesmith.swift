import Foundation

/// The binary with a pipe the test keeps open: it is fed line by line while it runs, and ends
/// when the pipe closes or when it is killed.
final class RunningTunesmith: @unchecked Sendable {  // used from one test at a time
    private let process = Process()
    private let input = Pipe()
    private let stdoutData = LockedData(), stderrData = LockedData()
    private let reading = DispatchGroup()

    init(_ arguments: [String], environment: [String: String], in directory: URL) throws {
        process.executableURL = TunesmithProcess.binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        for (pipe, sink) in [(output, stdoutData), (errors, stderrData)] {
            reading.enter()
            DispatchQueue.global().async { [reading] in
                sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
                reading.leave()
            }
        }
    }

    var pid: Int32 { process.processIdentifier }

    func send(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

    /// Closes standard input (the end of the script) and waits for the exit.
    func finish() async throws -> TunesmithProcess.Result {
        try input.fileHandleForWriting.close()
        return await waitForExit()
    }

    /// Waits until a draft in `folder` holds `text`: the shell has read that far. (Generous: on a
    /// loaded machine a start can take long; a shell that exits ends the wait at once.)
    func waitForDraft(containing text: String, in folder: URL) async throws {
        let deadline = Date().addingTimeInterval(600)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasSuffix(".json") {
                if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                    String(decoding: data, as: UTF8.self).contains(text) { return }
            }
            guard process.isRunning else {
                let result = await waitForExit()
                throw DraftNeverAppeared(text: text, why: "tunesmith exited with \(result.status): \(result.stderr)")
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        throw DraftNeverAppeared(text: text, why: "still none after 600 s")
    }

    /// SIGKILL: nothing runs after it.
    func kill() async -> TunesmithProcess.Result {
        Foundation.kill(process.processIdentifier, SIGKILL)
        return await waitForExit()
    }

    private func waitForExit() async -> TunesmithProcess.Result {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { [self] in
                reading.wait()
                process.waitUntilExit()
                continuation.resume(returning: TunesmithProcess.Result(
                    status: process.terminationStatus, stdout: String(decoding: stdoutData.value, as: UTF8.self),
                    stderr: String(decoding: stderrData.value, as: UTF8.self)))
            }
        }
    }
}

struct DraftNeverAppeared: Error, CustomStringConvertible {
    let text: String
    let why: String
    var description: String { "no draft holding \"\(text)\" appeared: \(why)" }
}
