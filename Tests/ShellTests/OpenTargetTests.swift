import Dataset
import Foundation
import Shell
import TestSupport
import Testing

/// The shell with an open model as its target: every count is the model's chat template rendered
/// and tokenized. Expected figures are transformers' `apply_chat_template(..., tokenize=True)`
/// lengths for the same messages (Qwen3-8B and Llama 3.1's templates, as ../shared ships them).
@Suite(.enabled(if: TestTokenizers.available))
struct OpenTargetTests {
    @Test func theDraftIsCountedAsItsTemplateRendersIt() async throws {
        let harness = try await ShellHarness.make(online: false)
        let reader = ScriptedReader([
            "/system Marv is sarcastic.", "Is it raining?", "/reply Look outside. I'm a chatbot.", "/tokens",
            "Will it snow?", "/undo", "/target meta-llama/Llama-3.1-8B-Instruct", "/tokens", "/save",
        ], interactive: true)
        try await harness.run(reader, target: "Qwen/Qwen3-8B")
        let text = harness.output.text
        #expect(text.contains("target Qwen/Qwen3-8B (Qwen/Qwen3-8B chat template, 40,960/example)"), "\(text)")
        // transformers: 38 tokens for Qwen3, 55 for Llama 3.1 (its system header adds the dates).
        #expect(text.contains("total              38  of 40,960 for Qwen/Qwen3-8B"), "\(text)")
        #expect(text.contains("each message as the chat template renders it"))
        #expect(reader.prompts.contains("#1 3 msgs 38 tok> "), "\(reader.prompts)")
        // The typed line adds what rendering it as the next user turn adds: 43 - 38.
        #expect(reader.rightPrompts[4] == "+5 tok", "\(reader.rightPrompts)")
        #expect(text.contains("total              55  of 131,072 for meta-llama/Llama-3.1-8B-Instruct"), "\(text)")
        #expect(text.contains("example 1 saved to train.jsonl (55 tokens)"), "\(text)")
        #expect(try harness.lines().count == 1)
    }

    @Test func anUnknownOpenModelIsRefusedWithWhatToDo() async throws {
        let harness = try await ShellHarness.make(online: false)
        let reader = ScriptedReader(["/target acme/not-a-model", "/target gpt-4.1-mini"])
        let shell = try await harness.run(reader, target: "Qwen/Qwen3-8B")
        #expect(harness.output.errors.contains("tunesmith tokenizers fetch acme/not-a-model"), "\(harness.output.errors)")
        #expect(harness.output.text.contains("target gpt-4.1-mini: o200k_base"))
        _ = shell
    }
}
