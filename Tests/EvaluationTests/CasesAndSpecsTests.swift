import Dataset
import Evaluation
import Foundation
import TestSupport
import Testing

@Suite("eval cases and model specs")
struct CasesAndSpecsTests {
    func write(_ lines: [String]) throws -> String {
        let path = try temporaryFolder().appendingPathComponent("cases.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let conversation = #"{"messages":[{"role":"system","content":"s"},{"role":"user","content":"u1"},{"role":"assistant","content":"a1"},{"role":"user","content":"u2"},{"role":"assistant","content":"a2","weight":0},{"role":"user","content":"u3"},{"role":"assistant","content":"a3"}]}"#

    @Test("--turns last takes the last trained turn, all takes every trained one; weight 0 never")
    func turns() throws {
        let path = try write([Self.conversation, "", #"{"prompt":"p","completion":"c"}"#])
        let last = try CaseReader.read(path: path, turns: .last)
        #expect(last.cases.map(\.turn) == [7] && last.cases[0].reference == "a3" && last.cases[0].messages.count == 6)
        #expect(last.skipped == 1)
        let all = try CaseReader.read(path: path, turns: .all)
        #expect(all.cases.map(\.turn) == [3, 7] && all.cases.map(\.reference) == ["a1", "a3"])
        #expect(all.cases[0].messages.map(\.text) == ["s", "u1"])
        #expect(Set(all.cases.map(\.exampleHash)).count == 1)
    }

    @Test("a broken line is an error that names its line and what to do")
    func brokenLine() throws {
        let path = try write([Self.conversation, "", #"{"messages": [}"#])
        #expect {
            try CaseReader.read(path: path, turns: .last)
        } throws: { error in
            let message = (error as? EvaluationError)?.message ?? ""
            return message.hasPrefix("line 3, column ") && message.contains("tunesmith validate")
        }
    }

    @Test("model specs: NAME, PROVIDER:NAME, ft: names keep their colons, LABEL=NAME@URL")
    func specs() throws {
        let providers = ["openai", "together", "fireworks"]
        let plain = try ModelSpec.parse("gpt-4.1-mini", providers: providers)
        #expect(plain == ModelSpec(label: "gpt-4.1-mini", provider: nil, model: "gpt-4.1-mini", baseURL: nil))
        let together = try ModelSpec.parse("together:Qwen/Qwen3-8B", providers: providers)
        #expect(together == ModelSpec(label: "together:Qwen/Qwen3-8B", provider: "together", model: "Qwen/Qwen3-8B", baseURL: nil))
        let tuned = try ModelSpec.parse("ft:gpt-4.1-mini-2025-04-14:acme::abc123", providers: providers)
        #expect(tuned.provider == nil && tuned.model == "ft:gpt-4.1-mini-2025-04-14:acme::abc123")
        let local = try ModelSpec.parse("local=llama3.2@http://127.0.0.1:11434/v1", providers: providers)
        #expect(local == ModelSpec(label: "local", provider: nil, model: "llama3.2", baseURL: "http://127.0.0.1:11434/v1"))
        for bad in ["", "=x", "local=@http://h/v1", "together:", "openai:m@http://h/v1"] {
            #expect(throws: EvaluationError.self) { try ModelSpec.parse(bad, providers: providers) }
        }
    }
}
