import Foundation
import TestSupport
import Testing

/// `validate` and `render` for open models, end to end: the files come from ../shared laid out as a
/// Hugging Face cache. Expected figures are transformers' `apply_chat_template(..., tokenize=True)`.
@Suite(.enabled(if: TestTokenizers.available))
struct OpenModelCommandTests {
    static let marv = TunesmithProcess.packageRoot.appendingPathComponent("examples/marv.jsonl").path

    func environment() throws -> [String: String] {
        var environment = TunesmithProcess.environment
        environment["HF_HUB_CACHE"] = try TestTokenizers.folder() + "/hub"
        return environment
    }

    @Test func validateCountsWhatTheTrainerSees() async throws {
        let result = try await TunesmithProcess.run(["validate", Self.marv, "--model", "Qwen/Qwen3-8B", "--json"], environment: try environment())
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // transformers: [61, 59, 54, 68, 65, 68, 61, 65, 60, 76, 59, 61, 58, 57], 872 in all.
        #expect(report["billing_tokens"] as? Int == 872)
        #expect(report["encoding"] as? String == "Qwen/Qwen3-8B chat template")
        #expect(report["max_tokens_per_example"] as? Int == 40_960)
        #expect(report["epochs"] as? Int == 1, "Together's default, not OpenAI's auto")
        let tokens = try #require((report["distributions"] as? [String: Any])?["total_tokens_per_example"] as? [String: Any])
        #expect(tokens["min"] as? Int == 54)
        #expect(tokens["max"] as? Int == 76)
    }

    @Test func aTemplatesRefusalIsAnErrorOnItsLineInItsWords() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("tools.jsonl")
        let twoCalls = #"{"messages":[{"role":"user","content":"Weather in Paris and Rome?"},{"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"name":"weather","arguments":"{\"city\":\"Paris\"}"}},{"id":"b","type":"function","function":{"name":"weather","arguments":"{\"city\":\"Rome\"}"}}]},{"role":"tool","tool_call_id":"a","content":"sunny"},{"role":"tool","tool_call_id":"b","content":"rain"},{"role":"assistant","content":"Paris is sunny; Rome is wet."}]}"#
        let marv = try String(contentsOfFile: Self.marv, encoding: .utf8).split(separator: "\n").prefix(2).joined(separator: "\n")
        try (marv + "\n" + twoCalls + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try await TunesmithProcess.run(["validate", file.path, "--model", "meta-llama/Llama-3.1-8B-Instruct"], environment: try environment())
        #expect(result.status == 1)
        #expect(result.stdout.contains("chat_template_refused: 1 on line 3"), "\(result.stdout)")
        #expect(result.stdout.contains("line 3: the chat template refused this conversation (its line 71): This model only supports single tool-calls at once!"))
        let rendered = try await TunesmithProcess.run(["render", file.path, "--model", "meta-llama/Llama-3.1-8B-Instruct", "--json-lines"], environment: try environment())
        #expect(rendered.status == 1)
        let lines = rendered.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        #expect(lines[2]?["line"] as? Int == 3)
        #expect((lines[2]?["error"] as? String)?.contains("single tool-calls") == true)
        #expect(rendered.stderr.contains("1 example could not be rendered"))
    }

    @Test func renderPrintsTheIdsTheTrainerSees() async throws {
        let result = try await TunesmithProcess.run(["render", Self.marv, "--model", "Qwen/Qwen3-8B", "--json-lines", "--example", "1"], environment: try environment())
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // transformers' ids for the first Marv example.
        let expected = [151644, 8948, 198, 12061, 85, 374, 264, 59901, 6236, 6331, 429, 374, 1083, 82267, 292, 13, 151645, 198, 151644, 872, 198,
                        3838, 594, 279, 49837, 1459, 315, 3015, 518, 9396, 2188, 30, 151645, 198, 151644, 77091, 198, 151667, 271, 151668, 271, 16, 15,
                        15, 12348, 61347, 13, 730, 7066, 642, 16852, 614, 1012, 10282, 419, 6234, 504, 498, 13, 151645, 198]
        #expect(object["ids"] as? [Int] == expected)
        #expect(object["tokens"] as? Int == 61)
        #expect(object["line"] as? Int == 1)
        // The reply trains: everything the template writes for it after its header `<|im_start|>assistant\n`
        // (ids 34-36), the empty think block and `<|im_end|>\n` included, as a completion-only trainer masks it.
        #expect(object["trained"] as? Int == expected.count - 37, "\(object["trained"] ?? "none")")
        #expect((object["text"] as? String)?.hasPrefix("<|im_start|>system\nMarv") == true)

        let plain = try await TunesmithProcess.run(["render", Self.marv, "--model", "Qwen/Qwen3-8B", "--example", "1"], environment: try environment())
        #expect(plain.stdout.hasPrefix("line 1: 61 tokens, "), "\(plain.stdout)")
        #expect(!plain.stdout.contains("\u{1B}["), "plain in a pipe")

        let openAI = try await TunesmithProcess.run(["render", Self.marv, "--model", "gpt-4.1-mini"], environment: try environment())
        #expect(openAI.status == 1)
        #expect(openAI.stderr.contains("tunesmith tokens --chat FILE --model M"))
    }
}
