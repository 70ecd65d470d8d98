import Evaluation
import Foundation
import ProviderKit
import TestSupport
import Testing

@Suite("eval runs against the stub server")
struct EvalRunTests {
    @Test("two models and a judge over 20 examples, 4 at a time")
    func twoModelsAndAJudge() async throws {
        let stub = try await EvalStub.start(delay: 0.02)
        defer { Task { await stub.shutdown() } }
        let fixture = try EvalFixture(count: 20)
        let (outcome, store) = try await fixture.run(stub)
        #expect(outcome.sent == 60 && outcome.failed == 0 && outcome.kept == 0)
        #expect(stub.requests(for: "tuned") == 20 && stub.requests(for: "base") == 20 && stub.requests(for: "judge") == 20)
        #expect(stub.mostInFlight == 4)
        let report = try await fixture.report(stub, store: store)
        let tuned = report.summaries[0], base = report.summaries[1]
        #expect(tuned.exactMatches == 20 && tuned.meanSimilarity == 1 && tuned.wins == 20 && tuned.losses == 0)
        #expect(base.exactMatches == 0 && (base.meanSimilarity ?? 1) < 0.7 && base.losses == 20 && base.failures == 0)
        #expect(tuned.promptTokens > 0 && tuned.completionTokens == 80)
        // The shuffle showed the judge both orders, and each verdict keeps the seed that chose it.
        let judgments = await store.allJudgments
        #expect(Set(judgments.map(\.shownFirst)) == ["tuned", "base"])
        #expect(Set(judgments.map(\.seed)).count == 20)
        #expect(judgments.allSatisfy { $0.reason == "It says yes, as the reference does." })
    }

    @Test("a 429 slows the run down and a reset is one failure; the re-run sends only that one")
    func rateLimitAndReset() async throws {
        let stub = try await EvalStub.start(faults: [5: .rateLimited, 6: .rateLimited, 12: .reset], delay: 0.01)
        defer { Task { await stub.shutdown() } }
        let fixture = try EvalFixture(count: 20)
        let (outcome, store) = try await fixture.run(stub, judged: false)
        #expect(outcome.sent == 40 && outcome.failed == 1)
        #expect(outcome.lowestConcurrency < 4)
        #expect(stub.requestCount == 42)  // 40, and two sent again after the 429s; the reset one is not repeated
        let failures = await store.allReplies.filter { !$0.succeeded }
        #expect(failures.count == 1 && failures[0].error?.isEmpty == false)
        let before = stub.requestCount
        let (again, _) = try await fixture.run(stub, judged: false)
        #expect(again.sent == 1 && again.kept == 39 && again.failed == 0)
        #expect(stub.requestCount == before + 1)
    }

    @Test("a run cancelled part way, then a re-run that sends only what was missing")
    func cancelThenResume() async throws {
        let stub = try await EvalStub.start(delay: 0.05)
        defer { Task { await stub.shutdown() } }
        let fixture = try EvalFixture(count: 20)
        let task = Task { try await fixture.run(stub, judged: false) }
        while stub.requestCount < 12 { try await Task.sleep(nanoseconds: 5_000_000) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        // A kill can leave a torn last line: it is ignored, and the next record starts a line of its own.
        let handle = try #require(FileHandle(forWritingAtPath: fixture.storePath))
        handle.seekToEndOfFile()
        handle.write(Data("{\"kind\":\"reply\",\"exam".utf8))
        try handle.close()
        let kept = try ResultStore(path: fixture.storePath)
        let done = await kept.allReplies.filter(\.succeeded).count
        #expect(done > 0 && done < 40)
        let ignored = await kept.ignoredLines
        #expect(ignored == 1)
        let before = stub.requestCount
        let (outcome, store) = try await fixture.run(stub, judged: false)
        #expect(outcome.kept == done && outcome.sent == 40 - done && outcome.failed == 0)
        #expect(stub.requestCount - before == 40 - done)
        #expect(await store.allReplies.filter(\.succeeded).count == 40)
        let rereadStore = try ResultStore(path: fixture.storePath)
        let (reread, rereadIgnored) = (await rereadStore.allReplies.filter(\.succeeded).count, await rereadStore.ignoredLines)
        #expect(reread == 40 && rereadIgnored == 1, "\(reread) \(rereadIgnored) \((try? String(contentsOfFile: fixture.storePath, encoding: .utf8)) ?? "")")
    }

    @Test("an unknown model stops the run with the server's words")
    func unknownModelStops() async throws {
        let stub = try await EvalStub.start()
        defer { Task { await stub.shutdown() } }
        let fixture = try EvalFixture(count: 3)
        let models = [EvaluatedModel(label: "nope", model: "nope", client: EvaluatedModel.compatibleServer(stub.baseURL))]
        let run = EvalRun(cases: try fixture.cases(), models: models, store: try ResultStore(path: fixture.storePath))
        await #expect(throws: ProvidersError.self) { try await run.run() }
    }
}
