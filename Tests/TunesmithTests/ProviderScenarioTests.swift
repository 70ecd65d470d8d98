import Foundation
import TestSupport
import Testing

/// One author's road, the same for every provider, through the binary against each one's stub
/// (each as strict as its service's spec): check the file, upload it, create a job from it (the
/// upload is reused), follow the newest job to its model, and find it in the list.
@Suite(.enabled(if: RankFiles.available && TestTokenizers.available), .timeLimit(.minutes(5)))
struct ProviderScenarioTests {
    static let marv = TunesmithProcess.packageRoot.appendingPathComponent("examples/marv.jsonl").path

    struct Road {
        let variables: [String: String]
        let model: String
        let shutdown: @Sendable () async -> Void
    }

    static func road(_ provider: String) async throws -> Road {
        switch provider {
        case "openai":
            let stub = try await OpenAIStub.start()
            return Road(variables: ["OPENAI_API_KEY": await stub.apiKey, "OPENAI_BASE_URL": await stub.baseURL], model: "gpt-4.1-mini",
                        shutdown: { await stub.shutdown() })
        case "together":
            let stub = try await TogetherStub.start()
            return Road(variables: ["TOGETHER_API_KEY": await stub.apiKey, "TOGETHER_BASE_URL": await stub.baseURL], model: "Qwen/Qwen3-8B",
                        shutdown: { await stub.shutdown() })
        default:
            let stub = try await FireworksStub.start()
            await stub.set { $0.pollsBeforeReady = 0 }
            return Road(variables: ["FIREWORKS_API_KEY": await stub.apiKey, "FIREWORKS_ACCOUNT_ID": await stub.account, "FIREWORKS_BASE_URL": await stub.baseURL],
                        model: "qwen3-8b", shutdown: { await stub.shutdown() })
        }
    }

    @Test(arguments: ["openai", "together", "fireworks"])
    func fromFileToFineTunedModel(_ provider: String) async throws {
        let road = try await Self.road(provider)
        var environment = TunesmithProcess.environment
        environment["OPENAI_API_KEY"] = nil
        // Open models are counted with their own tokenizer and template before a job is created.
        environment["HF_HUB_CACHE"] = try TestTokenizers.folder() + "/hub"
        // A state folder of its own: what this road uploaded is all the upload record knows.
        environment["XDG_STATE_HOME"] = try temporaryFolder().path
        environment.merge(road.variables) { _, new in new }
        func run(_ arguments: [String]) async throws -> TunesmithProcess.Result {
            try await TunesmithProcess.run(arguments + ["--provider", provider], environment: environment)
        }

        let checked = try await run(["validate", Self.marv])
        #expect(checked.status == 0 && checked.stdout.contains("\(provider)'s file rules: no problems"), "\(checked.stdout)\(checked.stderr)")
        let uploaded = try await run(["files", "upload", Self.marv])
        #expect(uploaded.status == 0, "\(uploaded.stderr)")
        let file = try #require(uploaded.stdout.split(separator: " ").first.map(String.init))

        let created = try await run(["jobs", "create", "--model", road.model, "--training-file", Self.marv, "--epochs", "2", "--yes"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("is already uploaded as \(file)"), "\(created.stderr)")
        let job = try #require(created.stdout.split(separator: " ").first.map(String.init))

        let watched = try await run(["jobs", "watch", "--interval", "0.01"])
        #expect(watched.status == 0, "\(watched.stderr)")
        #expect(watched.stderr.contains("following \(job), the newest job still going"))
        #expect(watched.stdout.contains("fine-tuned model: "))
        let listed = try await run(["jobs", "list"])
        #expect(listed.status == 0 && listed.stdout.contains(job) && listed.stdout.contains("succeeded"), "\(listed.stdout)")
        await road.shutdown()
    }
}
