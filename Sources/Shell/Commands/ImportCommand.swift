import Interchange

/// /import SOURCE [--from FORMAT] [--columns user=COL,assistant=COL]
struct ImportCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(
        name: "import", usage: "/import SOURCE [--from F] [--columns C]",
        summary: "queue the conversations of a ChatGPT, Claude, llm, ShareGPT, Alpaca or CSV (--columns user=COL,assistant=COL) file for review", completion: .path)
    let source: String
    let format: ImportSource?
    let columns: CSVColumns?

    init(_ arguments: CommandArguments) throws(CommandUsage) {
        var words = arguments.words[...]
        var source: String?
        var format: ImportSource?
        var columns: CSVColumns?
        while let word = words.popFirst() {
            switch word {
            case "--from":
                guard let name = words.popFirst(), let parsed = ImportSource(rawValue: name) else { throw CommandUsage(Self.self) }
                format = parsed
            case "--columns":
                guard let text = words.popFirst() else { throw CommandUsage(Self.self) }
                do { columns = try CSVColumns(parsing: text) } catch { throw CommandUsage(error.message) }
            default:
                guard source == nil else { throw CommandUsage(Self.self) }
                source = word
            }
        }
        guard let source else { throw CommandUsage(Self.self) }
        self.source = source
        self.format = format
        self.columns = columns
    }

    func run(_ session: inout Session, _ shell: ShellContext) async { session.importQueue(source, format: format, columns: columns, shell) }
}
