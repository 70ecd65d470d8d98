import Dataset
import Foundation
import Models
import ProviderKit
import Shell
import Synchronization
import TestSupport
import Testing
import Tokenizers

/// /eval in a script, over the in-memory chat provider: the /use model against its base on /split's
/// validation half; a second /eval sends nothing.
@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct EvalShellTests {
    static let tuned = "ft:gpt-4.1-mini-2025-04-14:acme::evalx1"

    @Test func evalComparesTheUseModelWithItsBase() async throws {
        let folder = try temporaryFolder()
        let dataset = folder.appendingPathComponent("train.jsonl")
        let lines = (1...20).map { #"{"messages":[{"role":"user","content":"question \#($0)"},{"role":"assistant","content":"answer \#($0) is yes"}]}"# }
        try (lines.joined(separator: "\n") + "\n").write(to: dataset, atomically: true, encoding: .utf8)
        var configuration = ShellConfiguration(datasetPath: dataset.path, chatModel: "gpt-4.1-mini", targetModel: "gpt-4.1-mini", offline: false,
                                               stateDirectory: folder.path + "/state", configDirectory: folder.path + "/config", columns: 90)
        configuration.today = CalendarDay("2026-11-29")!
        configuration.assumeYes = true  // /eval bills every request: a script runs it only with --yes
        let asked = Mutex<[String]>([])
        let client = InMemoryChatProvider(models: [Self.tuned, "gpt-4.1-mini-2025-04-14"]) { request, _ in
            asked.withLock { $0.append(request.model) }
            let question = request.messages.last?.text ?? ""
            let number = question.split(separator: " ").last.map(String.init) ?? "?"
            return request.model == Self.tuned ? "answer \(number) is yes" : "maybe answer \(number) is no"
        }
        let output = CapturedOutput()
        let shell = try await Shell(
            configuration: configuration, reader: ScriptedReader(["/eval", "/split 0.25", "/use \(Self.tuned)", "/eval", "/eval"]), output: output,
            chatClient: client, provider: nil, loader: TestEncodings.loader,
            targets: TargetResolver(catalog: .shipped, encodings: TestEncodings.loader, tokenizers: TokenizerLocator(environment: ["HF_HUB_CACHE": folder.path + "/no-hub"])))
        let status = await shell.run()
        let text = output.text
        #expect(text.contains("no validation half to evaluate on; /split holds one out, then /eval"), "\(text)")
        #expect(status == 1)  // the first /eval failed
        // Five validation examples, each asked of both models once: the second /eval sends nothing.
        #expect(asked.withLock { $0.count } == 10, "\(text)")
        #expect(asked.withLock { Set($0) } == [Self.tuned, "gpt-4.1-mini-2025-04-14"])
        #expect(text.contains("│ \(Self.tuned.prefix(20))") || text.contains(Self.tuned), "\(text)")
        let summaries = text.split(separator: "\n").filter { $0.hasPrefix(Self.tuned + " ") }
        #expect(summaries.count == 2, "\(text)")
        // The fine-tune's price is in the catalog; the base model's is not.
        #expect(summaries.allSatisfy { $0.contains("$0.0000") && $0.contains("1.000") }, "\(text)")
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("gpt-4.1-mini-2025-04-14 ") && $0.contains("unknown") }, "\(text)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("train-validation.eval.jsonl").path))
    }
}
