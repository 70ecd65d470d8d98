import ArgumentParser
import Dataset
import Foundation
import Models
import ProviderKit
import Shell
import Tokenizers
import Workflows

struct FilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "files",
        abstract: "Upload, list, show and delete files stored with the provider.",
        subcommands: [Upload.self, List.self, Show.self, Delete.self]
    )

    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a training file, then upload it.")

        @Argument(help: "The JSONL file.", completion: .file(extensions: ["jsonl"]))
        var file: String

        @Option(help: "The file's purpose.")
        var purpose = "fine-tune"

        @Option(help: ArgumentHelp("The model it is for (decides the token limit checked).", valueName: "model"))
        var model: String?

        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            if let model { try CatalogContext.warnAboutDeadline(model: model, provider: connection.providerName) }
            if purpose == "fine-tune" {
                // Checked as a validation file may be: its role is only known when a job names it.
                let check = try await CommandFileCheck.make(model: model, provider: try connection.fineTuning(), purpose: .validation)
                let report = try CommandFileCheck.require(file, with: check)
                if report.examples < 10 {
                    Terminal.writeError("note: \(report.examples) examples is enough for a validation file; a training file needs at least 10\n")
                }
            }
            let uploaded = try await FileUpload.send(file, with: try connection.fineTuning())
            if case .reused(let existing) = uploaded {
                Terminal.writeError(TerminalSafeText.neutralized("\((file as NSString).lastPathComponent) is already uploaded as \(existing.id); using it\n"))
            }
            let stored = uploaded.file
            print(TerminalSafeText.neutralized("\(stored.id)  \(stored.filename)  \(stored.bytes.map { Terminal.bytes($0) } ?? "")"))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the files.")
        @Flag(help: "Print the server's objects as JSON.") var json = false
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let files = try await connection.fineTuning().listFiles()
            if json { return JSONOutput.printList(files.map(\.raw)) }
            Table(["ID", "BYTES", "CREATED", "PURPOSE", "STATUS", "FILENAME"], files.map {
                [$0.id, $0.bytes.map(String.init) ?? "", Table.date($0.createdAt), $0.purpose ?? "", $0.status ?? "", $0.filename]
            }).print()
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one file.")
        @Argument(help: "The file id.") var id: String
        @Flag(help: "Print the server's object as JSON.") var json = false
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let file = try await connection.fineTuning().file(id: id)
            if json { return JSONOutput.print(file.raw) }
            for (key, value) in [("id", file.id), ("filename", file.filename), ("bytes", file.bytes.map(String.init) ?? ""),
                                 ("created", Table.date(file.createdAt)), ("purpose", file.purpose ?? ""), ("status", file.status ?? "")] {
                print("\(key.padding(toLength: 10, withPad: " ", startingAt: 0)) \(TerminalSafeText.neutralized(value))")
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete one file.")
        @Argument(help: "The file id.") var id: String
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await connection.fineTuning().deleteFile(id: id)
            print("deleted \(id)")
        }
    }
}

/// Uploading with a progress line on a terminal.
enum FileUpload {
    static func send(_ path: String, with provider: any FineTuningProvider) async throws -> OnceUpload.Outcome {
        let progress = ProgressLine("uploading \((path as NSString).lastPathComponent)")
        defer { progress.finish() }
        return try await OnceUpload(provider: provider, record: UploadRecord(path: StateFolders.uploads)).send(path, progress: { progress.update($0, $1) })
    }
}

/// The workflow's file check with the commands' defaults (o200k_base and 65,536 tokens when no
/// model is named), and its refusals rendered for a terminal.
enum CommandFileCheck {
    static func make(model: String?, provider: any FineTuningProvider, purpose: ValidationTarget.Purpose = .training) async throws -> TrainingFileCheck {
        var target: ValidationTarget
        if let model {
            target = try await TargetOptions.target(model: model, provider: provider.displayName, maxTokens: nil)
        } else {
            target = ValidationTarget(model: nil, encoding: try await EncodingLoader.standard.load(.o200kBase), maxTokensPerExample: 65_536,
                                      trainingPricePerMillion: nil, purpose: purpose)
        }
        target.purpose = purpose
        return TrainingFileCheck(target: target, provider: provider, threads: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Checks `path`, which must exist; a refusal prints the report on stderr and fails the command.
    static func require(_ path: String, with check: TrainingFileCheck) throws -> ValidationReport {
        guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure("no such file: \(path); check the path", exitCode: 2) }
        do {
            return try check.check(path)
        } catch {
            throw failure(error)
        }
    }

    /// A workflow's refusal as the command's failure (the report goes to stderr first).
    static func failure(_ error: Error) -> Error {
        guard let refusal = error as? WorkflowError else { return error }
        if let report = refusal.report {
            var text = ""
            report.render(into: &text)
            Terminal.writeError(text)
        }
        return CommandFailure(refusal.message)
    }
}
