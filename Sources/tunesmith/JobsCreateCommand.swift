import ArgumentParser
import Dataset
import Foundation
import Models
import Providers
import Tokenizers
import Shell

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
    @Option(help: "Batch size (default: auto).") var batchSize: Int?
    @Option(help: "OpenAI: learning rate multiplier (default: auto).") var learningRateMultiplier: Double?
    @Option(help: "Together, Fireworks: the absolute learning rate (default: the provider's).") var learningRate: Double?
    @Flag(help: "Together: train all weights instead of a LoRA adapter (LoRA is the default).") var full = false
    @Flag(help: "Together: train a LoRA adapter (the default).") var lora = false
    @Option(help: "Together: the LoRA rank (default: the model's largest; alpha is twice the rank); Fireworks: 4 to 64 (default 8).") var loraRank: Int?
    @Option(help: "Fireworks: the longest example trained on, in tokens (default: the model's).") var maxContextLength: Int?
    @Option(help: ArgumentHelp("Together: train on prompts and user turns too (default: auto, which masks them).", valueName: "true|false|auto"))
    var trainOnInputs: String = "auto"
    @Option(help: "Together: evaluations on the validation file.") var evaluations: Int?
    @Option(help: "Together: checkpoints to keep.") var checkpoints: Int?
    @Option(help: "Seed, for a reproducible job.") var seed: Int?
    @Option(help: "supervised or dpo.") var method: String = "supervised"
    @Option(help: "DPO's beta (default: auto).") var beta: Double?
    @Flag(help: "Create the job without asking.") var yes = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard JobRequest.Method(rawValue: method) != nil else { throw ValidationError("--method is supervised or dpo") }
        if beta != nil && method != "dpo" { throw ValidationError("--beta goes with --method dpo") }
        if learningRate != nil && learningRateMultiplier != nil { throw ValidationError("pass --learning-rate or --learning-rate-multiplier, not both") }
        if full && lora { throw ValidationError("pass --full or --lora, not both") }
        if full && loraRank != nil { throw ValidationError("--lora-rank goes with LoRA training, not --full") }
        guard ["true", "false", "auto"].contains(trainOnInputs) else { throw ValidationError("--train-on-inputs is true, false or auto") }
        if learningRateMultiplier != nil && connection.providerName == "fireworks" {
            throw ValidationError("Fireworks takes an absolute rate: pass --learning-rate instead of --learning-rate-multiplier")
        }
    }

    func run() async throws {
        try CatalogContext.warnAboutDeadline(model: model, provider: connection.providerName)
        let provider = try connection.fineTuning()
        var request = JobRequest(
            model: model, trainingFile: trainingFile, validationFile: validationFile, suffix: suffix, seed: seed,
            method: JobRequest.Method(rawValue: method)!, epochs: epochs.map { .value($0) } ?? .auto,
            batchSize: batchSize.map { .value($0) } ?? .auto, learningRate: (learningRate ?? learningRateMultiplier).map { .value($0) } ?? .auto,
            beta: beta.map { .value($0) } ?? .auto, lora: !full, loraRank: loraRank, trainOnInputs: Bool(trainOnInputs),
            evaluations: evaluations, checkpoints: checkpoints, maxContextLength: maxContextLength)
        try await provider.checkLimits(request)
        var report: ValidationReport?
        if Self.isLocalFile(trainingFile) {
            report = try await TrainingFileCheck(model: model).require(trainingFile, provider: provider)
        }
        if let validationFile, Self.isLocalFile(validationFile) {
            _ = try await TrainingFileCheck(model: model, purpose: .validation).require(validationFile, provider: provider)
        }
        if Self.isLocalFile(trainingFile) { request.trainingFile = try await FileUpload.send(trainingFile, with: provider).id }
        if let validationFile, Self.isLocalFile(validationFile) {
            request.validationFile = try await FileUpload.send(validationFile, with: provider).id
        }
        do {
            let estimate = try await provider.estimatePrice(request, trainingTokens: report?.billingTokens, autoEpochs: report?.epochs)
            Terminal.writeError(TerminalSafeText.neutralized(String(format: "estimated cost: $%.2f (%@)\n", estimate.usd, estimate.basis)))
        } catch {
            Terminal.writeError(TerminalSafeText.neutralized("estimated cost: unknown (\(error.localizedDescription))\n"))
        }
        if !yes {
            guard Terminal.standardInputIsTerminal else {
                throw CommandFailure("not creating the job without a yes: pass --yes to create it without asking")
            }
            guard Terminal.confirm("Create the \(provider.displayName) job for \(model)?") else {
                throw CommandFailure("not created; the uploaded file \(request.trainingFile) stays for next time")
            }
        }
        let job = try await provider.createJob(request)
        print(TerminalSafeText.neutralized("\(job.id)  \(job.status)"))
        Terminal.writeError(TerminalSafeText.neutralized("follow it: tunesmith jobs watch \(job.id)\n"))
    }

    /// A path that exists, or one that looks like a file name: not a provider's id.
    static func isLocalFile(_ value: String) -> Bool {
        FileManager.default.fileExists(atPath: value) || value.hasSuffix(".jsonl") || value.contains("/")
    }
}
