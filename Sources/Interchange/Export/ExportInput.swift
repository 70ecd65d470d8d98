import Dataset
import Foundation

/// The examples an export reads: the chat examples of the dataset (SFT, KTO), or the preference
/// pairs beside it (DPO), each with its line number.
struct ExportInput {
    var chats: [(line: Int, example: ChatExample)] = []
    var pairs: [(line: Int, pair: PreferenceExample)] = []
    /// Lines that are not the kind the method reads, or not examples at all.
    var passedOver: [Int] = []

    /// The preference file of a dataset: `marv.jsonl` -> `marv.preference.jsonl` (the file itself
    /// when it is one).
    static func preferencePath(of path: String) -> String {
        if path.hasSuffix(".preference.jsonl") { return path }
        return (path.hasSuffix(".jsonl") ? String(path.dropLast(6)) : path) + ".preference.jsonl"
    }

    static func read(_ request: ExportRequest) throws -> ExportInput {
        let path = request.method == .dpo ? preferencePath(of: request.datasetPath) : request.datasetPath
        guard FileManager.default.fileExists(atPath: path) else {
            if request.method == .dpo {
                throw InterchangeError(.nothingToExport, "no preference pairs: \(path) does not exist; /edit a reply and /prefer in the shell to make pairs")
            }
            throw InterchangeError(.nothingToExport, "no such file: \(path); check the path")
        }
        var input = ExportInput()
        try JSONLReader.read(path: path) { lines in
            for line in lines where !line.isBlank {
                guard let value = try? JSONParser.parse(line.bytes), let example = try? TrainingExample(json: value) else {
                    input.passedOver.append(line.number)
                    continue
                }
                switch (example, request.method) {
                case (.chat(let chat), .sft), (.chat(let chat), .kto): input.chats.append((line.number, chat))
                case (.preference(let pair), .dpo): input.pairs.append((line.number, pair))
                default: input.passedOver.append(line.number)
                }
            }
        }
        return input
    }

    /// A message as trainers read it: role, content, and tool fields; no weight (each trainer
    /// has its own way of saying what trains) and none of tunesmith's extra keys.
    static func message(_ message: ChatMessage) -> JSONObject {
        var plain = message
        plain.weight = nil
        plain.extra = []
        return plain.json
    }
}

/// "lines 3, 7 and 12" (at most 10 named).
func lineList(_ lines: [Int]) -> String {
    let shown = lines.prefix(10).map(String.init)
    let more = lines.count > 10 ? " and \(lines.count - 10) more" : ""
    if shown.count == 1 { return "line \(shown[0])" }
    return "lines " + (more.isEmpty ? shown.dropLast().joined(separator: ", ") + " and " + shown.last! : shown.joined(separator: ", ") + more)
}
