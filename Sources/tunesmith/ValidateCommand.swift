import ArgumentParser
import Dataset
import Foundation
import Providers
import Shell
import Tokenizers

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a training file as OpenAI's data-format check does, and more; open models are counted as their chat format renders.",
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

    @Flag(help: "Check FILE as a job's validation file: the same format, no minimum number of examples.")
    var asValidationFile = false

    @Option(help: ArgumentHelp("Also check the provider's own file rules (together, fireworks).", valueName: "name"),
            completion: .list(ProviderRegistry.names))
    var provider: String?

    func run() async throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CommandFailure("no such file: \(file); check the path", exitCode: 2)
        }
        if let model = try target.modelName() { try CatalogContext.warnAboutDeadline(model: model, provider: provider) }
        var validationTarget = try await target.resolve(provider: provider)
        if asValidationFile { validationTarget.purpose = .validation }
        let validator = Validator(target: validationTarget, threads: ProcessInfo.processInfo.activeProcessorCount)
        let report = try validator.validate(path: file)
        let providerProblems = try provider.map {
            try ConnectionOptions.provider(named: $0, openAI: OpenAIConfiguration(environment: ProcessInfo.processInfo.environment))
                .localFileProblems(path: file)
        } ?? []
        var out = OutputBuffer()
        if json {
            var value = report.jsonValue
            if let provider, case .object(var object) = value {
                object["provider_problems"] = .object(JSONObject([.init(provider, .array(providerProblems.map(JSONValue.string)))]))
                value = .object(object)
            }
            out.write(JSONWriter.string(value) + "\n")
        } else {
            var text = ""
            report.render(into: &text)
            out.write(TerminalSafeText.neutralized(text))  // names of roles and keys come from the file
            if let provider {
                out.write(providerProblems.isEmpty ? "\n\(provider)'s file rules: no problems\n"
                          : "\n\(provider)'s file rules (it would reject the file):\n" + providerProblems.map { "  \($0)\n" }.joined())
            }
        }
        out.flush()
        if !report.isReady || !providerProblems.isEmpty { throw ExitCode(1) }
    }
}
