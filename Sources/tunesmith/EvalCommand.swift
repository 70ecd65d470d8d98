import ArgumentParser
import Dataset
import Evaluation
import Foundation
import Models
import ProviderKit
import Tokenizers

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Did the fine-tune work? Send the file's conversations to models and compare their replies with the file's own.",
        discussion: """
            Each example's conversation up to a trained assistant turn (weight 1) goes to every --model; the reply \
            is scored against the example's reply: exact match, similarity (token LCS ratio, 2·LCS/(|reference|+|reply|) \
            over the target's tokens), length ratio, latency, tokens and cost (where the catalog has a price). \
            A model is NAME (through --provider), PROVIDER:NAME (\(RegisteredProviders.namesText)), or \
            LABEL=NAME@http://host/v1 for any OpenAI-compatible server (sent no key). Results are kept beside FILE \
            in FILE.eval.jsonl as they arrive: a run after Ctrl-C or a network failure sends only what is missing. \
            Exits 1 when a request failed (run again to ask for it).

            With --judge M, M compares the first model's reply with each other model's, in a shuffled order (its seed \
            is kept with each verdict). Its instructions:

            \(PairwiseJudge.prompt)
            """
    )

    @Argument(help: "The JSONL file (usually the -validation half /split wrote).", completion: .file(extensions: ["jsonl"]))
    var file: String

    @Option(name: .customLong("model"), help: ArgumentHelp("A model to evaluate (repeat for more): NAME, PROVIDER:NAME or LABEL=NAME@URL.", valueName: "model"),
            completion: .list(ModelCatalog.knownNames))
    var models: [String] = []

    @Option(help: ArgumentHelp("A model that judges the first model's replies against each other's.", valueName: "model"))
    var judge: String?

    @Option(help: ArgumentHelp("Which trained assistant turns: the last of each example, or all.", valueName: "last|all"))
    var turns: TurnSelection = .last

    @Option(help: ArgumentHelp("Requests at a time (a 429 lowers it).", valueName: "n"))
    var concurrency = 4

    @Option(help: ArgumentHelp("The model whose tokenizer counts similarity (default: the first model's base, else o200k_base).", valueName: "model"))
    var target: String?

    @Option(help: ArgumentHelp("Seeds the judge's shuffles (default: random; each verdict keeps its own).", valueName: "n"))
    var seed: UInt64?

    @Flag(help: "Print one JSON object per example, then a summary object.")
    var json = false

    @Option(help: ArgumentHelp("Also write a self-contained HTML page (side by side, a chart of the summary).", valueName: "report.html"),
            completion: .file(extensions: ["html"]))
    var html: String?

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if models.isEmpty { throw ValidationError("name a model to evaluate: --model NAME (repeat it to compare models)") }
        if !(1...64).contains(concurrency) { throw ValidationError("--concurrency must be between 1 and 64") }
        if judge != nil && models.count < 2 { throw ValidationError("--judge compares two replies; give at least two --model") }
    }

    func run() async throws {
        let registry = RegisteredProviders.registry
        let texts: [String] = models + (judge.map { [$0] } ?? [])
        let specs: [ModelSpec] = try texts.map { (text: String) throws -> ModelSpec in
            do { return try ModelSpec.parse(text, providers: registry.names) } catch { throw CommandFailure(error.localizedDescription, exitCode: 2) }
        }
        let labels = specs.prefix(models.count).map(\.label)
        if let repeated = labels.first(where: { label in labels.filter { $0 == label }.count > 1 }) {
            throw CommandFailure("two models are called \(repeated); give one a label: --model OTHER=\(repeated)", exitCode: 2)
        }
        let evaluated = try specs.map { try EvaluatedModel($0, connect: connect) }
        let set: CaseReader.CaseSet
        do { set = try CaseReader.read(path: file, turns: turns) } catch let error as EvaluationError { throw CommandFailure(error.message, exitCode: 1) }
        guard !set.cases.isEmpty else {
            throw CommandFailure("\(file) has no trained assistant reply to compare with (\(set.skipped) skipped); evaluate a chat dataset with assistant turns of weight 1", exitCode: 1)
        }
        let tokenizer = try await similarityTokenizer(firstModel: specs[0].model)
        let store: ResultStore
        do { store = try ResultStore(path: ResultStore.path(besides: file)) } catch { throw CommandFailure(error.message, exitCode: 1) }
        let judgeModel = judge == nil ? nil : evaluated.last
        let runModels = Array(evaluated.prefix(models.count))
        let evalRun = EvalRun(cases: set.cases, models: runModels, judge: judgeModel, store: store, concurrency: concurrency,
                              seed: seed ?? UInt64.random(in: 0...UInt64.max))
        let bar = EvalProgressBar()
        let outcome: EvalOutcome
        do {
            outcome = try await evalRun.run(progress: bar.show)
        } catch {
            bar.finish()
            throw error
        }
        bar.finish()
        let report = await EvalReport(cases: set.cases, models: runModels, judge: judgeModel, store: store, tokenizer: tokenizer)
        var out = OutputBuffer()
        if json {
            for line in JSONReport.lines(report) { out.write(line + "\n") }
        } else {
            let environment = ProcessInfo.processInfo.environment
            let color = environment["NO_COLOR"] == nil && Terminal.standardOutputIsTerminal
            out.write(TerminalReport(color: color, columns: environment["COLUMNS"].flatMap(Int.init) ?? 100).render(report))
        }
        out.flush()
        if let html {
            do {
                try Data(HTMLReport.page(report, title: "tunesmith eval: \((file as NSString).lastPathComponent)").utf8).write(to: URL(fileURLWithPath: html), options: .atomic)
            } catch {
                throw CommandFailure("cannot write \(html) (\(error.localizedDescription)); pick a folder you can write to", exitCode: 1)
            }
            Terminal.writeError("wrote \(html)\n")
        }
        Terminal.writeError("\(outcome.sent) requests sent, \(outcome.kept) results kept from earlier runs (\(store.path))"
            + (set.skipped > 0 ? "; \(set.skipped) tool-call or completion turns skipped" : "") + "\n")
        if outcome.failed > 0 {
            throw CommandFailure("\(outcome.failed) requests failed (their errors are shown above); run the same command again to ask for them only", exitCode: 1)
        }
    }

    /// A spec's chat API: its URL's server (no key), else its provider's (`--provider` by default),
    /// which must have its key.
    func connect(_ spec: ModelSpec) throws -> any ChatProvider {
        if let url = spec.baseURL { return EvaluatedModel.compatibleServer(url) }
        let name = spec.provider ?? connection.providerName
        let descriptor = try RegisteredProviders.registry.descriptor(named: name)
        let environment = connection.environment(for: name)
        guard descriptor.isConfigured(environment) else {
            throw CommandFailure("no \(descriptor.displayName) key for \(spec.label); set \(descriptor.keyVariable), or name a server with LABEL=NAME@http://host/v1", exitCode: 1)
        }
        return descriptor.makeChat(environment)
    }

    /// The tokenizer that counts similarity: --target's, else the first model's base model's when the
    /// catalog knows it, else o200k_base.
    func similarityTokenizer(firstModel: String) async throws -> Tokenizer {
        let resolver = TargetResolver(catalog: CatalogContext.catalog(), encodings: EncodingLoader.standard, tokenizers: TokenizerLocator.standard)
        do {
            switch try await resolver.resolve(target ?? ModelCatalog.baseModel(of: firstModel)).counting {
            case .openAI(let encoding): return Tokenizer(encoding)
            case .chatFormat(let format): return format.tokenizer
            }
        } catch {
            if let target { throw CommandFailure("cannot load the tokenizer of --target \(target): \(error.localizedDescription)", exitCode: 1) }
            Terminal.writeError("note: similarity is counted with o200k_base (the catalog does not know \(firstModel)); --target M counts with M's tokenizer\n")
            return Tokenizer(try await EncodingLoader.standard.load(.o200kBase))
        }
    }
}

extension TurnSelection: ExpressibleByArgument {}

/// `[#########.........] 23/60, 1 failed` on stderr, only when stderr is a terminal.
final class EvalProgressBar: Sendable {
    private let enabled = Terminal.standardErrorIsTerminal

    @Sendable func show(_ progress: EvalProgress) {
        guard enabled else { return }
        switch progress {
        case .started(let total, let kept):
            if kept > 0 { Terminal.writeError("\(kept) results kept from an earlier run; \(total) requests to send\n") }
        case .finished(let done, let total, let failed):
            let width = 30, filled = total == 0 ? width : width * done / total
            Terminal.writeError("\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total)" + (failed > 0 ? ", \(failed) failed" : "") + "\u{1B}[K")
        case .slowedDown(let concurrency):
            Terminal.writeError("\r\u{1B}[Krate limited: \(concurrency) at a time from now on\n")
        }
    }

    func finish() {
        if enabled { Terminal.writeError("\r\u{1B}[K") }
    }
}
