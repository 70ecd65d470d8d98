import Dataset
import Foundation

/// Where conversations come from.
public enum ImportSource: String, Sendable, CaseIterable, CustomStringConvertible {
    /// ChatGPT's data export, `conversations.json`.
    case chatgpt
    /// Claude's data export, `conversations.json`.
    case claude
    /// `llm`'s `logs.db` (SQLite).
    case llm
    /// `{"conversations": [{"from", "value"}]}` rows.
    case sharegpt
    /// `{"instruction", "input", "output"}` rows.
    case alpaca
    /// A CSV file with a header row; `--columns` names the user, assistant and system columns.
    case csv

    public var description: String { rawValue }

    /// What a person calls it.
    public var title: String {
        switch self {
        case .chatgpt: "ChatGPT export"
        case .claude: "Claude export"
        case .llm: "llm logs database"
        case .sharegpt: "ShareGPT"
        case .alpaca: "Alpaca"
        case .csv: "CSV"
        }
    }

    /// Tells the format from the file's first bytes and first record: SQLite's header, a CSV
    /// name, or the keys of the first JSON object (`mapping`, `chat_messages`, `conversations`,
    /// `instruction`).
    public static func detect(path: String) throws(InterchangeError) -> ImportSource {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InterchangeError(.unreadableSource, "cannot open \(path); check the path and its permissions")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1 << 16)) ?? Data()
        if head.starts(with: Array("SQLite format 3\0".utf8)) { return .llm }
        if path.lowercased().hasSuffix(".csv") { return .csv }
        var first: JSONObject?
        do {
            _ = try JSONRecordStream.read(path: path, limit: 1) { record in first = record.value.objectValue }
        } catch {
            throw InterchangeError(.unknownFormat, "cannot tell what \(path) is (\(error.localizedDescription)); pass --from \(allCases.map(\.rawValue).joined(separator: "|"))")
        }
        guard let first else {
            throw InterchangeError(.unknownFormat, "\(path) holds no JSON object to tell its format by; pass --from \(allCases.map(\.rawValue).joined(separator: "|"))")
        }
        if first.has("mapping") { return .chatgpt }
        if first.has("chat_messages") { return .claude }
        if first.has("conversations") { return .sharegpt }
        if first.has("instruction") { return .alpaca }
        throw InterchangeError(.unknownFormat, "\(path) is JSON, but its first record (keys: \(first.keys.prefix(8).joined(separator: ", "))) is no format tunesmith knows; pass --from \(allCases.map(\.rawValue).joined(separator: "|"))")
    }
}
