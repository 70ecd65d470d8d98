import ArgumentParser
import Dataset
import Foundation
import Models
import ProviderKit
import Shell
import Synchronization
import Tokenizers
import Workflows

struct JobsCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Validate and upload the files, show the estimated cost, and create a fine-tuning job.",
        discussion: "A local file is validated (and refused with errors) and uploaded first; an id is used as it is."
    )

    @Option(help: ArgumentHelp("The model to fine-tune.", valueName: "model"), completion: .list(ModelCatalog.shipped.completionNames(for: .openAI) + ModelCatalog.shipped.completionNames(for: .together)
                                                                                         + ModelCatalog.shipped.completionNames(for: .fireworks)))
    var model: String

    @Option(help: ArgumentHelp("A local JSONL file or an uploaded file's id.", valueName: "file|id"), completion: .file(extensions: ["jsonl"]))
    var trainingFile: String

    @Option(help: ArgumentHelp("A local JSONL file or an uploaded file's id.", valueName: "file|id"), completion: .file(extensions: ["jsonl"]))
    var validationFile: String?

    @Option(help: "Added to the fine-tuned model's name.") var suffix: String?
    @Option(help: "Epochs (default: the provider's auto).") var epochs: Int?
    @Option(help: ArgumentHelp("Batch size: a number, or max (Together; its default) (default: the provider's).", valueName: "n|max")) var batchSize: BatchSize?
    @Option(help: "OpenAI: a multiplier of OpenAI's learning rate (default: auto).") var learningRateMultiplier: Double?
    @Option(help: "Together, Fireworks: the learning rate itself (default: the provider's).") var learningRate: Double?
    @Flag(help: "Together: train all weights instead of a LoRA adapter (LoRA is the default).") var full = false
    @Flag(help: "Together: train a LoRA adapter (the default).") var lora = false
    @Option(help: "Together: the LoRA rank (default: the model's largest; alpha is twice the rank); Fireworks: 4 to 64 (default 8).") var loraRank: Int?
    @Option(help: "Fireworks: the longest example trained on, in tokens (default: the model's).") var maxContextLength: Int?
    @Option(help: ArgumentHelp("Together: train on prompts and user turns too (default: auto, which masks them).", valueName: "true|false|auto"))
    var trainOnInputs: String = "auto"
    @Option(help: "Together: evaluations on the validation file.") var evaluations: Int?
    @Option(help: "Together: checkpoints to keep.") var checkpoints: Int?
    @Option(help: "Seed, for a reproducible job.") var seed: Int?
    @Option(help: "supervised or dpo.") var method: JobRequest.Method = .supervised
    @Option(help: "DPO's beta (default: auto).") var beta: Double?
    @Flag(help: "Create the job without asking.") var yes = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if beta != nil && method != .dpo { throw ValidationError("--beta goes with --method dpo") }
        if learningRate != nil && learningRateMultiplier != nil { throw ValidationError("pass --learning-rate or --learning-rate-multiplier, not both") }
        if full && lora { throw ValidationError("pass --full or --lora, not both") }
        if full && loraRank != nil { throw ValidationError("--lora-rank goes with LoRA training, not --full") }
        guard ["true", "false", "auto"].contains(trainOnInputs) else { throw ValidationError("--train-on-inputs is true, false or auto") }
    }

    func run() async throws {
        try CatalogContext.warnAboutDeadline(model: model, provider: connection.providerName)
        let provider = try connection.fineTuning()
        let request = JobRequest(
            model: model, trainingFile: trainingFile, validationFile: validationFile, suffix: suffix, seed: seed,
            method: method, epochs: epochs.map { .value($0) } ?? .auto,
            batchSize: batchSize ?? .auto, learningRate: learningRate.map { .absolute($0) } ?? learningRateMultiplier.map { .multiplier($0) } ?? .auto,
            beta: beta.map { .value($0) } ?? .auto, lora: !full, loraRank: loraRank, trainOnInputs: Bool(trainOnInputs),
            evaluations: evaluations, checkpoints: checkpoints, maxContextLength: maxContextLength)
        let trainingPath = Self.isLocalFile(trainingFile) ? trainingFile : nil
        let validationPath = validationFile.flatMap { Self.isLocalFile($0) ? $0 : nil }
        for path in [trainingPath, validationPath].compactMap({ $0 }) where !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("no such file: \(path); check the path", exitCode: 2)
        }
        if let trainingPath, let validationPath { try Self.checkSplitHalves(trainingPath, validationPath) }
        let launch = JobLaunch(provider: provider, check: try await CommandFileCheck.make(model: model, provider: provider),
                               uploads: UploadRecord(path: StateFolders.uploads))
        let progress = Mutex<ProgressLine?>(nil)
        var withoutYes = false
        let job: FineTuningJob
        do {
            job = try await launch.run(request, trainingPath: trainingPath, validationPath: validationPath, progress: { _, sent, total in
                progress.withLock { $0?.update(sent, total) }
            }, step: { step in
                switch step {
                case .uploading(let path): progress.withLock { $0 = ProgressLine("uploading \((path as NSString).lastPathComponent)") }
                case .uploaded: progress.withLock { $0?.finish(); $0 = nil }
                case .reused(let path, let file):
                    Terminal.writeError(TerminalSafeText.neutralized("\((path as NSString).lastPathComponent) is already uploaded as \(file.id); using it\n"))
                case .estimated(let estimate):
                    Terminal.writeError(TerminalSafeText.neutralized(String(format: "estimated cost: $%.2f (%@)\n", estimate.usd, estimate.basis)))
                case .noEstimate(let reason): Terminal.writeError(TerminalSafeText.neutralized("estimated cost: unknown (\(reason))\n"))
                case .checked: break
                }
            }, confirmUpload: { paths in
                if yes { return true }
                guard Terminal.standardInputIsTerminal else {
                    withoutYes = true
                    return false
                }
                let names = paths.map { ($0 as NSString).lastPathComponent }.joined(separator: " and ")
                return Terminal.confirm("\(provider.displayName) prices a job only once its files are uploaded. Upload \(names) (no job is created yet)?")
            }, confirm: { _, _ in
                if yes { return true }
                // A script sees the price, then the refusal: creating a job takes an explicit yes.
                guard Terminal.standardInputIsTerminal else {
                    withoutYes = true
                    return false
                }
                return Terminal.confirm("Create the \(provider.displayName) job for \(model)?")
            })
        } catch let refusal as WorkflowError where refusal.kind == .notConfirmed && withoutYes {
            throw CommandFailure("not creating the job without a yes: pass --yes to create it without asking"
                + refusal.message.dropFirst("not created".count))
        } catch {
            progress.withLock { $0?.finish() }
            throw CommandFileCheck.failure(error)
        }
        print(TerminalSafeText.neutralized("\(job.id)  \(job.status)"))
        Terminal.writeError(TerminalSafeText.neutralized("follow it: tunesmith jobs watch \(job.id)\n"))
    }

    /// A path that exists, or one that looks like a file name: not a provider's id.
    /// Two halves of one `tunesmith split` are trained on only while its record says they are
    /// the halves of the dataset as it is (a split interrupted between its renames, or a dataset
    /// changed since, is refused, as `/train` refuses it).
    static func checkSplitHalves(_ trainingPath: String, _ validationPath: String) throws {
        let suffix = "-train.jsonl"
        guard trainingPath.hasSuffix(suffix) else { return }
        let dataset = String(trainingPath.dropLast(suffix.count)) + ".jsonl"
        let halves = DatasetSplitter.outputPaths(for: dataset)
        guard FileManager.default.fileExists(atPath: dataset),
              URL(fileURLWithPath: halves.train).standardizedFileURL == URL(fileURLWithPath: trainingPath).standardizedFileURL,
              URL(fileURLWithPath: halves.validation).standardizedFileURL == URL(fileURLWithPath: validationPath).standardizedFileURL,
              case .stale(let why) = DatasetSplitter.status(of: dataset)
        else { return }
        throw CommandFailure("not created: \(why); run `tunesmith split \(ShellQuoting.path(dataset)) --force` again, or train on \(ShellQuoting.path(dataset)) itself", exitCode: 1)
    }

    static func isLocalFile(_ value: String) -> Bool {
        FileManager.default.fileExists(atPath: value) || value.hasSuffix(".jsonl") || value.contains("/")
    }
}

/// `--method supervised|dpo`, parsed (and completed) as the enum it is.
extension JobRequest.Method: ExpressibleByArgument {}

/// `--batch-size 16` or `--batch-size max`.
extension BatchSize: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "max": self = .max
        case "auto": self = .auto
        default:
            guard let value = Int(argument) else { return nil }
            self = .value(value)
        }
    }
}
