import Foundation
import TestSupport
import Testing

@Suite(.enabled(if: RankFiles.available))
struct DatasetCommandTests {
    static let marv = TunesmithProcess.packageRoot.appendingPathComponent("examples/marv.jsonl").path

    @Test func theExampleDatasetIsReady() async throws {
        let result = try await TunesmithProcess.run(["validate", Self.marv])
        #expect(result.status == 0)
        #expect(result.stdout.contains("14 chat examples for gpt-4.1-mini (o200k_base, 65,536 tokens per example)"))
        #expect(result.stdout.contains("Ready to train"))
    }

    @Test func errorsExitOneWithLineNumbers() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("bad.jsonl")
        try Data((#"{"messages":[{"role":"user","content":"hi"}]}"# + "\nnot json\n").utf8).write(to: file)
        let result = try await TunesmithProcess.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("example_missing_assistant_message: 1 on line 1"))
        #expect(result.stdout.contains("line 2: column 1: expected a value"))
        #expect(result.stdout.contains("Not ready: fix the 3 errors above"))
    }

    @Test func usageErrorsExitTwo() async throws {
        #expect(try await TunesmithProcess.run(["validate", Self.marv, "--encoding", "cl100k_base"]).status == 2)
        #expect(try await TunesmithProcess.run(["validate", "/nonexistent.jsonl"]).status == 2)
        let unknown = try await TunesmithProcess.run(["validate", Self.marv, "--model", "llama-3"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--encoding E --max-tokens N"))
        #expect(try await TunesmithProcess.run(["validate", Self.marv, "--model", "gpt-5"]).status == 2)
    }

    @Test func jsonHasTheDocumentedKeys() async throws {
        let result = try await TunesmithProcess.run(["validate", Self.marv, "--json", "--encoding", "cl100k_base", "--max-tokens", "4096"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["file", "examples", "model", "encoding", "max_tokens_per_example", "format_errors", "error_lines",
                    "missing_system", "missing_user", "distributions", "over_limit", "billing_tokens", "epochs",
                    "charged_tokens", "estimated_cost_usd"] {
            #expect(object[key] != nil, "\(key)")
        }
        #expect(object["model"] is NSNull && object["estimated_cost_usd"] is NSNull)
        let errors = try #require(object["format_errors"] as? [String: Int])
        for name in ["data_type", "missing_messages_list", "message_missing_key", "message_unrecognized_key", "unrecognized_role",
                     "missing_content", "example_missing_assistant_message"] {
            #expect(errors[name] == 0)
        }
        let distributions = try #require(object["distributions"] as? [String: [String: Double]])
        #expect(Set(distributions.keys) == ["messages_per_example", "total_tokens_per_example", "assistant_tokens_per_example"])
        #expect(Set(distributions["total_tokens_per_example"]!.keys) == ["min", "max", "mean", "median", "p5", "p95"])
    }

    @Test func splitWritesBothFilesAndRefusesToOverwrite() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("marv.jsonl")
        try FileManager.default.copyItem(atPath: Self.marv, toPath: file.path)
        let first = try await TunesmithProcess.run(["split", file.path, "--seed", "3"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("11 examples -> \(folder.path)/marv-train.jsonl"))
        #expect(first.stdout.contains("3 examples -> \(folder.path)/marv-validation.jsonl"))
        let validation = folder.appendingPathComponent("marv-validation.jsonl").path
        let asTraining = try await TunesmithProcess.run(["validate", validation])
        #expect(asTraining.status == 1 && asTraining.stdout.contains("too_few_examples"))
        let asValidation = try await TunesmithProcess.run(["validate", validation, "--as-validation-file"])
        #expect(asValidation.status == 0 && !asValidation.stdout.contains("too_few_examples"))
        let again = try await TunesmithProcess.run(["split", file.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--force"))
        #expect(try await TunesmithProcess.run(["split", file.path, "--force", "--validation-fraction", "1.5"]).status == 2)
    }

    @Test func splitWarnsWhenTheTrainingHalfIsTooSmallForAProvider() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("eleven.jsonl")
        let line = #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Oh. You."}]}"#
        try Data((Array(repeating: line, count: 11).joined(separator: "\n") + "\n").utf8).write(to: file)
        let result = try await TunesmithProcess.run(["split", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("9 examples -> "))
        #expect(result.stderr.contains("warning: 9 training examples are too few for some providers (OpenAI needs 10); "
            + "`tunesmith split --force --validation-fraction 0.13` holds out fewer, or write 1 more, or train on the whole file"), "\(result.stderr)")
        let enough = try await TunesmithProcess.run(["split", file.path, "--force", "--validation-fraction", "0.13"])
        #expect(enough.stdout.contains("10 examples -> ") && enough.stderr.isEmpty)
    }

    @Test func chatCountsPerExampleThenTotal() async throws {
        let result = try await TunesmithProcess.run(["tokens", "--chat", Self.marv])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 15)
        let counts = lines.dropLast().map { Int($0.split(separator: " ")[0])! }
        #expect(lines.last == "\(counts.reduce(0, +)) total (14 examples, o200k_base)")
        #expect(lines.first?.hasSuffix(" line 1") == true)
    }
}
