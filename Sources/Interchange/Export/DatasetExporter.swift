import Dataset
import Foundation

/// Writes a dataset in a trainer's own shape into a folder, with what the trainer needs to start
/// and a README giving the one command. The folder is built beside its place and renamed into it,
/// so it appears whole or not at all.
public enum DatasetExporter {
    public static func export(_ request: ExportRequest) throws -> ExportResult {
        guard request.trainer.methods.contains(request.method) else {
            let others = ExportTrainer.allCases.filter { $0.methods.contains(request.method) }.map(\.rawValue).joined(separator: ", ")
            let why = request.trainer == .axolotl
                ? "Axolotl's KTO formats are fixed chatml or llama3 prompts rather than the model's own chat template"
                : "\(request.trainer.title) trains \(request.trainer.methods.map(\.rawValue).joined(separator: ", ")) only"
            throw InterchangeError(.usage, "\(why); export --method \(request.method) with --to \(others), or pick --method \(request.trainer.methods.map(\.rawValue).joined(separator: "|"))")
        }
        if FileManager.default.fileExists(atPath: request.folder) && !request.overwrite {
            throw InterchangeError(.outputExists, "\(request.folder) exists already; pass --force to replace it, or --out DIR for another folder")
        }
        let input = try ExportInput.read(request)
        var notes: [String] = []
        var rows: [JSONObject] = []
        switch request.method {
        case .sft: rows = sftRows(input, request.trainer, &notes)
        case .dpo: rows = input.pairs.map { TrainerRows.dpo($0.pair, for: request.trainer) }
        case .kto: rows = ktoRows(input, request.trainer, &notes)
        }
        if !input.passedOver.isEmpty {
            let kind = request.method == .dpo ? "preference pairs" : "chat examples"
            notes.append("\(lineList(input.passedOver)) of the input \(input.passedOver.count == 1 ? "is" : "are") not \(kind) and \(input.passedOver.count == 1 ? "was" : "were") left out (`tunesmith validate` says why)")
        }
        guard !rows.isEmpty else {
            throw InterchangeError(.nothingToExport, "nothing to export for \(request.method): \(request.method == .kto ? "no judged replies (weight 1 or 0; /keep or /reject them in the shell)" : request.method == .dpo ? "no preference pairs" : "no chat examples") in \(request.method == .dpo ? ExportInput.preferencePath(of: request.datasetPath) : request.datasetPath)")
        }
        let family = ModelFamily(model: request.model)
        var files: [(String, String)] = []
        var command: String
        let lines = rows.map { JSONWriter.string(.object($0)) }
        switch request.trainer {
        case .axolotl:
            files = [("train.jsonl", jsonl(lines))] + TrainerConfigs.axolotl(model: request.model, method: request.method)
            command = "axolotl train axolotl.yaml"
        case .trl:
            files = [("train.jsonl", jsonl(lines))]
            command = TrainerConfigs.trlCommand(model: request.model, method: request.method)
            files.append(("train.sh", "#!/bin/sh\n# Written by tunesmith export. Several GPUs: accelerate launch $(which trl) \(request.method) ...\n" + command))
        case .unsloth:
            files = [("train.jsonl", jsonl(lines)), ("train.py", TrainerConfigs.unsloth(model: request.model, method: request.method, family: family))]
            command = "python train.py"
        case .mlx:
            let (train, valid) = mlxSplit(lines, &notes)
            files = [("train.jsonl", jsonl(train)), ("valid.jsonl", jsonl(valid)), ("lora_config.yaml", TrainerConfigs.mlx(model: request.model, examples: train.count))]
            command = "mlx_lm.lora --config lora_config.yaml"
        case .llamaFactory:
            let template = family.llamaFactoryTemplate ?? "default"
            if family.llamaFactoryTemplate == nil {
                notes.append("tunesmith does not know LLaMA-Factory's template name for \(request.model): train.yaml says `template: default`; set the model's template there")
            }
            files = [("train.jsonl", jsonl(lines))]
                + TrainerConfigs.llamaFactory(model: request.model, method: request.method, template: template, hasTools: rows.contains { $0.has("tools") },
                                              callsTools: rows.contains(where: TrainerRows.callsTools))
            command = "llamafactory-cli train train.yaml"
        }
        files.append(("README.md", readme(request, command: command, rows: rows.count, notes: notes)))
        try writeFolder(request.folder, files, overwrite: request.overwrite)
        return ExportResult(folder: request.folder, files: files.map(\.0), rows: rows.count, notes: notes, command: command)
    }

    private static func jsonl(_ lines: [String]) -> String { lines.map { $0 + "\n" }.joined() }

    private static func sftRows(_ input: ExportInput, _ trainer: ExportTrainer, _ notes: inout [String]) -> [JSONObject] {
        var rows: [JSONObject] = []
        var untrainedContext: [Int] = []
        var manyReplies: [Int] = []
        var withToolCalls: [Int] = []
        for (line, example) in input.chats {
            if trainer == .llamaFactory && example.messages.contains(where: { $0.toolCalls != nil || $0.role == .tool }) {
                withToolCalls.append(line)
            }
            if example.messages.contains(where: { $0.role == .assistant && $0.weight == 0 }) { untrainedContext.append(line) }
            if example.messages.filter({ $0.role == .assistant }).count > 1 { manyReplies.append(line) }
            rows.append(TrainerRows.sft(example, for: trainer))
        }
        if !withToolCalls.isEmpty {
            notes.append("\(lineList(withToolCalls)) call tools, so dataset_info.json uses LLaMA-Factory's `openai` formatting, which reads tool_calls and tool messages as function_call and observation turns (a LLaMA-Factory older than that formatting refuses the dataset: update it)")
        }
        if !untrainedContext.isEmpty {
            switch trainer {
            case .axolotl: break  // "training": false keeps them as context
            case .mlx:
                notes.append("\(lineList(untrainedContext)) hold a reply with weight 0: MLX-LM's mask_prompt trains only each conversation's last message, so a weight-0 reply is context unless it is last (then it trains); --to axolotl masks exactly")
            default:
                notes.append("\(lineList(untrainedContext)) hold a reply with weight 0, which \(trainer.title) cannot mask turn by turn: it trains every assistant reply; --to axolotl keeps them as context only")
            }
        }
        if trainer == .mlx && !manyReplies.isEmpty {
            notes.append("\(lineList(manyReplies)) have several replies: with mask_prompt MLX-LM trains only the last one (set mask_prompt: false to train on whole conversations, prompts included)")
        }
        return rows
    }

    /// Every judged reply is a row: the conversation before it as the prompt, the reply as the
    /// completion, kept (weight 1) true and rejected (weight 0) false. A reply no one judged (no
    /// weight) says nothing either way and is left out, with a note.
    private static func ktoRows(_ input: ExportInput, _ trainer: ExportTrainer, _ notes: inout [String]) -> [JSONObject] {
        var rows: [JSONObject] = []
        var labels: [Bool] = []
        var unjudgedLines: [Int] = []
        for (line, example) in input.chats {
            for (k, message) in example.messages.enumerated() where message.role == .assistant {
                guard let weight = message.weight else {
                    if unjudgedLines.last != line { unjudgedLines.append(line) }
                    continue
                }
                labels.append(weight != 0)
                rows.append(TrainerRows.kto(prompt: Array(example.messages[..<k]), completion: message, label: weight != 0, for: trainer))
            }
        }
        if !unjudgedLines.isEmpty {
            notes.append("\(lineList(unjudgedLines)) hold replies no one judged (no weight), left out of KTO: /open K in the shell and /keep or /reject them")
        }
        let rejected = labels.filter { !$0 }.count
        if !labels.isEmpty && (rejected == 0 || rejected == labels.count) {
            notes.append("every reply is \(rejected == 0 ? "kept" : "rejected"): KTO learns from both kinds; /reject (or /keep) some replies in the shell first")
        }
        return rows
    }

    /// MLX-LM needs a validation file: every tenth example goes there (at least one).
    private static func mlxSplit(_ lines: [String], _ notes: inout [String]) -> ([String], [String]) {
        if lines.count == 1 {
            notes.append("one example only: valid.jsonl repeats it, since MLX-LM needs a validation set")
            return (lines, lines)
        }
        var train: [String] = []
        var valid: [String] = []
        for (k, line) in lines.enumerated() {
            if k % 10 == 9 || (lines.count < 10 && k == lines.count - 1) { valid.append(line) } else { train.append(line) }
        }
        return (train, valid)
    }

    private static func readme(_ request: ExportRequest, command: String, rows: Int, notes: [String]) -> String {
        var text = """
            # \(request.trainer.title) \(request.method.rawValue.uppercased()) export

            Written by `tunesmith export \((request.datasetPath as NSString).lastPathComponent) --to \(request.trainer.rawValue) --method \(request.method.rawValue) --model \(request.model)`: \(rows) row\(rows == 1 ? "" : "s").

            Run in this folder:

            ```sh
            \(command)
            ```

            """
        switch request.trainer {
        case .axolotl:
            text += "\nOn several GPUs or nodes, the same config: `accelerate launch -m axolotl.cli.train axolotl.yaml` (DeepSpeed ZeRO-3 from `deepspeed_zero3.json`). Replies with weight 0 are `\"training\": false`: context, not trained.\n"
        case .trl:
            text += "\nOn several GPUs: `accelerate launch $(which trl) \(request.method.rawValue) ...` with the same arguments. TRL trains every assistant reply (a reply with weight 0 too).\n"
        case .unsloth:
            text += "\nUnsloth trains on one GPU. Every assistant reply trains (a reply with weight 0 too).\n"
        case .mlx:
            text += "\nOn Apple silicon. `train.jsonl` and `valid.jsonl` (every tenth example). With `mask_prompt: true` only each conversation's last message trains.\n"
        case .llamaFactory:
            text += "\n`dataset_info.json` holds the `tunesmith` entry `train.yaml` names. LLaMA-Factory trains every assistant reply (a reply with weight 0 too).\n"
        }
        if !notes.isEmpty { text += "\nNotes:\n\n" + notes.map { "- " + $0 }.joined(separator: "\n") + "\n" }
        return text
    }

    /// Writes the files into a new folder beside `folder`, then swaps it into place.
    private static func writeFolder(_ folder: String, _ files: [(String, String)], overwrite: Bool) throws {
        let manager = FileManager.default
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = folder + ".tunesmith-\(ProcessInfo.processInfo.processIdentifier)-\(random).tmp"
        do {
            try manager.createDirectory(atPath: temporary, withIntermediateDirectories: true)
            for (name, text) in files {
                try Data(text.utf8).write(to: URL(fileURLWithPath: temporary + "/" + name))
                if name.hasSuffix(".sh") { try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: temporary + "/" + name) }
            }
            if manager.fileExists(atPath: folder) {
                guard overwrite else { throw InterchangeError(.outputExists, "\(folder) exists already; pass --force to replace it") }
                let old = temporary + ".old"
                try manager.moveItem(atPath: folder, toPath: old)
                try manager.moveItem(atPath: temporary, toPath: folder)
                try? manager.removeItem(atPath: old)
            } else {
                try manager.moveItem(atPath: temporary, toPath: folder)
            }
        } catch let error as InterchangeError {
            try? manager.removeItem(atPath: temporary)
            throw error
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw InterchangeError(.fileSystem, "cannot write \(folder): \(error.localizedDescription); check the folder's permissions and free space (nothing was changed)")
        }
    }
}
