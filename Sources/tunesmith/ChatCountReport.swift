import Dataset
import Tokenizers

/// `tokens --chat FILE`: one "COUNT line N" per example, then the total; lines that are not
/// examples are named on stderr and make the command fail after the totals.
struct ChatCountReport {
    let encoding: Encoding
    let path: String

    func print(into out: inout OutputBuffer) throws {
        var total = 0
        var examples = 0
        var problems: [String] = []
        try ExampleCounter(encoding: encoding).countLines(path: path) { count in
            if let tokens = count.tokens {
                out.write("\(tokens) line \(count.line)\n")
                total += tokens
                examples += 1
            } else {
                problems.append("\(path): line \(count.line): \(count.problem ?? "not an example")")
            }
        }
        out.write("\(total) total (\(examples) example\(examples == 1 ? "" : "s"), \(encoding.name))\n")
        if !problems.isEmpty {
            out.flush()
            throw CommandFailure(
                problems.prefix(20).joined(separator: "\n") + "\n\(problems.count) line\(problems.count == 1 ? " was" : "s were") not counted; see `tunesmith validate \(ShellQuoting.path(path))`")
        }
    }
}
