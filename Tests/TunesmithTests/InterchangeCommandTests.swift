import Foundation
import Testing

/// `tunesmith import` and `tunesmith export` as a person runs them: exit codes and messages.
@Suite(.timeLimit(.minutes(5)))
struct InterchangeCommandTests {
    let folder: URL
    let environment: [String: String]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("interchange-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = ["HOME": folder.path, "XDG_STATE_HOME": folder.path + "/state", "XDG_CONFIG_HOME": folder.path + "/config",
                       "XDG_CACHE_HOME": folder.path + "/cache"]
        try Data(#"[{"instruction":"Hi","input":"","output":"Hello"},{"instruction":"No reply"}]"#.utf8)
            .write(to: folder.appendingPathComponent("alpaca.json"))
    }

    @Test func importWritesCandidatesAndASummaryAndRefusesToOverwrite() async throws {
        let first = try await TunesmithProcess.run(["import", "alpaca.json"], environment: environment, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("1 conversation imported from the Alpaca"))
        #expect(first.stdout.contains("1 record skipped:\n  1 has no \"output\" string"))
        #expect(first.stderr.contains("skipped record 2 (line 1): has no \"output\" string"))
        #expect(try String(contentsOf: folder.appendingPathComponent("alpaca.jsonl"), encoding: .utf8)
                == #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}"# + "\n")
        let again = try await TunesmithProcess.run(["import", "alpaca.json"], environment: environment, in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("alpaca.jsonl exists already; pass --force to replace it"))
        let missing = try await TunesmithProcess.run(["import", "nope.json"], environment: environment, in: folder)
        #expect(missing.status == 1 && missing.stderr.contains("no such file: nope.json; check the path"))
        let csv = try await TunesmithProcess.run(["import", "alpaca.json", "--from", "csv"], environment: environment, in: folder)
        #expect(csv.status == 2 && csv.stderr.contains("--columns user=COLUMN,assistant=COLUMN"))
        let badFormat = try await TunesmithProcess.run(["import", "alpaca.json", "--from", "bard"], environment: environment, in: folder)
        #expect(badFormat.status == 2 && badFormat.stderr.contains("--from is one of chatgpt, claude, llm, sharegpt, alpaca, csv"))
    }

    @Test func exportWritesTheFolderAndRefusesWhatTheTrainerCannotDo() async throws {
        _ = try await TunesmithProcess.run(["import", "alpaca.json", "--out", "data.jsonl"], environment: environment, in: folder)
        let export = try await TunesmithProcess.run(["export", "data.jsonl", "--to", "axolotl"], environment: environment, in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("1 row for Axolotl SFT written to data-axolotl-sft: train.jsonl, axolotl.yaml, deepspeed_zero3.json, README.md"))
        #expect(export.stdout.contains("run there: axolotl train axolotl.yaml"))
        let again = try await TunesmithProcess.run(["export", "data.jsonl", "--to", "axolotl"], environment: environment, in: folder)
        #expect(again.status == 1 && again.stderr.contains("data-axolotl-sft exists already; pass --force"))
        let mlx = try await TunesmithProcess.run(["export", "data.jsonl", "--to", "mlx", "--method", "dpo"], environment: environment, in: folder)
        #expect(mlx.status == 2 && mlx.stderr.contains("MLX-LM trains sft only"))
        let dpo = try await TunesmithProcess.run(["export", "data.jsonl", "--to", "trl", "--method", "dpo"], environment: environment, in: folder)
        #expect(dpo.status == 1 && dpo.stderr.contains("no preference pairs"))
        let unknown = try await TunesmithProcess.run(["export", "data.jsonl", "--to", "keras"], environment: environment, in: folder)
        #expect(unknown.status == 2 && unknown.stderr.contains("--to is one of trl, axolotl, unsloth, mlx, llama-factory"))
    }
}
