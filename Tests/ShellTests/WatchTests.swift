import Foundation
import ProviderKit
import Shell
import Testing

/// /watch shows what `jobs watch` shows, charts the loss, and says once how to chat.
@Suite struct WatchTests {
    @Test func watchShowsStepsLossesTimingAndTheChartThenSaysOnceHowToChat() async throws {
        let harness = try await ShellHarness.make()
        var script: [String] = []
        for k in 1...10 { script += ["Question \(k)?", "/save"] }
        try await harness.run(ScriptedReader(script + ["/train --epochs 2 --suffix marv", "/watch"]), yes: true)
        let text = harness.output.text
        let watched = try #require(text.range(of: "/watch to follow it").map { String(text[$0.upperBound...]) }, "\(text)")
        // Each line timestamped, as `jobs watch` prints them; a step with both losses, elapsed and ETA.
        #expect(watched.contains(try Regex(#"\n\d\d:\d\d:\d\d  status: running\n"#)), "\(watched)")
        #expect(watched.contains(try Regex(#"\n\d\d:\d\d:\d\d  step 6/9  train loss 0\.3333  valid loss 0\.3667  elapsed \S+  ETA 3s\n"#)), "\(watched)")
        // Not a terminal: the chart comes once, at the end, train and validation on one scale.
        let rows = watched.split(separator: "\n").map(String.init)
        let train = try #require(rows.first { $0.hasPrefix("train ") }, "\(watched)")
        #expect(train.hasPrefix("train █▄▃▂▂▁▁▁▁ 0.2222"), "\(train)")
        #expect(rows.contains { $0.hasPrefix("valid ▃▂▁ 0.2444") }, "\(watched)")
        #expect(rows.contains("step 9/9 (100%)") || rows.contains { $0.hasPrefix("step 9/9 (100%)  elapsed ") }, "\(watched)")
        #expect(rows.filter { $0.hasPrefix("train ") }.count == 1)
        // The last line says how to chat with the model, once, in the shell's words.
        let model = try #require(rows.first { $0.hasPrefix("fine-tuned model: ") }?.dropFirst("fine-tuned model: ".count))
        #expect(text.hasSuffix("fine-tuned model: \(model)\n/use \(model) to chat with it\n"), "\(watched)")
        #expect(!text.contains("tunesmith chat"))
        await harness.shutdown()
    }

    @Test func aSparklineFitsItsWidthAndKeepsTheWholeRunsShape() {
        let falling = (1...200).map { 2.0 / Double($0) }
        let drawn = Sparkline.render(falling, width: 40)
        #expect(drawn.count == 40)
        #expect(drawn.first == "█" && drawn.last == "▁")
        #expect(Sparkline.render([1, 1, 1], width: 10) == "▅▅▅")
        #expect(Sparkline.render([], width: 10).isEmpty)
    }

    @Test func onATerminalTheChartIsRedrawnInPlaceWithinTheWidth() {
        var display = JobWatchDisplay(columns: 40, live: true)
        var screen = ""
        for step in 1...30 {
            let metrics = JobEvent.Metrics(step: step, totalSteps: 30, trainLoss: 2.0 / Double(step), validLoss: step % 5 == 0 ? 2.2 / Double(step) : nil)
            screen += display.show(.event(JobEvent(id: "e\(step)", createdAt: Date(timeIntervalSince1970: Double(step)), level: "info", message: "", metrics: metrics)),
                                   now: Date(timeIntervalSince1970: 40))
        }
        // Every update but the first moves up over the rows of the chart before (two until a
        // validation loss came at step 5, then three) and clears them.
        #expect(screen.components(separatedBy: "\u{1B}[2A\r\u{1B}[J").count == 5)
        #expect(screen.components(separatedBy: "\u{1B}[3A\r\u{1B}[J").count == 26)
        let lastChart = screen.components(separatedBy: "\u{1B}[J").last!.split(separator: "\n").suffix(3).map(String.init)
        #expect(lastChart.count == 3 && lastChart.allSatisfy { $0.count < 40 }, "\(lastChart)")
        #expect(lastChart[0].hasPrefix("train █") && lastChart[1].hasPrefix("valid ▂") && lastChart[2].hasPrefix("step 30/30 (100%)"), "\(lastChart)")
    }
}
