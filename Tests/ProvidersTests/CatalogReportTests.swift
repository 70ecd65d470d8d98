import Foundation
import Models
import ProviderKit
import TestSupport
import Testing
import TogetherProvider

/// The providers' reports about their models, as the catalog refresh fetches them.
@Suite(.timeLimit(.minutes(5)))
struct CatalogReportTests {
    let fetched = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func togethersReportListsWhatItTrainsWithEachModelsLimits() async throws {
        let stub = try await TogetherStub.start()
        await stub.set {
            $0.loraMaxRanks = ["Qwen/Qwen3-8B": 32]
            // Together cannot give one model's limits: reported without them, the refresh goes on.
            $0.modelsWithoutLimits = ["acme/Brand-New-7B"]
        }
        let client = TogetherClient(configuration: TogetherConfiguration(apiKey: await stub.apiKey, baseURL: await stub.baseURL))
        let report = try await client.catalogReport(fetchedAt: fetched)
        #expect(report.provider == .together && report.fetchedAt == fetched && report.listsFineTunableModels)
        #expect(report.models == [
            ReportedModel(id: "Qwen/Qwen3-8B", servingContextLength: 40_960, maxLoRARank: 32, maxEpochs: 20),
            ReportedModel(id: "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", servingContextLength: 131_072, maxLoRARank: 64, maxEpochs: 20),
            ReportedModel(id: "acme/Brand-New-7B"),
        ])
        let asked = await stub.requests.filter { $0.path == "/v1/fine-tunes/models/limits" }.compactMap { $0.query["model_name"] }
        #expect(Set(asked) == ["Qwen/Qwen3-8B", "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", "acme/Brand-New-7B"])
        await stub.shutdown()
    }

    @Test func anyOtherFailureOfTheLimitsEndsTogethersRefresh() async throws {
        let stub = try await TogetherStub.start()
        await stub.set { $0.scripted = ["GET /v1/fine-tunes/models/limits": [TogetherStub.errorResponse(401, "Invalid API key provided")]] }
        let client = TogetherClient(configuration: TogetherConfiguration(apiKey: await stub.apiKey, baseURL: await stub.baseURL))
        let error = await #expect(throws: ProvidersError.self) { try await client.catalogReport() }
        #expect(error?.kind == .authentication)
        await stub.shutdown()
    }

    @Test func openAIsReportCarriesShutdownDates() async throws {
        let fixture = try await StubFixture.start()
        await fixture.stub.set { $0.shutdownDates = ["gpt-4.1-mini-2025-04-14": "2027-01-14"] }
        let report = try await fixture.client.catalogReport(fetchedAt: fetched)
        #expect(report.provider == .openAI && !report.listsFineTunableModels)
        #expect(report.models == [
            ReportedModel(id: "gpt-4.1-mini-2025-04-14", shutdownDate: CalendarDay("2027-01-14")),
            ReportedModel(id: "ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123"),
        ])
        await fixture.stub.shutdown()
    }
}
