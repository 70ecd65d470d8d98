import Foundation
import Shell
import TestSupport
import Testing

/// /train asks its question from inside the job launch, which runs off the shell's actor; the
/// question comes back to the shell's reader, and only a yes creates the job.
@Suite(.enabled(if: TestEncodings.available), .timeLimit(.minutes(5)))
struct ConfirmationTests {
    @Test func trainAsksAndOnlyAYesCreatesTheJob() async throws {
        let harness = try await ShellHarness.make()
        var script: [String] = []
        for k in 1...10 { script += ["Question \(k)?", "/save"] }
        let reader = ScriptedReader(script + ["/train", "n", "/train", "yes"], interactive: true)
        try await harness.run(reader)
        let question = "create the OpenAI job for gpt-4.1-mini? [y/N] "
        #expect(reader.prompts.filter { $0 == question }.count == 2)
        let text = harness.output.text
        #expect(text.components(separatedBy: "estimated cost: $").count == 3, "the price is said before each question")
        #expect(text.components(separatedBy: "created ftjob-").count == 2, "one job, after the yes: \(text)")
        #expect(!text.contains("error:"))
        await harness.shutdown()
    }
}
