import Dataset
import Evaluation
import Models
import ProviderKit
import Tokenizers

extension Session {
    /// /eval: the validation half /split wrote, sent to the /use model and its base (or the models
    /// named); the summary is said here and the side-by-side view goes to the pager. Results are
    /// kept beside the validation file, so after Ctrl-C /eval again sends only what is missing.
    func evaluate(_ names: [String], judge: String?, _ shell: ShellContext) async {
        guard let chatClient else { return shell.fail("offline: /eval needs a model to ask; start tunesmith with a key and without --offline") }
        let validation: String
        switch DatasetSplitter.status(of: shell.configuration.datasetPath) {
        case .current(_, let path): validation = path
        case .none: return shell.fail("no validation half to evaluate on; /split holds one out, then /eval")
        case .stale(let why): return shell.fail("the validation half is out of date: \(why); /split again, then /eval")
        }
        let chosen = names.isEmpty ? defaultEvalModels : names
        guard !chosen.isEmpty else {
            return shell.fail("\(chatModel) has no base model to compare with; name them: /eval MODEL_A MODEL_B")
        }
        if judge != nil && chosen.count < 2 { return shell.fail("--judge compares two replies; name two models: /eval MODEL_A MODEL_B --judge M") }
        let models: [EvaluatedModel]
        var judgeModel: EvaluatedModel?
        do {
            let providers = shell.configuration.providers.names
            func connect(_ spec: ModelSpec) throws -> any ChatProvider {
                if let url = spec.baseURL { return EvaluatedModel.compatibleServer(url) }
                if let name = spec.provider {
                    guard let factory = shell.providerFactory else { throw ShellError("no providers are configured for \(spec.label)") }
                    return try factory(name).chat
                }
                return chatClient
            }
            models = try chosen.map { try EvaluatedModel(ModelSpec.parse($0, providers: providers), connect: connect) }
            judgeModel = try judge.map { try EvaluatedModel(ModelSpec.parse($0, providers: providers), connect: connect) }
            let cases = try CaseReader.read(path: validation, turns: .last).cases
            guard !cases.isEmpty else { return shell.fail("\(fileName(validation)) has no trained assistant reply to compare with") }
            let store = try ResultStore(path: ResultStore.path(besides: validation))
            let run = EvalRun(cases: cases, models: models, judge: judgeModel, store: store)
            shell.note("asking \(models.map(\.label).joined(separator: ", ")) about \(cases.count) examples of \(fileName(validation)) (Ctrl-C stops; /eval again resumes)")
            let task = Task { try await run.run() }
            let watcher = shell.interrupts.map { source in
                Task {
                    await source.next()
                    if !Task.isCancelled { task.cancel() }
                }
            }
            let result = await task.result
            watcher?.cancel()
            let outcome: EvalOutcome
            do { outcome = try result.get() } catch is CancellationError {
                return shell.note("stopped; what arrived is kept in \(fileName(store.path)), and /eval again sends only the rest")
            }
            let report = await EvalReport(cases: cases, models: models, judge: run.judge, store: store, tokenizer: evalTokenizer)
            let view = TerminalReport(color: shell.style.enabled, columns: shell.configuration.columns)
            if !shell.isInteractive || !(shell.pager?.page(view.render(report)) ?? false) {
                shell.output.write(report.rows.map(view.sideBySide).joined(separator: "\n") + "\n")
            }
            shell.output.write(view.summary(report))
            if outcome.failed > 0 { shell.fail("\(outcome.failed) requests failed; /eval again asks for them only") }
        } catch {
            shell.fail(error.localizedDescription)
        }
    }

    /// The /use model and its base (an OpenAI `ft:` model's, else the target), when they differ.
    var defaultEvalModels: [String] {
        let base = ModelCatalog.baseModel(of: chatModel)
        if base != chatModel { return [chatModel, base] }
        return targetModel != chatModel ? [chatModel, targetModel] : []
    }

    /// Similarity is counted with the target's own tokenizer.
    var evalTokenizer: Tokenizer {
        switch target.counting {
        case .openAI(let encoding): Tokenizer(encoding)
        case .chatFormat(let format): format.tokenizer
        }
    }
}
