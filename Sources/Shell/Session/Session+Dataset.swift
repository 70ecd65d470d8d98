import Dataset
import Foundation
import Models
import Tokenizers

extension Session {
    /// The preference file beside the dataset: `marv.jsonl` -> `marv.preference.jsonl`.
    static func preferencePath(_ configuration: ShellConfiguration) -> String {
        let path = configuration.datasetPath
        return (path.hasSuffix(".jsonl") ? String(path.dropLast(6)) : path) + ".preference.jsonl"
    }

    func prefer(_ shell: ShellContext) {
        let preferencePath = Self.preferencePath(shell.configuration)
        guard let index = draft.messages.lastIndex(where: { $0.isAssistant && $0.original != nil }),
            let original = draft.messages[index].original
        else { return shell.fail("no edited reply; /edit a reply first (the edit is preferred, the original not)") }
        let context = Array(draft.numbered.prefix(draft.number(ofIndex: index) - 1)).map { ChatMessage(role: $0.chatRole, text: $0.text) }
        let pair = PreferenceExample(
            input: ChatExample(messages: context), preferred: ChatMessage(role: .assistant, text: draft.messages[index].text),
            nonPreferred: ChatMessage(role: .assistant, text: original))
        do {
            try DatasetFile(path: preferencePath).append(.preference(pair))
            shell.say("preference pair saved to \(fileName(preferencePath)) (\(Numbers.plural((try? DatasetFile(path: preferencePath).exampleCount()) ?? 0, "pair")))")
        } catch {
            shell.fail(error.localizedDescription)
        }
    }

    func list(_ n: Int, _ shell: ShellContext) {
        var rows: [(Int, Int, String)] = []
        var number = 0
        do {
            try JSONLReader.read(path: shell.configuration.datasetPath) { lines in
                for line in lines where !line.isBlank {
                    number += 1
                    rows.append((number, line.number, line.text))
                    if rows.count > n { rows.removeFirst() }
                }
            }
        } catch {
            return shell.say("no examples yet; /save writes the first")
        }
        guard !rows.isEmpty else { return shell.say("no examples yet; /save writes the first") }
        let counter = ExampleCounter(counting: shell.tokens.counting)
        for (k, _, text) in rows {
            guard let value = try? JSONParser.parse(text), let example = try? TrainingExample(json: value) else {
                shell.say("#\(k)  (not a valid example; /validate says why)")
                continue
            }
            let messages: [ChatMessage]
            switch example {
            case .chat(let chat): messages = chat.messages
            case .preference(let pair): messages = pair.input.messages + [pair.preferred]
            case .completion(let c): messages = [ChatMessage(role: .user, text: c.prompt)]
            }
            let first = messages.first { $0.role == .user }?.text.replacingOccurrences(of: "\n", with: " ") ?? ""
            let preview = first.count > 60 ? String(first.prefix(59)) + "…" : first
            shell.say("#\(String(k).padding(toLength: 4, withPad: " ", startingAt: 0)) \(String(messages.count).leftPad(2)) msgs \(Numbers.grouped(counter.count(example)).leftPad(6)) tok  \(TerminalSafeText.neutralized(preview))")
        }
    }

    func validationTarget(_ purpose: ValidationTarget.Purpose, _ shell: ShellContext) -> ValidationTarget {
        ValidationTarget(model: targetModel, counting: shell.tokens.counting, maxTokensPerExample: limit,
                         trainingPricePerMillion: ModelCatalog.info(for: targetModel)?.trainingPricePerMillion ?? target.model?.trainingPrice?.usdPerMillion,
                         purpose: purpose, provider: target.model?.provider.displayName ?? "OpenAI",
                         minimumExamples: target.model?.provider.minimumExamples ?? ModelProvider.openAI.minimumExamples,
                         defaultEpochs: target.model?.provider.defaultEpochs)
    }

    /// /split's validation file is checked as one; every other file as a training file.
    static func purpose(of path: String, _ configuration: ShellConfiguration) -> ValidationTarget.Purpose {
        samePath(path, DatasetSplitter.outputPaths(for: configuration.datasetPath).validation) ? .validation : .training
    }

    /// The report of `path` (default: the dataset), read as a validation file when it is /split's.
    func validateFile(_ path: String? = nil, _ shell: ShellContext) async {
        guard path != nil || exampleCount > 0 else { return shell.say("no examples yet; /save writes the first") }
        let path = path ?? shell.configuration.datasetPath
        do {
            let report = try Validator(target: validationTarget(Self.purpose(of: path, shell.configuration), shell)).validate(path: path)
            var text = ""
            report.render(into: &text, nextStep: false)
            shell.output.write(TerminalSafeText.neutralized(text) + "\n")  // names of roles and keys come from the file
            let rules = validationTarget(.training, shell)
            let advice = SplitAdvice(count: report.examples, fraction: 0.2, minimumTraining: rules.minimumExamples)
            shell.say(Self.nextStep(after: report, of: path, split: advice, provider: rules.provider, shell.configuration))
        } catch {
            shell.fail(error.localizedDescription)
        }
    }

    /// What to do next, in the shell's own commands.
    /// `split`: what /split would leave; it is recommended only when both halves would be usable.
    static func nextStep(after report: ValidationReport, of path: String, split: SplitAdvice, provider: String, _ configuration: ShellConfiguration) -> String {
        let isDataset = samePath(path, configuration.datasetPath)
        let again = isDataset ? "/validate" : "/validate \(path)"
        guard report.isReady else {
            let errors = Numbers.plural(report.errorCount, "error")
            return "Not ready: fix the \(errors) above\(isDataset ? " (/open K loads example K into the draft)" : ""), then \(again) again."
        }
        let warnings = report.warningCount > 0 ? " (read the warnings above)" : ""
        if report.purpose == .validation { return "Ready as a validation file\(warnings)." }
        guard isDataset else { return "Ready to train\(warnings); /upload \(path) sends it." }
        switch DatasetSplitter.status(of: path) {
        case .current(let train, let validation):
            return "Ready to train\(warnings). /train trains on \(fileName(train)) and validates on \(fileName(validation))."
        case .stale(let why):
            return "Ready to train\(warnings), but \(why); /split again before /train, or /train --whole for the whole file."
        case .none where split.leavesEnough:
            return "Ready to train\(warnings). Next: /split to hold out a validation set, or /train now."
        case .none:
            return "Ready to train\(warnings). /train now; a /split would leave too few to train on (\(provider) needs \(split.minimumTraining)), "
                + "so hold out a validation set once you have \(split.examplesNeeded) more."
        }
    }

    /// /split, refused when the training half would be too small for the provider.
    func split(_ fraction: Double, _ shell: ShellContext) {
        let rules = validationTarget(.training, shell)
        let advice = SplitAdvice(count: (try? shell.file.exampleCount()) ?? exampleCount, fraction: fraction, minimumTraining: rules.minimumExamples)
        if advice.count >= 2 && !advice.leavesEnough {
            return shell.fail("not split: \(advice.shortfall(provider: rules.provider)); "
                + advice.remedy(splitCommand: "/split", wholeFile: "/train on the whole file without a split"))
        }
        do {
            let result = try DatasetSplitter(validationFraction: fraction, overwrite: true).split(path: shell.configuration.datasetPath)
            shell.say("\(Numbers.plural(result.trainCount, "example")) -> \(result.trainPath)")
            shell.say("\(Numbers.plural(result.validationCount, "example")) -> \(result.validationPath)")
            shell.note("/train now trains on the first and validates on the second, until the dataset changes (/train --whole: on the whole file)")
        } catch {
            shell.fail(error.localizedDescription)
        }
    }
}
