import Dataset
import Foundation
import Interchange
import TestSupport
import Testing
import Tokenizers

/// Each trainer's files against its documented schema (the facts are listed on `TrainerRows`),
/// round trips, and the rendered text and trained tokens equal to what `tunesmith render` shows.
struct ExportTests {
    static let examples = [
        #"{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello."}]}"#,
        #"{"messages":[{"role":"user","content":"Capital of France?"},{"role":"assistant","content":"Lyon.","weight":0},{"role":"user","content":"Sure?"},{"role":"assistant","content":"Paris.","weight":1}]}"#,
        #"{"messages":[{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}],"tools":[{"type":"function","function":{"name":"add","parameters":{"type":"object","properties":{}}}}]}"#,
    ]
    static let pair = #"{"input":{"messages":[{"role":"user","content":"Capital of France?"}]},"preferred_output":[{"role":"assistant","content":"Paris."}],"non_preferred_output":[{"role":"assistant","content":"Lyon."}]}"#

    /// A folder holding data.jsonl and data.preference.jsonl.
    static func dataset() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data((examples.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/data.jsonl"))
        try Data((pair + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/data.preference.jsonl"))
        return folder
    }

    static func rows(_ path: String) throws -> [JSONObject] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { try #require(try JSONParser.parse(String($0)).objectValue) }
    }

    static func export(_ folder: String, _ trainer: ExportTrainer, _ method: ExportMethod = .sft) throws -> ExportResult {
        try DatasetExporter.export(ExportRequest(datasetPath: folder + "/data.jsonl", trainer: trainer, method: method))
    }

    @Test func axolotlMarksEveryReplyWithItsTrainingFieldAndNamesItInTheConfig() throws {
        let folder = try Self.dataset()
        let result = try Self.export(folder, .axolotl)
        #expect(result.files == ["train.jsonl", "axolotl.yaml", "deepspeed_zero3.json", "README.md"])
        let rows = try Self.rows(result.folder + "/train.jsonl")
        let training = rows[1]["messages"]!.arrayValue!.compactMap { $0.objectValue?["training"] }
        #expect(training == [.bool(false), .bool(true)])
        #expect(rows[2]["tools"] != nil)
        let config = try String(contentsOfFile: result.folder + "/axolotl.yaml", encoding: .utf8)
        for line in ["base_model: \"Qwen/Qwen3-8B\"", "chat_template: tokenizer_default", "type: chat_template", "field_messages: messages",
                     "message_field_training: training", "roles_to_train: [\"assistant\"]", "adapter: lora", "deepspeed: deepspeed_zero3.json"] {
            #expect(config.contains(line), "axolotl.yaml lacks \(line)")
        }
        let deepspeed = try JSONParser.parse(String(contentsOfFile: result.folder + "/deepspeed_zero3.json", encoding: .utf8))
        #expect(deepspeed.objectValue?["zero_optimization"]?.objectValue?["stage"] == .number("3"))
        #expect(result.notes.isEmpty)
        let readme = try String(contentsOfFile: result.folder + "/README.md", encoding: .utf8)
        #expect(readme.contains("axolotl train axolotl.yaml") && readme.contains("accelerate launch"))
    }

    @Test(arguments: [ExportTrainer.trl, .unsloth, .mlx, .llamaFactory])
    func otherTrainersGetPlainMessagesAndANoteForWeightZero(trainer: ExportTrainer) throws {
        let folder = try Self.dataset()
        let result = try Self.export(folder, trainer)
        var rows = try Self.rows(result.folder + "/train.jsonl")
        if trainer == .mlx { rows += try Self.rows(result.folder + "/valid.jsonl") }
        #expect(rows.count == (trainer == .llamaFactory ? 3 : 3))
        for row in rows {
            #expect(Set(row.keys).isSubset(of: ["messages", "tools"]))
            for message in row["messages"]!.arrayValue! { #expect(Set(message.objectValue!.keys).isSubset(of: ["role", "content"])) }
        }
        #expect(result.notes.contains { $0.contains("line 2") && $0.contains("weight 0") }, "\(result.notes)")
        switch trainer {
        case .trl:
            #expect(result.command.hasPrefix("trl sft --model_name_or_path Qwen/Qwen3-8B --dataset_name . "))
        case .unsloth:
            let script = try String(contentsOfFile: result.folder + "/train.py", encoding: .utf8)
            #expect(script.contains("FastLanguageModel.from_pretrained(\"Qwen/Qwen3-8B\"") && script.contains("response_part=\"<|im_start|>assistant\\n\""))
        case .mlx:
            #expect(result.files.contains("valid.jsonl"))
            let config = try String(contentsOfFile: result.folder + "/lora_config.yaml", encoding: .utf8)
            #expect(config.contains("data: \".\"") && config.contains("mask_prompt: true") && config.contains("fine_tune_type: lora"))
        case .llamaFactory:
            let info = try JSONParser.parse(String(contentsOfFile: result.folder + "/dataset_info.json", encoding: .utf8)).objectValue!["tunesmith"]!.objectValue!
            #expect(info["file_name"] == .string("train.jsonl") && info["formatting"] == .string("sharegpt"))
            #expect(info["columns"]?.objectValue?["tools"] == .string("tools"))
            #expect(info["tags"]?.objectValue?["assistant_tag"] == .string("assistant"))
            #expect(rows[2]["tools"]?.stringValue != nil, "LLaMA-Factory reads tools as a JSON string")
            let config = try String(contentsOfFile: result.folder + "/train.yaml", encoding: .utf8)
            #expect(config.contains("template: qwen3") && config.contains("dataset: tunesmith") && config.contains("stage: sft"))
        default: break
        }
    }

    /// Tool calls reach LLaMA-Factory through its `openai` formatting (OpenAIDatasetConverter):
    /// the call becomes a function_call turn whose arguments are an object, the tool's answer an
    /// observation.
    @Test func llamaFactoryKeepsToolCallsThroughItsOpenAIFormatting() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let call = #"{"messages":[{"role":"user","content":"2+3?"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"add","arguments":"{\"a\":2,\"b\":3}"}}]},{"role":"tool","tool_call_id":"c1","content":"5"},{"role":"assistant","content":"5"}],"tools":[{"type":"function","function":{"name":"add","parameters":{"type":"object","properties":{}}}}]}"#
        try Data((Self.examples[0] + "\n" + call + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/data.jsonl"))
        let result = try Self.export(folder, .llamaFactory)
        let rows = try Self.rows(result.folder + "/train.jsonl")
        #expect(rows.count == 2, "no example is left out")
        let messages = try #require(rows[1]["messages"]?.arrayValue)
        let function = messages[1].objectValue?["tool_calls"]?.arrayValue?.first?.objectValue?["function"]?.objectValue
        #expect(function?["name"] == .string("add"))
        #expect(function?["arguments"]?.objectValue?["a"] == .number("2"), "arguments as an object, as LLaMA-Factory's datasets have them")
        #expect(messages[2].objectValue?["role"] == .string("tool"))
        let info = try JSONParser.parse(String(contentsOfFile: result.folder + "/dataset_info.json", encoding: .utf8)).objectValue!["tunesmith"]!.objectValue!
        #expect(info["formatting"] == .string("openai"))
        #expect(info["tags"]?.objectValue?["observation_tag"] == .string("tool") && info["tags"]?.objectValue?["function_tag"] == .string("function_call"))
        #expect(info["columns"]?.objectValue?["tools"] == .string("tools"))
        #expect(result.notes.contains { $0.hasPrefix("line 2 call tools, so dataset_info.json uses LLaMA-Factory's `openai` formatting") }, "\(result.notes)")
    }

    @Test func dpoAndKTORowsTakeEachTrainersShape() throws {
        let folder = try Self.dataset()
        let trl = try Self.rows(try Self.export(folder, .trl, .dpo).folder + "/train.jsonl")
        #expect(trl.map(\.keys) == [["prompt", "chosen", "rejected"]])
        #expect(trl[0]["chosen"]?.arrayValue?.first?.objectValue?["content"] == .string("Paris."))
        let axolotl = try Self.rows(try Self.export(folder, .axolotl, .dpo).folder + "/train.jsonl")
        #expect(axolotl.map(\.keys) == [["messages", "chosen", "rejected"]])
        #expect(axolotl[0]["rejected"]?.objectValue?["content"] == .string("Lyon."))
        // Only judged replies (weight 1 or 0) are KTO rows; the unjudged ones are named in a note.
        let ktoExport = try Self.export(folder, .trl, .kto)
        let kto = try Self.rows(ktoExport.folder + "/train.jsonl")
        #expect(kto.map { $0["label"] } == [.bool(false), .bool(true)])
        #expect(kto.count == 2 && kto[1]["prompt"]?.arrayValue?.count == 3, "the conversation before the reply")
        #expect(ktoExport.notes.contains { $0.hasPrefix("lines 1 and 3 hold replies no one judged (no weight), left out of KTO") }, "\(ktoExport.notes)")
        let factory = try Self.export(folder, .llamaFactory, .kto)
        #expect(try Self.rows(factory.folder + "/train.jsonl").allSatisfy { $0.keys == ["messages", "label"] })
        #expect(try String(contentsOfFile: factory.folder + "/dataset_info.json", encoding: .utf8).contains(#""kto_tag":"label""#))
        #expect { try Self.export(folder, .mlx, .dpo) } throws: { ($0 as? InterchangeError)?.kind == .usage }
        #expect { try Self.export(folder, .axolotl, .kto) } throws: { ($0 as? InterchangeError)?.kind == .usage }
    }

    @Test func anExistingFolderIsReplacedOnlyWithForce() throws {
        let folder = try Self.dataset()
        let first = try Self.export(folder, .trl)
        #expect { try Self.export(folder, .trl) } throws: { ($0 as? InterchangeError)?.kind == .outputExists }
        let again = try DatasetExporter.export(ExportRequest(datasetPath: folder + "/data.jsonl", trainer: .trl, overwrite: true))
        #expect(again.folder == first.folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["data-trl-sft", "data.jsonl", "data.preference.jsonl"])
    }

    /// Import -> export -> read back: the conversations come through every trainer's rows unchanged.
    @Test(arguments: ExportTrainer.allCases)
    func importedConversationsRoundTripThroughEachTrainer(trainer: ExportTrainer) throws {
        let folder = try Self.dataset()
        let importer = try ConversationImporter(path: ImportTests.folder + "/sharegpt.jsonl")
        _ = try ImportWriter.write(importer, to: folder + "/data.jsonl", overwrite: true)
        let original = try Self.rows(folder + "/data.jsonl").map { try ChatExample(json: $0) }
        let result = try Self.export(folder, trainer)
        var rows = try Self.rows(result.folder + "/train.jsonl")
        if trainer == .mlx { rows += try Self.rows(result.folder + "/valid.jsonl") }
        let back = try rows.map { try ChatExample(json: Self.readBack($0, trainer).0) }
        #expect(back.map { $0.messages.map(\.role) } == original.map { $0.messages.map(\.role) })
        #expect(back.map { $0.messages.map(\.text) } == original.map { $0.messages.map(\.text) })
    }

    /// A row as its trainer reads it, in tunesmith's terms: Axolotl's `training: false` is weight 0,
    /// LLaMA-Factory's tools string is the tools.
    static func readBack(_ row: JSONObject, _ trainer: ExportTrainer) throws -> (JSONObject, JSONValue?) {
        var row = row
        var messages: [JSONValue] = []
        for message in row["messages"]?.arrayValue ?? [] {
            var object = message.objectValue!
            if object["training"] == .bool(false) { object["weight"] = .number("0") }
            object["training"] = nil
            messages.append(.object(object))
        }
        row["messages"] = .array(messages)
        var tools = row["tools"]
        if let text = tools?.stringValue { tools = try JSONParser.parse(text) }
        row["tools"] = tools
        return (row, tools)
    }

    static func render(_ format: ChatFormat, messages: [JSONValue], tools: JSONValue?) throws -> RenderedTokens {
        try format.tokens(RenderedCounting.request(messages: messages.map { $0.objectValue! }, tools: tools))
    }

    /// What `tunesmith render --model Qwen/Qwen3-8B` shows for the original lines (the same
    /// request RenderCommand builds) equals the exported rows read back and rendered: ids, and
    /// which tokens train. Axolotl keeps weight 0 exactly; the others have no per-turn mask, so
    /// the row holding a weight-0 reply is the one the notes name, and every other row is equal.
    @Test(.enabled(if: TestTokenizers.available), arguments: ExportTrainer.allCases)
    func exportedRowsRenderAsRenderShowsTheOriginals(trainer: ExportTrainer) throws {
        let tokenizers = try TestTokenizers.folder()
        let locator = TokenizerLocator(environment: ["HF_HUB_CACHE": tokenizers + "/hub", "HOME": tokenizers])
        let repo = "Qwen/Qwen3-8B"
        let location = try #require(try locator.locateLocally(repo))
        let format = try ChatFormat.load(repo: repo, tokenizer: try TokenizerFiles.load(location.folder), locator: locator)
        let folder = try Self.dataset()
        let originals = try Self.rows(folder + "/data.jsonl")
        let result = try Self.export(folder, trainer)
        var rows = try Self.rows(result.folder + "/train.jsonl")
        if trainer == .mlx { rows = try Self.rows(result.folder + "/train.jsonl") + Self.rows(result.folder + "/valid.jsonl") }
        #expect(rows.count == originals.count)
        for (k, (original, row)) in zip(originals, rows).enumerated() {
            let expected = try Self.render(format, messages: original["messages"]!.arrayValue!, tools: original["tools"])
            let (back, tools) = try Self.readBack(row, trainer)
            let rendered = try Self.render(format, messages: back["messages"]!.arrayValue!, tools: tools)
            #expect(rendered.ids == expected.ids, "row \(k + 1): the text differs from render's")
            let hasWeightZero = original["messages"]!.arrayValue!.contains { $0.objectValue?["weight"] == .number("0") }
            if trainer == .axolotl || !hasWeightZero {
                #expect(rendered.trains == expected.trains, "row \(k + 1): trained tokens differ from render's")
            } else {
                #expect(rendered.trains != expected.trains)
                #expect(result.notes.contains { $0.contains("line \(k + 1)") })
            }
        }
        // Preference pairs: prompt + chosen renders as render shows the pair.
        if trainer.methods.contains(.dpo) {
            let dpo = try Self.rows(try Self.export(folder, trainer, .dpo).folder + "/train.jsonl")[0]
            let pair = try JSONParser.parse(Self.pair).objectValue!
            let expected = try Self.render(format, messages: pair["input"]!.objectValue!["messages"]!.arrayValue! + pair["preferred_output"]!.arrayValue!, tools: nil)
            let prompt = dpo["messages"]?.arrayValue ?? dpo["prompt"]!.arrayValue!
            let chosen = dpo["chosen"]!.arrayValue ?? [dpo["chosen"]!]
            #expect(try Self.render(format, messages: prompt + chosen, tools: nil) == expected)
        }
    }
}
