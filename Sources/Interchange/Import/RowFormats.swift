import Dataset

/// ShareGPT rows: `{"conversations": [{"from": "human"|"gpt"|"system", "value": "..."}]}` (also
/// `user`/`assistant`; `function_call` and `observation` turns, the tool calls and results of
/// ShareGPT's tool variant, are left out and counted).
enum ShareGPTRecord {
    static func read(_ record: JSONObject, builder: inout ConversationBuilder) throws(SkipReason) {
        guard let turns = record["conversations"]?.arrayValue else { throw SkipReason("has no \"conversations\" array (not a ShareGPT row)") }
        for (k, item) in turns.enumerated() {
            guard let turn = item.objectValue, let from = turn["from"]?.stringValue else {
                throw SkipReason("turn \(k + 1) has no \"from\" string")
            }
            guard let value = turn["value"]?.stringValue else { throw SkipReason("turn \(k + 1) has no \"value\" string") }
            switch from {
            case "human", "user": builder.add(.user, value)
            case "gpt", "assistant", "chatgpt", "bing", "bard": builder.add(.assistant, value)
            case "system": builder.add(.system, value)
            case "function_call": builder.leaveOut(.toolCall)
            case "observation", "tool": builder.leaveOut(.toolResult)
            default: throw SkipReason("turn \(k + 1) is from \"\(from)\"; ShareGPT's speakers are human, gpt and system")
            }
        }
    }
}

/// Alpaca rows: `{"instruction", "input"?, "output", "system"?}`; the user turn is the
/// instruction, then the input (when not empty) after a blank line, as Alpaca's prompt puts it.
enum AlpacaRecord {
    static func read(_ record: JSONObject, builder: inout ConversationBuilder) throws(SkipReason) {
        guard let instruction = record["instruction"]?.stringValue else { throw SkipReason("has no \"instruction\" string (not an Alpaca row)") }
        guard let output = record["output"]?.stringValue else { throw SkipReason("has no \"output\" string") }
        if let system = record["system"]?.stringValue { builder.add(.system, system) }
        let input = record["input"]?.stringValue ?? ""
        builder.add(.user, input.isEmpty ? instruction : instruction + "\n\n" + input)
        builder.add(.assistant, output)
    }
}
