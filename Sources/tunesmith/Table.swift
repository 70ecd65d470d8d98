import Dataset
import Foundation
import Shell

/// Plain aligned columns for list commands (greppable: one row per line). Cells are a server's
/// words (ids, names, statuses), so they are shown neutralised.
struct Table {
    let header: [String]
    let rows: [[String]]

    init(_ header: [String], _ rows: [[String]]) {
        self.header = header
        self.rows = rows.map { $0.map(TerminalSafeText.neutralized) }
    }

    func print() {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        var out = OutputBuffer()
        for row in all {
            let cells = row.enumerated().map { k, cell in k == row.count - 1 ? cell : cell.padding(toLength: widths[k], withPad: " ", startingAt: 0) }
            out.write(cells.joined(separator: "  ") + "\n")
        }
        out.flush()
    }

    static func date(_ date: Date?) -> String {
        date.map { utc($0, "yyyy-MM-dd HH:mm") } ?? ""
    }

    /// A date in UTC, in a fixed pattern (the same on every machine).
    static func utc(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}

/// `--json`: the server's own objects.
enum JSONOutput {
    static func print(_ value: JSONValue?) {
        Swift.print(JSONWriter.string(value ?? .null))
    }

    static func printList(_ items: [JSONValue?]) {
        print(.object(JSONObject([.init("object", .string("list")), .init("data", .array(items.map { $0 ?? .null })), .init("has_more", .bool(false))])))
    }
}
