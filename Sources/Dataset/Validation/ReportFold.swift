import Tokenizers

/// Folds line outcomes, in line order, into a report: the parts that need order or the whole file
/// (the file's format, duplicates, system prompts, distributions) live here.
struct ReportFold {
    let target: ValidationTarget
    let file: String
    private var format: TrainingFormat?
    private var examples = 0
    private var counts: [Category: Int] = [:]
    private var findings: [Category: [Finding]] = [:]
    private var lastLineNoNewline: Int?
    private var missingSystem = 0
    private var missingUser = 0
    private var messages = Distribution()
    private var totalTokens = Distribution()
    private var assistantTokens = Distribution()
    private var overLimit = 0
    private var billingTokens = 0
    private var seenExact: [ContentHash: Int] = [:]
    private var seenNear: [ContentHash: Int] = [:]
    private var systemPrompts: [ContentHash: (count: Int, first: Int, lines: [Int])] = [:]
    private var systemPromptOrder: [ContentHash] = []

    init(target: ValidationTarget, file: String) {
        self.target = target
        self.file = file
    }

    private mutating func record(_ category: Category, line: Int, _ detail: String) {
        counts[category, default: 0] += 1
        var list = findings[category, default: []]
        let distinctLines = Set(list.map(\.line)).count
        if distinctLines < ValidationReport.maximumLinesPerCategory || list.last?.line == line {
            list.append(Finding(line: line, category: category, detail: detail))
            findings[category] = list
        }
    }

    mutating func add(_ line: JSONLLine, _ outcome: LineOutcome?) {
        if line.hadByteOrderMark { record(.byteOrderMark, line: line.number, "the file starts with a UTF-8 byte order mark") }
        if line.hadCarriageReturn { record(.carriageReturn, line: line.number, "the line ends in \\r\\n") }
        if !line.endsWithNewline && !line.bytes.isEmpty { lastLineNoNewline = line.number }
        guard var outcome else {
            if line.endsWithNewline || !line.bytes.isEmpty { record(.blankLine, line: line.number, "the line is blank") }
            return
        }
        examples += 1
        reconcileFormat(&outcome)
        for problem in outcome.problems { record(problem.category, line: outcome.line, problem.detail) }
        if let key = outcome.exactKey {
            if let first = seenExact[key] {
                record(.exactDuplicate, line: outcome.line, "the same as line \(first)")
            } else {
                seenExact[key] = outcome.line
            }
        }
        guard let figures = outcome.figures else { return }
        if let first = seenNear[figures.nearKey], seenExact[outcome.exactKey!] == outcome.line {
            record(.nearDuplicate, line: outcome.line, "nearly the same as line \(first)")
        } else if seenNear[figures.nearKey] == nil {
            seenNear[figures.nearKey] = outcome.line
        }
        if !figures.hasSystem { missingSystem += 1 }
        if !figures.hasUser { missingUser += 1 }
        if let prompt = figures.systemPrompt { notePrompt(prompt, line: outcome.line) }
        messages.add(figures.messages)
        totalTokens.add(figures.totalTokens)
        assistantTokens.add(figures.assistantTokens)
        if figures.totalTokens > target.maxTokensPerExample {
            overLimit += 1
            record(.overTokenLimit, line: outcome.line, "\(figures.totalTokens) tokens, over the limit of \(target.maxTokensPerExample)")
        }
        billingTokens += min(target.maxTokensPerExample, figures.totalTokens)
    }

    /// The file's format is its first example's; a line in another one is an error of its own
    /// (in a chat file, a line without "messages" is what OpenAI's check calls it).
    private mutating func reconcileFormat(_ outcome: inout LineOutcome) {
        guard outcome.exactKey != nil else { return }  // not an object: data_type already
        if format == nil { format = outcome.format ?? .chat }
        let lineFormat = outcome.format ?? .chat
        guard lineFormat != format else { return }
        outcome.figures = nil
        switch format! {
        case .chat:
            outcome.problems = [(.missingMessagesList, "\"messages\" is missing (the line looks like a \(lineFormat) example)")]
        case .preference, .completion:
            outcome.problems = outcome.format == nil
                ? [(format == .preference ? .invalidPreference : .invalidCompletion, "the line is not a \(format!) example")]
                : [(.mixedFormats, "a \(lineFormat) example in a \(format!) file")]
        }
    }

    private mutating func notePrompt(_ prompt: String, line: Int) {
        let key = ContentHash(prompt)
        if var entry = systemPrompts[key] {
            entry.count += 1
            if entry.lines.count < ValidationReport.maximumLinesPerCategory { entry.lines.append(line) }
            systemPrompts[key] = entry
        } else if systemPrompts.count < 10_000 {
            systemPrompts[key] = (1, line, [line])
            systemPromptOrder.append(key)
        }
    }

    mutating func finish() -> ValidationReport {
        if let line = lastLineNoNewline { record(.noFinalNewline, line: line, "the last line has no newline") }
        if examples < target.minimumExamples && target.purpose == .training {
            record(.tooFewExamples, line: 0, "\(examples) example\(examples == 1 ? "" : "s"); \(target.provider) needs at least \(target.minimumExamples)")
        }
        // Every prompt but the most common one varies (ties: the first seen wins).
        if systemPrompts.count > 1, let common = systemPromptOrder.max(by: { systemPrompts[$0]!.count < systemPrompts[$1]!.count || (systemPrompts[$0]!.count == systemPrompts[$1]!.count && systemPrompts[$0]!.first > systemPrompts[$1]!.first) }) {
            var varying: [(Int, Int)] = []
            for key in systemPromptOrder where key != common {
                for line in systemPrompts[key]!.lines { varying.append((line, systemPrompts[key]!.first)) }
            }
            let commonLine = systemPrompts[common]!.first
            for (line, _) in varying.sorted(by: { $0.0 < $1.0 }) {
                record(.systemPromptVaries, line: line, "differs from the system prompt of most examples (as on line \(commonLine))")
            }
        }
        let cost = target.purpose == .validation ? nil : target.trainingPricePerMillion.map { $0 * Double(target.epochs(forExamples: examples) * billingTokens) / 1e6 }
        var report = ValidationReport(
            file: file, format: format ?? .chat, examples: examples, model: target.model, countedWith: target.counting.name,
            maxTokensPerExample: target.maxTokensPerExample, counts: counts,
            findings: findings.mapValues { $0.sorted { $0.line < $1.line } },
            missingSystem: missingSystem, missingUser: missingUser,
            messagesPerExample: messages.summary, totalTokensPerExample: totalTokens.summary,
            assistantTokensPerExample: assistantTokens.summary, overLimit: overLimit, billingTokens: billingTokens,
            epochs: target.epochs(forExamples: examples), estimatedCostUSD: cost, purpose: target.purpose)
        if target.defaultEpochs != nil { report.epochsRule = "\(target.provider)'s default" }
        return report
    }
}
