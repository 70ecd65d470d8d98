import Dataset

/// Words that start with one `-` and are no option of ours. The argument parser would read
/// `-dash.jsonl` as the short flags -d -a -s -h, and -h prints the help; a file with such a name
/// belongs after `--`.
enum DashedWords {
    /// Throws a usage error (exit 2) for the first such word before a `--`.
    static func check(_ arguments: [String]) throws {
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        guard let word = arguments[..<end].first(where: isMistakenOption) else { return }
        let others = arguments.filter { $0 != word }.map(ShellQuoting.quoted)
        let fixed = (["tunesmith"] + others + ["--", ShellQuoting.quoted(word)]).joined(separator: " ")
        throw CommandFailure("unknown option \(ShellQuoting.quoted(word)); a file whose name starts with - goes after --: `\(fixed)` "
                             + "(or write it \(ShellQuoting.path(word)))", exitCode: 2)
    }

    /// The hint for an option the parser does not know.
    static let unknownOptionHint = "a file whose name starts with - goes after --, e.g. `tunesmith validate -- -data.jsonl`"

    static func isMistakenOption(_ word: String) -> Bool {
        word.hasPrefix("-") && !word.hasPrefix("--") && word.count > 1 && word != "-h" && Double(word) == nil
    }
}
