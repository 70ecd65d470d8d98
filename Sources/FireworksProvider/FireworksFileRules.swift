import Dataset
import Foundation

/// Fireworks' own dataset rules (docs.fireworks.ai fine-tuning-models and dpo-fine-tuning), run
/// locally before upload: a `.jsonl` file of 3 to 3,000,000 examples, all in one format. A chat
/// example has `messages` (roles system, user, assistant, tool; a system message only first; at
/// least one assistant reply; content a string or text and `data:` image parts; a message weight
/// of 0 or 1) and optional `tools` and sample `weight`, which then every example carries. A
/// preference example is one turn: an input without assistant replies and exactly one assistant
/// message in `preferred_output` and in `non_preferred_output`.
public enum FireworksFileRules {
    public static let minimumExamples = 3
    public static let maximumExamples = 3_000_000

    enum Format: String { case chat, preference }

    /// "line N: ..." for every problem (at most `limit`).
    public static func problems(path: String, limit: Int = 100) throws -> [String] {
        var problems: [String] = []
        if (path as NSString).pathExtension != "jsonl" {
            problems.append("the file must be named *.jsonl (Fireworks takes JSONL files only)")
        }
        var fileFormat: Format?
        var examples = 0
        var weighted: (with: Int, without: Int, firstWithout: Int?) = (0, 0, nil)
        try JSONLReader.read(path: path) { lines in
            for line in lines where !line.isBlank {
                examples += 1
                guard problems.count < limit else { continue }
                guard let object = (try? JSONParser.parse(line.bytes))?.objectValue else {
                    problems.append("line \(line.number): not a JSON object")
                    continue
                }
                let format: Format = object.has("messages") ? .chat : .preference
                if format == .preference && !object.has("input") {
                    problems.append("line \(line.number): neither \"messages\" (a conversation) nor \"input\" (a preference pair)")
                    continue
                }
                if let fileFormat, fileFormat != format {
                    problems.append("line \(line.number): a \(format.rawValue) example in a \(fileFormat.rawValue) file; use one format per file")
                } else {
                    fileFormat = format
                }
                if format == .chat {
                    if object.has("weight") {
                        weighted.with += 1
                        if object["weight"].map({ if case .number = $0 { false } else { true } }) ?? false {
                            problems.append("line \(line.number): the example's weight must be a number")
                        }
                    } else {
                        weighted.without += 1
                        if weighted.firstWithout == nil { weighted.firstWithout = line.number }
                    }
                }
                let found = format == .chat ? chatProblems(object) : preferenceProblems(object)
                problems += found.map { "line \(line.number): \($0)" }
            }
        }
        if weighted.with > 0 && weighted.without > 0, let line = weighted.firstWithout {
            problems.append("line \(line): no \"weight\", which \(weighted.with) other examples have; Fireworks wants it in every example or none")
        }
        if examples < minimumExamples {
            problems.append("the file has \(examples) examples; Fireworks needs at least \(minimumExamples)")
        } else if examples > maximumExamples {
            problems.append("the file has \(examples) examples; Fireworks takes at most \(maximumExamples) (split it)")
        }
        return Array(problems.prefix(limit))
    }

    static func chatProblems(_ object: JSONObject) -> [String] {
        guard let messages = object["messages"]?.arrayValue, !messages.isEmpty else { return ["\"messages\" must be a non-empty array"] }
        var problems: [String] = []
        for (k, value) in messages.enumerated() {
            guard let message = value.objectValue, let role = message["role"]?.stringValue else {
                problems.append("message \(k + 1) needs a \"role\"")
                continue
            }
            if !["system", "user", "assistant", "tool"].contains(role) {
                problems.append("message \(k + 1) has role \"\(role)\"; use system, user, assistant or tool")
            }
            if role == "system" && k > 0 { problems.append("message \(k + 1) is a system message; only the first message may be one") }
            problems += contentProblems(message, at: k + 1)
            if let weight = message["weight"], weight != .number("0") && weight != .number("1") {
                problems.append("message \(k + 1)'s weight must be 0 or 1")
            }
        }
        if !messages.contains(where: { $0.objectValue?["role"]?.stringValue == "assistant" }) {
            problems.append("there is no assistant message to train on")
        }
        return problems
    }

    static func contentProblems(_ message: JSONObject, at position: Int) -> [String] {
        switch message["content"] {
        case .string?: return []
        case .null?, nil:
            return message.has("tool_calls") ? [] : ["message \(position) needs \"content\""]
        case .array(let parts)?:
            var problems: [String] = []
            for part in parts {
                let object = part.objectValue
                switch object?["type"]?.stringValue {
                case "text" where object?["text"]?.stringValue != nil: continue
                case "image_url":
                    let url = object?["image_url"]?.objectValue?["url"]?.stringValue ?? ""
                    if !url.hasPrefix("data:") {
                        problems.append("message \(position) has an image that is not a base64 data: URI; Fireworks takes no image links")
                    }
                default: problems.append("message \(position)'s content parts must be {\"type\": \"text\", \"text\": ...} (or a data: image)")
                }
            }
            return problems
        default: return ["message \(position)'s content must be a string or a list of parts"]
        }
    }

    static func preferenceProblems(_ object: JSONObject) -> [String] {
        guard let messages = object["input"]?.objectValue?["messages"]?.arrayValue, !messages.isEmpty else {
            return ["\"input\" must hold a non-empty \"messages\" array"]
        }
        var problems: [String] = []
        let roles = messages.map { $0.objectValue?["role"]?.stringValue ?? "" }
        if roles.contains("assistant") || roles.filter({ $0 == "user" }).count != 1 {
            problems.append("the input must be one turn: one user message (after an optional system message), no assistant replies")
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
