import Dataset

/// Reads a dataset into evaluation cases: each chat example's trained assistant turns (weight 1
/// or none) with the conversation before them; a preference example's input with its preferred
/// reply. Turns whose reference is a tool call, and legacy prompt/completion lines, have no text
/// to compare and are counted as skipped.
public enum CaseReader {
    public struct CaseSet: Sendable {
        public var cases: [EvalCase]
        /// Turns or lines that could not be compared (tool calls, legacy completions).
        public var skipped: Int
    }

    /// A broken line is an error naming its line number, as `tunesmith validate` would.
    public static func read(path: String, turns: TurnSelection) throws -> CaseSet {
        var set = CaseSet(cases: [], skipped: 0)
        var example = 0
        do {
            try JSONLReader.read(path: path) { lines in
                for line in lines where !line.isBlank {
                    example += 1
                    let parsed: TrainingExample
                    do {
                        parsed = try TrainingExample(json: try JSONParser.parse(line.bytes))
                    } catch let error as JSONSyntaxError {
                        throw EvaluationError(.badExample, "line \(line.number), column \(error.column(in: line.bytes)): \(error.reason); "
                            + "fix the line (`tunesmith validate \(ShellQuoting.path(path))` lists every problem)")
                    } catch {
                        throw EvaluationError(.badExample, "line \(line.number): \(error.localizedDescription); "
                            + "fix the line (`tunesmith validate \(ShellQuoting.path(path))` lists every problem)")
                    }
                    cases(of: parsed, hash: line.fingerprint.sha256, example: example, line: line.number, turns: turns, into: &set)
                }
            }
        } catch let error as EvaluationError {
            throw error
        } catch {
            throw EvaluationError(.badExample, "\(error.localizedDescription)")
        }
        return set
    }

    static func cases(of example: TrainingExample, hash: String, example number: Int, line: Int, turns: TurnSelection, into set: inout CaseSet) {
        switch example {
        case .chat(let chat):
            var found: [EvalCase] = []
            for (k, message) in chat.messages.enumerated() where message.role == .assistant && (message.weight ?? 1) == 1 {
                guard message.toolCalls == nil || message.toolCalls == .null, message.content != nil else {
                    set.skipped += 1
                    continue
                }
                found.append(EvalCase(exampleHash: hash, example: number, line: line, turn: k + 1, messages: Array(chat.messages[..<k]),
                                      tools: chat.tools, reference: message.text))
            }
            if turns == .last, let last = found.last { found = [last] }
            set.cases += found
        case .preference(let pair):
            set.cases.append(EvalCase(exampleHash: hash, example: number, line: line, turn: pair.input.messages.count + 1,
                                      messages: pair.input.messages, tools: pair.input.tools, reference: pair.preferred.text))
        case .completion:
            set.skipped += 1
        }
    }
}
