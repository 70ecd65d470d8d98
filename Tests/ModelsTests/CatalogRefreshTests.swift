import Foundation
import Models
import Testing

/// A provider's report merged over the shipped entries, and its cache on disk.
struct CatalogRefreshTests {
    let fetched = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    var togetherReport: ProviderReport {
        ProviderReport(provider: .together, fetchedAt: fetched, listsFineTunableModels: true, models: [
            ReportedModel(id: "Qwen/Qwen3-8B", servingContextLength: 40_960, maxLoRARank: 64, maxEpochs: 20),
            ReportedModel(id: "acme/Brand-New-7B", maxLoRARank: 32),
        ])
    }

    @Test func aReportReplacesWhatItStatesAndKeepsTheRest() throws {
        let merged = ModelCatalog.shipped.merging(togetherReport)
        let qwen = try #require(merged.model(named: "Qwen/Qwen3-8B", provider: .together))
        #expect(qwen.maxLoRARank == 64 && qwen.servingContextLength == 40_960 && qwen.refreshedAt == fetched)
        #expect(qwen.context.tokens(for: .supervised) == 40_960 && qwen.counting == .template(.qwen3))
        let gone = try #require(merged.model(named: "Qwen/Qwen3-14B", provider: .together))
        #expect(!gone.isOffered && !gone.isTrainable(on: CalendarDay(fetched)))
        let new = try #require(merged.model(named: "acme/Brand-New-7B"))
        #expect(new.counting == .notSupportedYet(family: nil) && new.maxLoRARank == 32)
        #expect(merged.model(named: "accounts/fireworks/models/qwen3-14b")?.isOffered == true, "another provider's entries stay")
        #expect(merged.refreshedAt == [.together: fetched])
    }

    @Test func openAIsShutdownDateMovesTheDeadline() throws {
        let report = ProviderReport(provider: .openAI, fetchedAt: fetched, listsFineTunableModels: false, models: [
            ReportedModel(id: "gpt-4.1-nano-2025-04-14", shutdownDate: CalendarDay("2027-02-01")),
        ])
        let merged = ModelCatalog.shipped.merging(report)
        #expect(merged.model(named: "gpt-4.1-nano")?.servingEnds == CalendarDay("2027-02-01"))
        #expect(merged.model(named: "gpt-4o")?.isOffered == true, "a key's model list is not the list of what trains")
        #expect(merged.model(named: "gpt-4o")?.servingEnds == CalendarDay("2027-01-14"))
    }

    @Test func freshnessMarksShippedAndStaleData() throws {
        let merged = ModelCatalog.shipped.merging(togetherReport)
        let fetchDay = CalendarDay(fetched)
        #expect(merged.freshness(of: .openAI, today: fetchDay) == .shipped)
        #expect(merged.freshness(of: .together, today: fetchDay.adding(days: 30)) == .refreshed(on: fetchDay, daysAgo: 30))
        #expect(merged.freshness(of: .together, today: fetchDay.adding(days: 31)) == .stale(on: fetchDay, daysAgo: 31))
    }

    @Test func theCacheRoundTripsAndRefusesWhatItDidNotWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("models-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CatalogCache(directory: folder + "/tunesmith")
        #expect(try cache.report(for: .together) == nil)
        try cache.save(togetherReport)
        #expect(FileManager.default.fileExists(atPath: folder + "/tunesmith/catalog-together.json"))
        #expect(try cache.report(for: .together) == togetherReport)
        #expect(try cache.catalog().model(named: "Qwen/Qwen3-8B")?.maxLoRARank == 64)
        try Data("{\"provider\":".utf8).write(to: URL(fileURLWithPath: cache.path(for: .openAI)))
        let error = #expect(throws: ModelsError.self) { try cache.catalog() }
        #expect(error?.kind == .unreadableCache)
        #expect(error?.message.contains(cache.path(for: .openAI)) == true && error?.message.contains("--refresh") == true)
        #expect(CatalogCache(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]).path(for: .fireworks) == "/x/cache/tunesmith/catalog-fireworks.json")
        #expect(CatalogCache(environment: ["HOME": "/home/a"]).directory == "/home/a/.cache/tunesmith")
    }
}
