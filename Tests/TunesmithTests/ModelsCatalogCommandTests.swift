import Foundation
import TestSupport
import Testing

/// `tunesmith models catalog`, its refresh against the stubs, and the deadline warning of the
/// commands that target, upload for, or launch a job on a model.
@Suite(.enabled(if: RankFiles.available), .timeLimit(.minutes(5)))
struct ModelsCatalogCommandTests {
    static let marv = TunesmithProcess.packageRoot.appendingPathComponent("examples/marv.jsonl").path
    static let decemberWarning = "warning: OpenAI stops training gpt-4.1-mini on 2027-01-06 (17 days) and serving it and its fine-tunes on 2027-01-14 (25 days); Together trains Qwen/Qwen3-8B: pass --provider together --model Qwen/Qwen3-8B\n"

    /// No provider keys, and a cache folder of the test's own (the catalog's reports go there).
    func environment(today: String = "2026-11-29") throws -> [String: String] {
        var environment = TunesmithProcess.environment
        for name in ["OPENAI_API_KEY", "TOGETHER_API_KEY", "FIREWORKS_API_KEY", "TUNESMITH_PROVIDER"] { environment[name] = nil }
        environment["XDG_CACHE_HOME"] = try temporaryFolder().path
        environment["TUNESMITH_TODAY"] = today
        return environment
    }

    func lines(_ text: String, containing fragment: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(fragment) }
    }

    /// A table row's cells joined with " | " (columns are two or more spaces apart).
    func cells(_ text: String, row fragment: String) -> String? {
        lines(text, containing: fragment).first?.replacingOccurrences(of: " {2,}", with: " | ", options: .regularExpression)
    }

    @Test func theShippedCatalogIsListedAndMarkedAsShipped() async throws {
        let result = try await TunesmithProcess.run(["models", "catalog", "--provider", "together"], environment: try environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(cells(result.stdout, row: "  Qwen/Qwen3-8B  ") == "together | Qwen/Qwen3-8B | qwen2 (Qwen3 template) | 40960/- | - | - | - | shipped 2026-11")
        #expect(lines(result.stdout, containing: "Qwen/Qwen3.5-9B").first?.contains("not supported exactly yet (qwen3.5)") == true)
        #expect(!result.stdout.contains("gpt-4.1-mini") && !result.stdout.contains("accounts/fireworks"))
        #expect(result.stderr == "together: shipped figures as of 2026-11; `tunesmith models catalog --refresh` asks Together\n")
        let json = try await TunesmithProcess.run(["models", "catalog", "--json"], environment: try environment())
        let objects = try json.stdout.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let mini = try #require(objects.first { $0["id"] as? String == "gpt-4.1-mini-2025-04-14" })
        #expect(mini["training_ends"] as? String == "2027-01-06" && mini["serving_ends"] as? String == "2027-01-14" && mini["exact"] as? Bool == true)
        #expect((mini["training_price"] as? [String: Any])?["usd_per_million"] as? Double == 5)
        #expect(objects.contains { $0["id"] as? String == "accounts/fireworks/models/qwen3-8b" && $0["hugging_face_repo"] as? String == "Qwen/Qwen3-8B" })
    }

    @Test func aRefreshAsksEveryProviderWithAKeyAndIsCached() async throws {
        let together = try await TogetherStub.start()
        let openAI = try await OpenAIStub.start()
        await openAI.set { $0.shutdownDates = ["gpt-4.1-mini-2025-04-14": "2027-01-20"] }
        var environment = try environment()
        environment["TOGETHER_API_KEY"] = await together.apiKey
        environment["TOGETHER_BASE_URL"] = await together.baseURL
        environment["OPENAI_API_KEY"] = await openAI.apiKey
        environment["OPENAI_BASE_URL"] = await openAI.baseURL
        let refreshed = try await TunesmithProcess.run(["models", "catalog", "--refresh"], environment: environment)
        #expect(refreshed.status == 0, "\(refreshed.stderr)")
        #expect(refreshed.stderr.hasPrefix("openai: refreshed 2 models\ntogether: refreshed 3 models\n"))
        let cache = environment["XDG_CACHE_HOME"]! + "/tunesmith/"
        #expect(FileManager.default.fileExists(atPath: cache + "catalog-together.json") && FileManager.default.fileExists(atPath: cache + "catalog-openai.json"))
        #expect(cells(refreshed.stdout, row: "  gpt-4.1-mini  ")?.contains(" | 2027-01-06 | 2027-01-20 | refreshed 20") == true)
        #expect(lines(refreshed.stdout, containing: "  Qwen/Qwen3-14B  ").first?.contains("not offered") == true)
        #expect(lines(refreshed.stdout, containing: "acme/Brand-New-7B").first?.contains("not supported exactly yet (unknown family)") == true)
        #expect(lines(refreshed.stdout, containing: "  Qwen/Qwen3-8B  ").first?.contains("refreshed 20") == true)
        // Later runs read the cache without asking again, and say when it has gone stale.
        let before = await together.requests.count
        environment["TUNESMITH_TODAY"] = "2099-01-01"
        let stale = try await TunesmithProcess.run(["models", "catalog", "--provider", "together"], environment: environment)
        #expect(await together.requests.count == before)
        #expect(lines(stale.stdout, containing: "  Qwen/Qwen3-8B  ").first?.contains("stale 20") == true)
        #expect(stale.stderr.hasPrefix("together: stale, refreshed 20") && stale.stderr.hasSuffix("run `tunesmith models catalog --refresh`\n"))
        await together.shutdown()
        await openAI.shutdown()
    }

    @Test func aRefreshWithoutAKeySaysWhichToSet() async throws {
        let none = try await TunesmithProcess.run(["models", "catalog", "--refresh"], environment: try environment())
        #expect(none.status == 1 && none.stderr.contains("no provider key is set; set OPENAI_API_KEY, or TOGETHER_API_KEY with --provider together"))
        let together = try await TunesmithProcess.run(["models", "catalog", "--refresh", "--provider", "together"], environment: try environment())
        #expect(together.status == 1 && together.stderr.contains("no Together key; set TOGETHER_API_KEY"))
        let fireworks = try await TunesmithProcess.run(["models", "catalog", "--refresh", "--provider", "fireworks"], environment: try environment())
        #expect(fireworks.status == 1 && fireworks.stderr.contains("Fireworks publishes no list of the models it fine-tunes"))
        let unknown = try await TunesmithProcess.run(["models", "catalog", "--provider", "acme"], environment: try environment())
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown provider \"acme\""))
    }

    @Test func validateWarnsOnceBeforeTheDeadline() async throws {
        let quiet = try await TunesmithProcess.run(["validate", Self.marv, "--model", "gpt-4.1-mini"], environment: try environment())
        #expect(quiet.status == 0 && !quiet.stderr.contains("warning"))
        let warned = try await TunesmithProcess.run(["validate", Self.marv, "--model", "gpt-4.1-mini"], environment: try environment(today: "2026-12-20"))
        #expect(warned.status == 0)
        #expect(warned.stderr == Self.decemberWarning)
        let byDefault = try await TunesmithProcess.run(["validate", Self.marv], environment: try environment(today: "2026-12-20"))
        #expect(byDefault.stderr == Self.decemberWarning, "the default target is warned about too")
        let badDay = try await TunesmithProcess.run(["validate", Self.marv], environment: try environment(today: "next week"))
        #expect(badDay.status == 2 && badDay.stderr.contains("TUNESMITH_TODAY is \"next week\", not a date"))
    }

    @Test func fromJanuarySixthValidateNoLongerDefaultsToOpenAI() async throws {
        var environment = try environment(today: "2027-01-06")
        environment["HF_HUB_CACHE"] = try TestTokenizers.folder() + "/hub"
        let result = try await TunesmithProcess.run(["validate", Self.marv], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("chat examples for Qwen/Qwen3-8B (Qwen/Qwen3-8B chat template"), "\(result.stdout)")
    }

    @Test func uploadAndJobsCreateWarnOnce() async throws {
        let stub = try await OpenAIStub.start()
        var environment = try environment(today: "2026-12-20")
        environment["OPENAI_API_KEY"] = await stub.apiKey
        environment["OPENAI_BASE_URL"] = await stub.baseURL
        let upload = try await TunesmithProcess.run(["files", "upload", Self.marv, "--model", "gpt-4.1-mini"], environment: environment)
        #expect(upload.status == 0, "\(upload.stderr)")
        #expect(lines(upload.stderr, containing: "warning:") == [String(Self.decemberWarning.dropLast())])
        let job = try await TunesmithProcess.run(["jobs", "create", "--model", "gpt-4.1-mini", "--training-file", Self.marv, "--yes"], environment: environment)
        #expect(job.status == 0, "\(job.stderr)")
        #expect(lines(job.stderr, containing: "warning:") == [String(Self.decemberWarning.dropLast())])
        await stub.shutdown()
    }
}
