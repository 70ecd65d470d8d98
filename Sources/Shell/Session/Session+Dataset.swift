import Dataset
import Foundation
import Models
import Tokenizers

extension Session {
    mutating func save(_ shell: ShellContext) {
        let problems = draft.problems()
        guard problems.isEmpty else { return shell.fail("not saved: " + problems.joined(separator: "; ")) }
        if let refusal = shell.tokens.problem(draft) {
            return shell.fail("not saved: \(targetModel)'s chat format refuses it: \(refusal); change the draft, or /target another model")
        }
        let total = shell.tokens.total(draft) ?? 0
        let unjudged = draft.messages.filter { $0.isAssistant && $0.judgement == .unjudged }.count
        do {
            if let line = draft.replacingLine {
                guard let fingerprint = draft.replacingFingerprint else {
                    return detachFromFile(shell, "which line it replaces cannot be checked (it was opened by an older tunesmith)")
                }
                try shell.file.replaceLine(line, expecting: fingerprint, with: TrainingExample.chat(draft.example).jsonLine)
                shell.say("example \(draft.replacingExample ?? line) replaced (\(Numbers.grouped(total)) tokens)")
            } else {
                try shell.file.append(.chat(draft.example))
                exampleCount += 1
                let goal = exampleCount <= ShellConfiguration.firstGoal ? " — \(exampleCount) of your first \(ShellConfiguration.firstGoal)" : ""
                shell.say("example \(exampleCount) saved to \(fileName(shell.configuration.datasetPath)) (\(Numbers.grouped(total)) tokens)\(goal)")
            }
        } catch let error as DatasetError where error.kind == .exampleChanged {
            return detachFromFile(shell, error.message)
        } catch {
            return shell.fail("\(error.localizedDescription); the draft is kept")
        }
        if total > limit { shell.note("it is over \(targetModel)'s limit of \(Numbers.grouped(limit)) tokens and will be truncated") }
        if unjudged > 0 { shell.note("\(Numbers.plural(unjudged, "reply")) not judged, saved as trained on") }
        draft = Draft(system: persona?.system ?? draft.system)
        awaitingReply = false
    }

    /// The opened example cannot be replaced safely: the draft stays, as a new example.
    mutating func detachFromFile(_ shell: ShellContext, _ why: String) {
        let example = draft.replacingExample.map { "example \($0)" } ?? "the example"
        draft.replacingLine = nil
        draft.replacingExample = nil
        draft.replacingFingerprint = nil
        shell.fail("\(example) not replaced: \(why). The draft is kept as a new example: /save appends it, /new discards it")
    }

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

    mutating func open(_ k: Int, _ shell: ShellContext) {
        do {
            let found = try shell.file.example(k)
            let parsed: (value: JSONValue, loneSurrogateColumn: Int?)
            switch found.bytes.withUnsafeBufferPointer({ buffer in Result { () throws(JSONSyntaxError) in try JSONParser.parseReportingLoneSurrogates(buffer) } }) {
            case .success(let value): parsed = value
            case .failure(let error):
                let column = found.bytes.withUnsafeBufferPointer { error.column(in: $0) }
                return shell.fail("example \(k) is not valid JSON (line \(found.line), column \(column): \(error.reason)); fix it in an editor (/validate lists the errors), then /open \(k) again")
            }
            if let column = parsed.loneSurrogateColumn {
                return shell.fail("example \(k) has a lone surrogate escape (line \(found.line), column \(column)), which no text can hold, so /save would change it; fix the line in an editor, then /open \(k) again")
            }
            guard case .chat(let chat) = try TrainingExample(json: parsed.value) else {
                return shell.fail("example \(k) is not a chat example; only those open in the draft")
            }
            var opened = Draft()
            var messages = chat.messages
            if messages.first?.role == .system { opened.system = messages.removeFirst().text }
            opened.messages = messages.map {
                DraftMessage(role: $0.role, text: $0.text, judgement: $0.role == .assistant ? ($0.weight == 0 ? .rejected : .kept) : .unjudged)
            }
            opened.replacingLine = found.line
            opened.replacingExample = k
            opened.replacingFingerprint = found.fingerprint
            draft = opened
            awaitingReply = false
            shell.say("example \(k) opened (\(Numbers.plural(opened.numbered.count, "message"))); /save replaces it, /new leaves it as it is")
        } catch let error as DatasetError {
            shell.fail(error.message)
        } catch {
            shell.fail("example \(k) cannot be opened: \(error)")
        }
    }

    mutating func delete(_ k: Int, _ shell: ShellContext) {
        do {
            let found = try shell.file.example(k)
            let line = found.line
            if shell.reader.isInteractive {
                guard case .line(let answer) = shell.reader.readLine(prompt: "delete example \(k)? [y/N] ", rightPrompt: nil, prefill: nil),
                    answer.lowercased().hasPrefix("y")
                else { return shell.note("kept") }
            }
            try shell.file.deleteLine(line, expecting: found.fingerprint)
            exampleCount = (try? shell.file.exampleCount()) ?? max(0, exampleCount - 1)
            if let replacing = draft.replacingLine {
                if replacing == line {
                    draft.replacingLine = nil
                    draft.replacingExample = nil
                    draft.replacingFingerprint = nil
                } else if replacing > line {
                    draft.replacingLine = replacing - 1
                    draft.replacingExample = draft.replacingExample.map { $0 - 1 }
                }
            }
            shell.say("example \(k) deleted; \(Numbers.plural(exampleCount, "example")) left")
        } catch let error as DatasetError where error.kind == .exampleChanged {
            shell.fail("example \(k) not deleted: \(error.message); /list to see the examples as they are now")
        } catch {
            shell.fail(error.localizedDescription)
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
            shell.say(Self.nextStep(after: report, of: path, shell.configuration))
        } catch {
            shell.fail(error.localizedDescription)
        }
    }

    /// What to do next, in the shell's own commands.
    static func nextStep(after report: ValidationReport, of path: String, _ configuration: ShellConfiguration) -> String {
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
            return "Ready to train\(warnings), but \(why); /split again before /train."
        case .none:
            return "Ready to train\(warnings). Next: /split to hold out a validation set, or /train now."
        }
    }

    func split(_ fraction: Double, _ shell: ShellContext) {
        do {
            let result = try DatasetSplitter(validationFraction: fraction, overwrite: true).split(path: shell.configuration.datasetPath)
            shell.say("\(Numbers.plural(result.trainCount, "example")) -> \(result.trainPath)")
            shell.say("\(Numbers.plural(result.validationCount, "example")) -> \(result.validationPath)")
            let rules = validationTarget(.training, shell)
            if result.trainCount < rules.minimumExamples {
                shell.note("\(result.trainCount) training examples are too few to train on (\(rules.provider) needs \(rules.minimumExamples)); write more, or /split with a smaller share")
            } else {
                shell.note("/train now trains on the first and validates on the second, until the dataset changes")
            }
        } catch {
            shell.fail(error.localizedDescription)
        }
    }
}
