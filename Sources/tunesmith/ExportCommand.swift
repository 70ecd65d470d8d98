import ArgumentParser
import Foundation
import Interchange

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a dataset in a trainer's own shape, with a config that runs and a README with the command.",
        discussion: """
            SFT keeps the messages (and tools); a reply with weight 0 is Axolotl's "training": false and, \
            where a trainer cannot mask a turn, named in the README's notes. DPO reads FILE's \
            .preference.jsonl pairs; KTO makes a row of every reply (weight 0: label false, otherwise true). \
            The folder (default FILE-TRAINER-METHOD beside FILE) holds the .jsonl data, the config and \
            README.md; it appears whole, and an existing one is replaced only with --force.
            """
    )

    @Argument(help: "The JSONL training file.", completion: .file(extensions: ["jsonl"]))
    var file: String

    @Option(help: ArgumentHelp("The trainer.", valueName: ExportTrainer.allCases.map(\.rawValue).joined(separator: "|")),
            completion: .list(ExportTrainer.allCases.map(\.rawValue)), transform: Self.trainer)
    var to: ExportTrainer

    @Option(help: ArgumentHelp("What to train.", valueName: "sft|dpo|kto"), completion: .list(ExportMethod.allCases.map(\.rawValue)), transform: Self.method)
    var method: ExportMethod = .sft

    @Option(help: ArgumentHelp("The base model, a Hugging Face repo id.", valueName: "hf-repo"))
    var model: String = ExportRequest.defaultModel

    @Option(help: ArgumentHelp("The folder to write (default: FILE-TRAINER-METHOD beside FILE).", valueName: "dir"), completion: .directory)
    var out: String?

    @Flag(help: "Replace the folder when it exists.")
    var force = false

    static func trainer(_ text: String) throws -> ExportTrainer {
        guard let trainer = ExportTrainer(rawValue: text.lowercased()) else {
            throw ValidationError("--to is one of \(ExportTrainer.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return trainer
    }

    static func method(_ text: String) throws -> ExportMethod {
        guard let method = ExportMethod(rawValue: text.lowercased()) else { throw ValidationError("--method is one of sft, dpo, kto") }
        return method
    }

    func run() async throws {
        let request = ExportRequest(datasetPath: file, trainer: to, method: method, model: model, folder: out, overwrite: force)
        let result: ExportResult
        do {
            result = try DatasetExporter.export(request)
        } catch let error as InterchangeError {
            throw CommandFailure(error.message, exitCode: error.kind == .usage ? 2 : 1)
        }
        print("\(result.rows) row\(result.rows == 1 ? "" : "s") for \(to.title) \(method.rawValue.uppercased()) written to \(result.folder): \(result.files.joined(separator: ", "))")
        for note in result.notes { Terminal.writeError("tunesmith: note: \(note)\n") }
        print("run there: \(result.command)")
    }
}
