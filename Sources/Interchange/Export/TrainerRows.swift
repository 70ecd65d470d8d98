import Dataset

/// One dataset row in each trainer's documented shape. The facts relied on, from each trainer's
/// own documentation:
/// - TRL (huggingface/trl, docs/source/dataset_formats.md): conversational language modeling is
///   `{"messages": [{role, content}]}` (with `tools` beside it); conversational preference is
///   `{"prompt": [messages], "chosen": [assistant], "rejected": [assistant]}`; unpaired preference
///   (KTO) is `{"prompt": [messages], "completion": [assistant], "label": bool}`. Unsloth trains
///   with TRL's trainers, so its rows are the same.
/// - Axolotl (docs/dataset-formats/conversation.qmd, docs/rlhf.qmd): `type: chat_template` reads
///   `messages`; `message_field_training: training` names a per-message boolean that overrides
///   `roles_to_train`, so `"training": false` keeps a reply as context only. DPO's
///   `chat_template.default` reads `{"messages", "chosen": {role, content}, "rejected": {...}}`.
/// - MLX-LM (mlx_lm/LORA.md): `train.jsonl` and `valid.jsonl` of `{"messages": [...]}` (and
///   `tools`); `mask_prompt` trains only the last message.
/// - LLaMA-Factory (data/README.md): sharegpt formatting with OpenAI-style tags reads
///   `{"messages": [{role, content}]}`, a first `system` message as the system prompt; ranking
///   (DPO) rows add `"chosen"` and `"rejected"` messages; KTO rows add a boolean `kto_tag` column.
enum TrainerRows {
    static func sft(_ example: ChatExample, for trainer: ExportTrainer) -> JSONObject {
        var messages: [JSONValue] = []
        for message in example.messages {
            var object = ExportInput.message(message)
            if trainer == .axolotl && message.role == .assistant {
                object["training"] = .bool(message.weight != 0)
            }
            messages.append(.object(object))
        }
        if trainer == .llamaFactory { messages = messages.map(Self.argumentsAsObjects) }
        var row = JSONObject([.init("messages", .array(messages))])
        if let tools = example.tools {
            row["tools"] = trainer == .llamaFactory ? .string(JSONWriter.string(tools)) : tools
        }
        return row
    }

    /// Whether a row's messages call tools or answer a call.
    static func callsTools(_ row: JSONObject) -> Bool {
        row["messages"]?.arrayValue?.contains { $0.objectValue?["tool_calls"] != nil || $0.objectValue?["role"] == .string("tool") } ?? false
    }

    /// LLaMA-Factory's function_call turns carry arguments as an object (its tool-call datasets
    /// do, and its formatter writes them out with json.dumps); OpenAI's format has a JSON string.
    static func argumentsAsObjects(_ message: JSONValue) -> JSONValue {
        guard var object = message.objectValue, let calls = object["tool_calls"]?.arrayValue else { return message }
        object["tool_calls"] = .array(calls.map { call in
            guard var call = call.objectValue, var function = call["function"]?.objectValue,
                let text = function["arguments"]?.stringValue, let parsed = try? JSONParser.parse(text), parsed.objectValue != nil
            else { return call }
            function["arguments"] = parsed
            call["function"] = .object(function)
            return .object(call)
        })
        return .object(object)
    }

    static func dpo(_ pair: PreferenceExample, for trainer: ExportTrainer) -> JSONObject {
        let prompt = JSONValue.array(pair.input.messages.map { .object(ExportInput.message($0)) })
        let chosen = JSONValue.object(ExportInput.message(pair.preferred))
        let rejected = JSONValue.object(ExportInput.message(pair.nonPreferred))
        switch trainer {
        case .axolotl, .llamaFactory:
            return JSONObject([.init("messages", prompt), .init("chosen", chosen), .init("rejected", rejected)])
        default:
            return JSONObject([.init("prompt", prompt), .init("chosen", .array([chosen])), .init("rejected", .array([rejected]))])
        }
    }

    static func kto(prompt: [ChatMessage], completion: ChatMessage, label: Bool, for trainer: ExportTrainer) -> JSONObject {
        let before = prompt.map { JSONValue.object(ExportInput.message($0)) }
        let reply = JSONValue.object(ExportInput.message(completion))
        if trainer == .llamaFactory {
            return JSONObject([.init("messages", .array(before + [reply])), .init("label", .bool(label))])
        }
        return JSONObject([.init("prompt", .array(before)), .init("completion", .array([reply])), .init("label", .bool(label))])
    }
}
