import ArgumentParser
import Dataset
import Foundation
import Tiktoken

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a training file as OpenAI's data-format check does, and more.",
        discussion: """
            Prints errors (with line numbers), warnings, the token figures and the estimated cost. \
            Exit status: 0 when the file is ready to train on, 1 when it has errors, 2 for a usage error.
            """
    )

    @Argument(help: "The JSONL training file.", completion: .file(extensions: ["jsonl"]))
    var file: String

    @OptionGroup var target: TargetOptions

    @Flag(help: "Print one JSON object for scripts instead of the report.")
    var json = false

    func run() async throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CommandFailure("no such file: \(file); check the path", exitCode: 2)
        }
        let validator = Validator(target: try await target.resolve(), threads: ProcessInfo.processInfo.activeProcessorCount)
        let report = try validator.validate(path: file)
        var out = OutputBuffer()
        if json {
            out.write(JSONWriter.string(report.jsonValue) + "\n")
        } else {
            report.render(into: &out)
        }
        out.flush()
        if !report.isReady { throw ExitCode(1) }
    }
}
