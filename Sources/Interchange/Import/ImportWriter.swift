import Dataset
import Foundation

/// Writes an import as a JSONL file of candidate examples (every assistant weight unset),
/// atomically: the file appears whole, or not at all.
public enum ImportWriter {
    /// The source's name with `.jsonl` beside it: `conversations.json` -> `conversations.jsonl`,
    /// `logs.db` -> `logs.jsonl`; a `.jsonl` source gets `-imported.jsonl`.
    public static func defaultOutput(for source: String) -> String {
        let url = URL(fileURLWithPath: source)
        let base = url.deletingPathExtension().lastPathComponent
        let name = url.pathExtension == "jsonl" ? base + "-imported.jsonl" : base + ".jsonl"
        let folder = (source as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// Writes every conversation to `output`; refuses to replace an existing file unless
    /// `overwrite`. Nothing is written when no conversation was imported.
    public static func write(
        _ importer: ConversationImporter, to output: String, overwrite: Bool, progress: ((Int64, Int64) -> Void)? = nil
    ) throws -> ImportSummary {
        if !overwrite && FileManager.default.fileExists(atPath: output) {
            throw InterchangeError(.outputExists, "\(output) exists already; pass --force to replace it, or --out FILE.jsonl for another file")
        }
        if samePath(output, importer.path) {
            throw InterchangeError(.usage, "the output would replace the source \(importer.path); pass --out FILE.jsonl")
        }
        let file = try AtomicTextFile(path: output)
        let summary = try importer.read(progress: progress) { conversation in
            try file.writeLine(JSONWriter.string(.object(conversation.example.json)))
        }
        if summary.imported > 0 { try file.commit() }
        return summary
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
