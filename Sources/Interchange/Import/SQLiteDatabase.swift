import CSQLite

/// A SQLite database opened read-only (the user's file is never changed, not even its journal),
/// and the few queries an import needs.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String

    init(readOnly path: String) throws(InterchangeError) {
        self.path = path
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            handle = nil
            throw InterchangeError(.unreadableSource, "cannot open \(path) as SQLite (\(message)); is it llm's logs.db?")
        }
    }

    deinit { sqlite3_close(handle) }

    /// SQLite's own word that this connection cannot write.
    var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Whether a table (or view) of that name exists.
    func hasTable(_ name: String) throws(InterchangeError) -> Bool {
        var found = false
        try query("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", [name]) { _ in found = true }
        return found
    }

    /// The columns of a table.
    func columns(of table: String) throws(InterchangeError) -> Set<String> {
        var names: Set<String> = []
        try query("SELECT name FROM pragma_table_info(?)", [table]) { row throws(InterchangeError) in if let name = try row.text(0) { names.insert(name) } }
        return names
    }

    /// Runs `sql` with text parameters and calls `body` for each row.
    func query(_ sql: String, _ parameters: [String] = [], _ body: (SQLiteRow) throws(InterchangeError) -> Void) throws(InterchangeError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw failure("cannot read") }
        defer { sqlite3_finalize(statement) }
        for (k, parameter) in parameters.enumerated() {
            sqlite3_bind_text(statement, Int32(k + 1), parameter, -1, csqlite_transient())
        }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw failure("cannot read") }
            try body(SQLiteRow(statement: statement))
        }
    }

    private func failure(_ what: String) -> InterchangeError {
        InterchangeError(.unreadableSource, "\(what) \(path): \(String(cString: sqlite3_errmsg(handle))); is it llm's logs.db, and not open for writing elsewhere?")
    }
}

/// One row of a query, valid only inside the query's body.
struct SQLiteRow {
    let statement: OpaquePointer?

    /// The column's text; a text that is not UTF-8 is an error, never U+FFFD in its place.
    func text(_ column: Int32) throws(InterchangeError) -> String? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let bytes = sqlite3_column_text(statement, column) else { return nil }
        guard let text = String(validatingCString: UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self)) else {
            let name = sqlite3_column_name(statement, column).map { String(cString: $0) } ?? "column \(column + 1)"
            throw InterchangeError(.unreadableSource, "a row's \(name) is not valid UTF-8, so it cannot be imported as it is; repair the database (sqlite3's .recover) or export the conversation from llm again")
        }
        return text
    }

    func integer(_ column: Int32) -> Int? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(statement, column))
    }
}
