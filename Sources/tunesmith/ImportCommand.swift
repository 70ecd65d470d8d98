import ArgumentParser
import Dataset
import Foundation
import Interchange
import Shell

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn conversations from ChatGPT, Claude, llm, ShareGPT, Alpaca or CSV into candidate examples.",
        discussion: """
            Writes every conversation as a chat example with its assistant weights unset, then a summary: \
            conversations imported, records skipped (each named with its position and reason on stderr) and \
            messages left out (hidden system messages, tool calls and results, non-text parts). The output \
            is SOURCE's name with .jsonl beside it unless --out; an existing file is never replaced without \
            --force (imports are reviewed, then /save'd into a dataset: `/import SOURCE` in the shell). \
            The file appears whole or not at all. Exit status 1 when nothing could be imported.
            """
    )

    @Argument(help: "ChatGPT's or Claude's conversations.json, llm's logs.db, a ShareGPT or Alpaca JSON/JSONL file, or a CSV file.",
              completion: .file())
    var source: String

    @Option(help: ArgumentHelp("The source's format (default: told from its content).", valueName: ImportSource.allCases.map(\.rawValue).joined(separator: "|")),
            completion: .list(ImportSource.allCases.map(\.rawValue)), transform: Self.format)
    var from: ImportSource?

    @Option(help: ArgumentHelp("CSV only: which header columns hold the turns.", valueName: "user=COL,assistant=COL[,system=COL]"))
    var columns: String?

    @Option(help: ArgumentHelp("The JSONL file to write (default: SOURCE's name with .jsonl).", valueName: "file"), completion: .file(extensions: ["jsonl"]))
    var out: String?

    @Flag(help: "Replace the output file when it exists.")
    var force = false

    static func format(_ text: String) throws -> ImportSource {
        guard let format = ImportSource(rawValue: text.lowercased()) else {
            throw ValidationError("--from is one of \(ImportSource.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }

    func run() async throws {
        let importer: ConversationImporter
        do {
            importer = try ConversationImporter(path: source, source: from, columns: try columns.map { try CSVColumns(parsing: $0) })
        } catch let error as InterchangeError {
            throw CommandFailure(error.message, exitCode: error.kind == .usage ? 2 : 1)
        }
        let output = out ?? ImportWriter.defaultOutput(for: source)
        let progress = ProgressLine("importing \((source as NSString).lastPathComponent)")
        let summary = try ImportWriter.write(importer, to: output, overwrite: force) { progress.update($0, $1) }
        progress.finish()
        for skipped in summary.skipped.prefix(50) { Terminal.writeError("tunesmith: skipped \(TerminalSafeText.neutralized(skipped.description))\n") }
        if summary.skipped.count > 50 { Terminal.writeError("tunesmith: … and \(summary.skipped.count - 50) more skipped records\n") }
        for line in summary.lines { print(line) }
        guard summary.imported > 0 else {
            throw CommandFailure("nothing imported from \(source), so nothing was written; check --from (\(summary.source.rawValue) was used)")
        }
        print("written to \(output); to review them one by one instead, `/import \(ShellQuoting.path(source))` in the shell")
    }
}
