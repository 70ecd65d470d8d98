import Dataset
import ProviderKit

/// Together's own file rules, run locally before upload (its `files check`): every line one JSON
/// object in exactly one format with no extra top-level keys, the same format throughout;
/// messages with role and content, roles system/user/assistant, starting with system or user,
/// never the same role twice in a row, at least one assistant message, weight 0 or 1; in a
/// preference example one assistant message per output and an input that does not end with one.
public enum TogetherFileRules {
    enum Format: String {
        case conversational, instruction, text, preference
    }

    static let keys: [Format: Set<String>] = [
        .conversational: ["messages"], .instruction: ["prompt", "completion"], .text: ["text"],
        .preference: ["input", "preferred_output", "non_preferred_output"],
    ]

    /// "line N: ..." for every problem (at most `limit`).
    public static func problems(path: String, limit: Int = 100) throws -> [String] {
        var problems: [String] = []
        var fileFormat: Format?
        var examples = 0
        try JSONLReader.read(path: path) { lines in
            for line in lines where problems.count < limit {
                if line.isBlank {
                    problems.append("line \(line.number): a blank line")
                    continue
                }
                examples += 1
                let value: JSONValue
                do throws(JSONSyntaxError) { value = try JSONParser.parse(line.bytes) } catch {
                    problems.append("line \(line.number): not valid JSON (column \(error.column(in: line.bytes)): \(error.reason))")
                    continue
                }
                guard let object = value.objectValue else {
                    problems.append("line \(line.number): not a JSON object")
                    continue
                }
                let matches = keys.filter { $0.value.isSubset(of: Set(object.keys)) }.map(\.key)
                guard matches.count == 1, let format = matches.first else {
                    problems.append("line \(line.number): " + (matches.isEmpty ? "matches no format (messages; prompt and completion; text; or a preference pair)" : "matches more than one format"))
                    continue
                }
                if let extra = object.keys.first(where: { !keys[format]!.contains($0) }) {
                    problems.append("line \(line.number): the key \"\(extra)\" is not allowed in a \(format) example")
                }
                if let fileFormat, fileFormat != format {
                    problems.append("line \(line.number): a \(format) example in a \(fileFormat) file; use one format per file")
                } else {
                    fileFormat = format
                }
                for problem in problemsOf(object, format) { problems.append("line \(line.number): \(problem)") }
            }
        }
        if examples == 0 { problems.append("the file has no examples") }
        return Array(problems.prefix(limit))
    }

    static func problemsOf(_ object: JSONObject, _ format: Format) -> [String] {
        switch format {
        case .conversational:
            return messageProblems(object["messages"]?.arrayValue, requireAssistant: true)
        case .instruction:
            return object["prompt"]?.stringValue == nil || object["completion"]?.stringValue == nil ? ["prompt and completion must be strings"] : []
        case .text:
            return object["text"]?.stringValue == nil ? ["text must be a string"] : []
        case .preference:
            var problems = messageProblems(object["input"]?.objectValue?["messages"]?.arrayValue, requireAssistant: false)
            if object["input"]?.objectValue?["messages"]?.arrayValue?.last?.objectValue?["role"]?.stringValue == "assistant" {
                problems.append("the input's last message is the assistant's")
            }
            for key in ["preferred_output", "non_preferred_output"] {
                let items = object[key]?.arrayValue ?? []
                if items.count != 1 || items.first?.objectValue?["role"]?.stringValue != "assistant" {
                    problems.append("\(key) must hold exactly one assistant message")
                }
            }
            return problems
        }
    }

    static func messageProblems(_ messages: [JSONValue]?, requireAssistant: Bool) -> [String] {
        guard let messages, !messages.isEmpty else { return ["\"messages\" must be a non-empty array"] }
        var problems: [String] = []
        var previous: String?
        for (k, value) in messages.enumerated() {
            guard let message = value.objectValue, let role = message["role"]?.stringValue, message.has("content") else {
                problems.append("message \(k + 1) needs \"role\" and \"content\"")
                continue
            }
            if !["system", "user", "assistant"].contains(role) { problems.append("message \(k + 1) has role \"\(role)\"; use system, user or assistant") }
            if k == 0 && role == "assistant" { problems.append("the conversation must start with a system or user message") }
            if role == previous { problems.append("messages \(k) and \(k + 1) are both \(role); roles must alternate") }
            if let weight = message["weight"], weight != .number("0") && weight != .number("1") {
                problems.append("message \(k + 1)'s weight must be 0 or 1")
            }
            previous = role
        }
        if requireAssistant && !messages.contains(where: { $0.objectValue?["role"]?.stringValue == "assistant" }) {
            problems.append("there is no assistant message")
        }
        return problems
    }
}
