import CSQLite
import Dataset
import Foundation
@testable import Interchange
import Testing

/// Every import source, from fixtures scripts/generate-interchange-fixtures.py wrote from each
/// format's documented schema, against what that script says an import must give.
struct ImportTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path

    struct Expected: Decodable {
        let format: String
        let columns: String?
        let conversations: [[[String]]]
        let skipped: [[Expectation]]
        let left_out: [String: Int]

        enum Expectation: Decodable {
            case index(Int), reason(String)
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Int.self) { self = .index(number) } else { self = .reason(try container.decode(String.self)) }
            }
        }
    }

    static let expected: [String: Expected] = {
        let data = FileManager.default.contents(atPath: folder + "/expected.json")!
        return try! JSONDecoder().decode([String: Expected].self, from: data)
    }()

    static func run(_ name: String) throws -> ([ImportedConversation], ImportSummary) {
        let expectation = expected[name]!
        let importer = try ConversationImporter(path: folder + "/" + name, columns: try expectation.columns.map { try CSVColumns(parsing: $0) })
        var conversations: [ImportedConversation] = []
        let summary = try importer.read { conversations.append($0) }
        return (conversations, summary)
    }

    @Test(arguments: ["chatgpt.json", "chatgpt-truncated.json", "claude.json", "sharegpt.jsonl", "alpaca.json", "conversations.csv", "logs.db", "logs-parts.db"])
    func importGivesWhatTheFormatDocuments(name: String) throws {
        let expectation = try #require(Self.expected[name])
        let (conversations, summary) = try Self.run(name)
        #expect(summary.source.rawValue == expectation.format)
        #expect(conversations.map { $0.example.messages.map { [$0.role.rawValue, $0.text] } } == expectation.conversations)
        #expect(conversations.allSatisfy { $0.example.messages.allSatisfy { $0.weight == nil } }, "weights stay unset")
        #expect(summary.imported == expectation.conversations.count)
        #expect(summary.skipped.count == expectation.skipped.count, "\(summary.skipped)")
        for (skipped, expected) in zip(summary.skipped, expectation.skipped) {
            guard case .index(let index) = expected[0], case .reason(let reason) = expected[1] else { continue }
            #expect(skipped.position.index == index, "\(skipped)")
            #expect(skipped.reason.contains(reason), "\(skipped) should say \(reason)")
        }
        #expect(Dictionary(uniqueKeysWithValues: summary.leftOut.map { ($0.key.rawValue, $0.value) }) == expectation.left_out)
    }

    @Test func lineFormatsNameTheLineOfEachSkippedRecord() throws {
        let (_, summary) = try Self.run("sharegpt.jsonl")
        #expect(summary.skipped.map(\.position.line) == [2, 3, 4])
        let (_, csv) = try Self.run("conversations.csv")
        // Record 2 spans two lines, so record 3 starts on line 6.
        #expect(csv.skipped.map(\.position.line) == [6, 7])
    }

    @Test func theLogsDatabaseIsOpenedReadOnlyAndLeftUntouched() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("interchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: copy) }
        let path = copy.path + "/logs.db"
        try FileManager.default.copyItem(atPath: Self.folder + "/logs-parts.db", toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        _ = try ConversationImporter(path: path).read { _ in }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: copy.path) == ["logs.db"], "no journal or WAL beside it")
        // Root ignores the 0444 above, so ask SQLite itself how the connection was opened.
        #expect(try SQLiteDatabase(readOnly: path).isReadOnly)
    }

    /// Text in another encoding is refused with its place, never imported with U+FFFD in it.
    @Test func textThatIsNotUTF8IsRefusedNotReplaced() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("interchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: copy) }
        let csv = copy.path + "/latin1.csv"
        try Data("user,assistant\nHi,Hello\nCaf".utf8 + [0xE9] + Data("?,Yes\n".utf8)).write(to: URL(fileURLWithPath: csv))
        #expect { try ConversationImporter(path: csv, columns: try CSVColumns(parsing: "user=user,assistant=assistant")).read { _ in } } throws: { error in
            (error as? InterchangeError)?.message.contains("field 1 of the record on line 3 of \(csv) is not valid UTF-8") == true
        }
        let database = copy.path + "/logs.db"
        try FileManager.default.copyItem(atPath: Self.folder + "/logs.db", toPath: database)
        var handle: OpaquePointer?
        #expect(sqlite3_open(database, &handle) == SQLITE_OK)
        #expect(sqlite3_exec(handle, "UPDATE responses SET prompt = CAST(X'436166E9' AS TEXT)", nil, nil, nil) == SQLITE_OK)
        sqlite3_close(handle)
        #expect { try ConversationImporter(path: database).read { _ in } } throws: { error in
            (error as? InterchangeError)?.message.contains("a row's prompt is not valid UTF-8") == true
        }
    }

    @Test func aSourceThatIsNoKnownFormatSaysWhatToPass() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("odd-\(UUID().uuidString).json")
        try Data(#"[{"hello": 1}]"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect { try ConversationImporter(path: file.path) } throws: { error in
            (error as? InterchangeError)?.message.contains("pass --from chatgpt|claude|llm|sharegpt|alpaca|csv") == true
        }
        #expect(throws: InterchangeError.self) { try ConversationImporter(path: Self.folder + "/conversations.csv") }
    }

    @Test func aBigArrayStreamsOneElementAtATime() throws {
        // 20,000 conversations in one array; each arrives whole, in order, with its line.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        var text = "[\n"
        for k in 0..<20_000 {
            text += (k > 0 ? ",\n" : "") + #"{"instruction": "Say \"\#(k)\" [once], {please}", "input": "", "output": "\#(k)"}"#
        }
        text += "\n]\n"
        try Data(text.utf8).write(to: file)
        var seen = 0
        let summary = try ConversationImporter(path: file.path).read { conversation in
            #expect(conversation.example.messages.last?.text == String(seen))
            #expect(conversation.position.line == seen + 2)
            seen += 1
        }
        #expect(summary.imported == 20_000 && summary.skipped.isEmpty)
    }

    @Test func theWriterRefusesToOverwriteAndWritesNothingWhenNothingImports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.path + "/out.jsonl"
        let importer = try ConversationImporter(path: Self.folder + "/claude.json")
        let summary = try ImportWriter.write(importer, to: out, overwrite: false)
        #expect(summary.imported == 2)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == #"{"messages":[{"role":"user","content":"Summarise the file."},{"role":"assistant","content":"It says hello."}]}"#)
        #expect(throws: InterchangeError.self) { try ImportWriter.write(importer, to: out, overwrite: false) }
        #expect(ImportWriter.defaultOutput(for: "/x/conversations.json") == "/x/conversations.jsonl")
        #expect(ImportWriter.defaultOutput(for: "logs.db") == "logs.jsonl")
        let empty = folder.path + "/empty.json"
        try Data(#"[{"instruction": "x"}]"#.utf8).write(to: URL(fileURLWithPath: empty))
        let none = try ImportWriter.write(try ConversationImporter(path: empty), to: folder.path + "/none.jsonl", overwrite: false)
        #expect(none.imported == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/none.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["empty.json", "out.jsonl"], "no temporary file left")
    }
}
