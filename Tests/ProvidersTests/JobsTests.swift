import Foundation
import OpenAIProvider
import ProviderKit
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(5)))
struct JobsTests {
    func uploaded(_ fixture: StubFixture) async throws -> String {
        let url = try temporaryFolder().appendingPathComponent("marv.jsonl")
        try Data(#"{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"Oh. You."}]}"#.utf8).write(to: url)
        return try await fixture.client.uploadFile(path: url.path).id
    }

    @Test func aJobsWholeLife() async throws {
        let fixture = try await StubFixture.start()
        let provider = OpenAIFineTuningProvider(client: fixture.client, trainingPrice: { _ in 5 })
        let file = try await uploaded(fixture)
        let created = try await provider.createJob(JobRequest(model: "gpt-4.1-mini-2025-04-14", trainingFile: file, suffix: "marv", epochs: .value(3)))
        #expect(created.status == .validatingFiles)
        let sent = try #require(await fixture.stub.requests.last?.json)
        let method = try #require(sent["method"] as? [String: Any])
        #expect(method["type"] as? String == "supervised")
        #expect(((method["supervised"] as? [String: Any])?["hyperparameters"] as? [String: Int])?["n_epochs"] == 3)

        var statuses: [JobStatus] = []
        var steps: [Int] = []
        var finished: FineTuningJob?
        for try await update in JobWatcher(provider: provider, interval: 0.01).watch(jobID: created.id) {
            switch update {
            case .status(let job): statuses.append(job.status)
            case .event(let event): if let step = event.metrics?.step { steps.append(step) }
            case .finished(let job): finished = job
            }
        }
        #expect(statuses == [.queued, .running, .succeeded])
        #expect(steps == Array(1...9))
        #expect(finished?.fineTunedModel == "ft:gpt-4.1-mini-2025-04-14:acme:marv:0002")
        #expect(finished?.trainedTokens == 12_345)
        let checkpoints = try await provider.checkpoints(jobID: created.id)
        #expect(checkpoints.map(\.step) == [9, 6, 3])
        let events = try await provider.events(jobID: created.id)
        #expect(events.first?.message.hasPrefix("Validating training file") == true)
        #expect(events.last?.message == "The job has successfully completed")
        await fixture.stub.shutdown()
    }

    @Test func cancelPauseResumeAndList() async throws {
        let fixture = try await StubFixture.start()
        let provider = OpenAIFineTuningProvider(client: fixture.client, trainingPrice: { _ in nil })
        let file = try await uploaded(fixture)
        let job = try await provider.createJob(JobRequest(model: "gpt-4.1-mini", trainingFile: file, method: .dpo, beta: .value(0.1)))
        #expect(try await provider.pauseJob(id: job.id).status == .paused)
        #expect(try await provider.resumeJob(id: job.id).status == .queued)
        #expect(try await provider.cancelJob(id: job.id).status == .cancelled)
        let again = await #expect(throws: ProvidersError.self) { try await provider.cancelJob(id: job.id) }
        #expect(again?.kind == .badRequest)
        #expect(try await provider.listJobs(limit: 10).map(\.id) == [job.id])
        let missing = await #expect(throws: ProvidersError.self) { try await provider.job(id: "ftjob-nope") }
        #expect(missing?.kind == .notFound)
        #expect(missing?.message.contains("tunesmith jobs list") == true)
        #expect(missing?.requestID == "req_stub_404")
        await fixture.stub.shutdown()
    }

    @Test func limitsAndPriceAreCheckedLocally() async throws {
        let fixture = try await StubFixture.start()
        let provider = OpenAIFineTuningProvider(client: fixture.client, trainingPrice: { $0.hasPrefix("gpt-4.1-mini") ? 5 : nil })
        await #expect(throws: ProvidersError.self) { try await provider.checkLimits(JobRequest(model: "m", trainingFile: "f", epochs: .value(51))) }
        await #expect(throws: ProvidersError.self) { try await provider.checkLimits(JobRequest(model: "m", trainingFile: "f", beta: .value(3))) }
        let estimate = try await provider.estimatePrice(JobRequest(model: "gpt-4.1-mini", trainingFile: "f", epochs: .value(3)), trainingTokens: 100_000, autoEpochs: 9)
        #expect(estimate.usd == 1.5)
        let auto = try await provider.estimatePrice(JobRequest(model: "gpt-4.1-mini", trainingFile: "f"), trainingTokens: 100_000, autoEpochs: 2)
        #expect(auto.usd == 1.0 && auto.epochs == 2)
        #expect(await fixture.stub.requests.isEmpty)
        await fixture.stub.shutdown()
    }

    @Test func modelsListAndDeleteWithColons() async throws {
        let fixture = try await StubFixture.start()
        #expect(try await fixture.client.listModels().map(\.id).contains("ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123"))
        try await fixture.client.deleteModel("ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123")
        #expect(await fixture.stub.requests.last.map { "\($0.method) \($0.path)" } == "DELETE /v1/models/ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123")
        #expect(await fixture.stub.models == ["gpt-4.1-mini-2025-04-14"])
        await fixture.stub.shutdown()
    }
}
