import Foundation
import Shell
import Testing

/// Tab after /use, /compare, /watch and /cancel offers the author's own jobs and fine-tuned
/// models, from the provider, in a session that did not make them.
@Suite struct CompletionTests {
    @Test func tabOffersTheAuthorsJobsAndFineTunedModelsFromTheProvider() async throws {
        let harness = try await ShellHarness.make()
        var script: [String] = []
        for k in 1...10 { script += ["Question \(k)?", "/save"] }
        try await harness.run(ScriptedReader(script + ["/train --epochs 2 --suffix marv", "/watch"]), yes: true)
        let text = harness.output.text
        let modelLine = text.split(separator: "\n").first { $0.hasPrefix("fine-tuned model: ") }.map(String.init) ?? ""
        let model = String(modelLine.dropFirst("fine-tuned model: ".count))
        #expect(!model.isEmpty, "\(text)")
        let job = text.range(of: #"ftjob-\d+"#, options: .regularExpression).map { String(text[$0]) } ?? "no job"

        // A new session, which created nothing: the provider's list is where they come from.
        let reader = ScriptedReader(["/help"])
        try await harness.run(reader)
        let complete = reader.completer ?? { _ in [] }
        // A Tab waits a moment for the provider's list, then offers what it has; on a loaded
        // machine the list may come a Tab later.
        for _ in 0..<100 where !complete("/use ").contains(model) { try await Task.sleep(for: .milliseconds(100)) }
        #expect(complete("/use ").contains(model), "\(complete("/use "))")
        #expect(complete("/use ft:").allSatisfy { $0.hasPrefix("ft:") } && complete("/use ft:").contains(model))
        #expect(complete("/compare gpt-4.1-mini ").contains(model) && complete("/compare gpt-4.1-mini ").contains("gpt-4.1-mini"))
        #expect(complete("/watch ").contains(job) && complete("/cancel ftjob-").contains(job))
        // Only models that chat: the embedding model the account also lists is never offered.
        #expect(!complete("/use ").contains { $0.contains("embedding") })

        // The provider gone: no candidates, quickly, and no error mid-line.
        await harness.shutdown()
        let offline = ScriptedReader(["/help"])
        try await ShellHarness(folder: harness.folder, stub: harness.stub).run(offline)
        let started = Date()
        let none = offline.completer?("/watch ") ?? ["no completer"]
        let waited = Date().timeIntervalSince(started)
        #expect(none.isEmpty)
        #expect(waited < 3)
        let errors = harness.output.errors
        #expect(!errors.contains("error:"), "\(errors)")
    }
}
