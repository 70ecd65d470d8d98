import Dataset
import Foundation

/// Reads every conversation of a source, one at a time (flat memory at any size), as candidate
/// examples, and says what it skipped and left out.
public struct ConversationImporter: Sendable {
    public let path: String
    public let source: ImportSource
    public let columns: CSVColumns?

    /// `source` nil: told from the content. A CSV needs `columns`.
    public init(path: String, source: ImportSource? = nil, columns: CSVColumns? = nil) throws(InterchangeError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InterchangeError(.unreadableSource, "no such file: \(path); check the path")
        }
        guard !isFolder.boolValue else {
            throw InterchangeError(.unreadableSource, "\(path) is a folder; name the export's file (ChatGPT's and Claude's are conversations.json, llm's is logs.db)")
        }
        let format: ImportSource
        if let source { format = source } else if columns != nil { format = .csv } else { format = try ImportSource.detect(path: path) }
        if format == .csv && columns == nil {
            throw InterchangeError(.usage, "a CSV import needs to know its columns: \(CSVColumns.usage)")
        }
        if format != .csv && columns != nil {
            throw InterchangeError(.usage, "--columns is for CSV sources, and \(path) is read as \(format.title); drop --columns or pass --from csv")
        }
        self.path = path
        self.source = format
        self.columns = columns
    }

    /// Calls `body` with each conversation in the source's order.
    public func read(progress: ((Int64, Int64) -> Void)? = nil, _ body: (ImportedConversation) throws -> Void) throws -> ImportSummary {
        var summary = ImportSummary(source: source)
        func finish(_ position: RecordPosition, _ title: String?, _ builder: ConversationBuilder) throws {
            for (kind, count) in builder.leftOut { summary.leaveOut(kind, count) }
            switch builder.example() {
            case .success(let example):
                summary.imported += 1
                try body(ImportedConversation(position: position, title: title, example: example))
            case .failure(let reason):
                summary.skipped.append(SkippedRecord(position, reason.text))
            }
        }
        switch source {
        case .llm:
            try LLMLogsDatabase(path: path).read(progress: progress) { position, builder in try finish(position, nil, builder) }
        case .csv:
            try readCSV(progress: progress, skip: { summary.skipped.append($0) }, finish)
        case .chatgpt, .claude, .sharegpt, .alpaca:
            try JSONRecordStream.read(path: path, progress: progress, skip: { summary.skipped.append($0) }) { record in
                guard let object = record.value.objectValue else {
                    summary.skipped.append(SkippedRecord(record.position, "is a JSON \(record.value.typeName), not an object"))
                    return
                }
                var builder = ConversationBuilder()
                do throws(SkipReason) {
                    switch source {
                    case .chatgpt: try ChatGPTConversation.read(object, builder: &builder)
                    case .claude: try ClaudeConversation.read(object, builder: &builder)
                    case .sharegpt: try ShareGPTRecord.read(object, builder: &builder)
                    default: try AlpacaRecord.read(object, builder: &builder)
                    }
                } catch {
                    summary.skipped.append(SkippedRecord(record.position, error.text))
                    return
                }
                let title = object["title"]?.stringValue ?? object["name"]?.stringValue
                let identifier = object["id"]?.stringValue ?? object["uuid"]?.stringValue ?? object["conversation_id"]?.stringValue
                try finish(RecordPosition(index: record.position.index, line: record.position.line, identifier: identifier), title, builder)
            }
        }
        return summary
    }

    private func readCSV(
        progress: ((Int64, Int64) -> Void)?, skip: (SkippedRecord) -> Void,
        _ finish: (RecordPosition, String?, ConversationBuilder) throws -> Void
    ) throws {
        guard let columns else { return }
        var header: [String]?
        var indices: (user: Int, assistant: Int, system: Int?) = (0, 0, nil)
        var index = 0
        do {
            try CSVReader.read(path: path, progress: progress) { fields, line in
                guard let known = header else {
                    header = fields
                    func column(_ name: String) throws -> Int {
                        guard let found = fields.firstIndex(of: name) else {
                            throw InterchangeError(.usage, "\(path) has no column \"\(name)\"; its header row has \(fields.map { "\"\($0)\"" }.joined(separator: ", ")); name those in --columns")
                        }
                        return found
                    }
                    indices = (try column(columns.user), try column(columns.assistant), try columns.system.map(column))
                    return
                }
                index += 1
                let position = RecordPosition(index: index, line: line)
                let needed = [indices.user, indices.assistant, indices.system ?? 0].max()!
                guard fields.count > needed else {
                    return skip(SkippedRecord(position, "has \(fields.count) field\(fields.count == 1 ? "" : "s") where the header has \(known.count)"))
                }
                var builder = ConversationBuilder()
                if let system = indices.system { builder.add(.system, fields[system]) }
                builder.add(.user, fields[indices.user])
                builder.add(.assistant, fields[indices.assistant])
                try finish(position, nil, builder)
            }
        } catch let cut as CSVCut {
            skip(SkippedRecord(RecordPosition(index: index + 1, line: cut.line), "the file ends inside a quoted field (it was cut short, or a quote is never closed)"))
        }
        if header == nil { throw InterchangeError(.unreadableSource, "\(path) is empty; a CSV import needs a header row naming its columns") }
    }
}
