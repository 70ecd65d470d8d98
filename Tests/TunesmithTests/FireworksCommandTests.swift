import Foundation
import TestSupport
import Testing

/// The commands, `--provider fireworks`, against the Fireworks stub: the binary end to end.
@Suite(.enabled(if: RankFiles.available && TestTokenizers.available), .timeLimit(.minutes(5)))
struct FireworksCommandTests {
    static let marv = TunesmithProcess.packageRoot.appendingPathComponent("examples/marv.jsonl").path

    func run(_ stub: FireworksStub, _ arguments: [String], environment extra: [String: String?] = [:], in folder: URL? = nil) async throws -> TunesmithProcess.Result {
        var environment = TunesmithProcess.environment
        environment["FIREWORKS_API_KEY"] = await stub.apiKey
        environment["FIREWORKS_ACCOUNT_ID"] = await stub.account
        environment["FIREWORKS_BASE_URL"] = await stub.baseURL
        environment["OPENAI_API_KEY"] = nil
        // Open models are counted with their own tokenizer and template before a job is created.
        environment["HF_HUB_CACHE"] = try TestTokenizers.folder() + "/hub"
        for (key, value) in extra { environment[key] = value }
        return try await TunesmithProcess.run(arguments, environment: environment, in: folder)
    }

    func started() async throws -> FireworksStub {
        let stub = try await FireworksStub.start()
        await stub.set { $0.pollsBeforeReady = 0 }
        return stub
    }

    @Test func validateWithFireworksRules() async throws {
        let stub = try await started()
        let folder = try temporaryFolder()
        var lines: [String] = []
        for k in 0..<10 { lines.append(#"{"messages":[{"role":"user","content":"q\#(k)"},{"role":"system","content":"late"},{"role":"assistant","content":"a"}]}"#) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("late.jsonl"))
        let fireworks = try await run(stub, ["validate", "late.jsonl", "--provider", "fireworks"], in: folder)
        #expect(fireworks.status == 1)
        #expect(fireworks.stdout.contains("fireworks's file rules (it would reject the file):\n  line 1: message 2 is a system message"))
        let marv = try await run(stub, ["validate", Self.marv, "--provider", "fireworks"])
        #expect(marv.status == 0 && marv.stdout.contains("fireworks's file rules: no problems"), "\(marv.stdout)\(marv.stderr)")
        #expect(await stub.requests.isEmpty)
        await stub.shutdown()
    }

    @Test func theSameFileUploadedTwiceIsOneDataset() async throws {
        let stub = try await started()
        let first = try await run(stub, ["files", "upload", Self.marv, "--provider", "fireworks"])
        #expect(first.status == 0, "\(first.stderr)")
        let id = try #require(first.stdout.split(separator: " ").first.map(String.init))
        #expect(id.hasPrefix("marv-"))
        let second = try await run(stub, ["files", "upload", Self.marv, "--provider", "fireworks"])
        #expect(second.status == 0 && second.stdout.hasPrefix(id + " "))
        #expect(await stub.datasetIDs == [id])
        #expect(await stub.requests.filter { $0.path.hasSuffix(":upload") }.count == 1)
        let list = try await run(stub, ["files", "list", "--provider", "fireworks"])
        #expect(list.stdout.contains(id) && list.stdout.contains("ready, 14 examples"))
        let show = try await run(stub, ["files", "show", id, "--provider", "fireworks", "--json"])
        #expect(show.stdout.contains(#""exampleCount":"14""#))
        await stub.shutdown()
    }

    @Test func createListShowWatchAndCancelJobs() async throws {
        let stub = try await started()
        let created = try await run(stub, ["jobs", "create", "--provider", "fireworks", "--model", "qwen3-8b", "--training-file", Self.marv,
                                           "--epochs", "2", "--suffix", "marv-v1", "--lora-rank", "16", "--max-context-length", "4096", "--yes"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("estimated cost: $2.50 (Fireworks' estimateCost)"))
        let id = try #require(created.stdout.split(separator: " ").first.map(String.init))
        #expect(created.stdout == "\(id)  queued\n")
        let body = try #require(await stub.requests.last { $0.path.hasSuffix("/supervisedFineTuningJobs") }?.json)
        #expect(body["baseModel"] as? String == "accounts/fireworks/models/qwen3-8b" && body["maxContextLength"] as? Int == 4096)

        let list = try await run(stub, ["jobs", "list", "--provider", "fireworks"])
        #expect(list.status == 0 && list.stdout.contains(id) && list.stdout.contains("accounts/fireworks/models/qwen3-8b"))
        let show = try await run(stub, ["jobs", "show", id, "--provider", "fireworks"])
        #expect(show.stdout.contains("status      validating_files") && show.stdout.contains("training    marv-"))
        let watch = try await run(stub, ["jobs", "watch", id, "--provider", "fireworks", "--interval", "0.01"])
        #expect(watch.status == 0, "\(watch.stderr)")
        #expect(watch.stdout.contains("running, 100% done (epoch 1)"))
        #expect(watch.stdout.hasSuffix("fine-tuned model: accounts/acme-co/models/marv-v1\n"))
        #expect(watch.stderr.contains("tunesmith endpoints create accounts/acme-co/models/marv-v1 --provider fireworks"))

        let second = try await run(stub, ["jobs", "create", "--provider", "fireworks", "--model", "qwen3-8b", "--training-file", Self.marv, "--yes"])
        let other = try #require(second.stdout.split(separator: " ").first.map(String.init))
        #expect(await stub.requests.filter { $0.path.hasSuffix(":upload") }.count == 1)  // the dataset was reused
        let cancelled = try await run(stub, ["jobs", "cancel", other, "--provider", "fireworks"])
        #expect(cancelled.status == 0 && cancelled.stdout == "\(other)  cancelled\n")
        await stub.shutdown()
    }

    @Test func whatFireworksRefusesIsSaidBeforeAnythingIsSent() async throws {
        let stub = try await started()
        let multiplier = try await run(stub, ["jobs", "create", "--provider", "fireworks", "--model", "qwen3-8b", "--training-file", Self.marv,
                                              "--learning-rate-multiplier", "2", "--yes"])
        #expect(multiplier.status == 1 && multiplier.stderr.contains("pass --learning-rate instead"))
        let full = try await run(stub, ["jobs", "create", "--provider", "fireworks", "--model", "qwen3-8b", "--training-file", Self.marv, "--full", "--yes"])
        #expect(full.status == 1 && full.stderr.contains("LoRA adapters only"))
        let noAccount = try await run(stub, ["files", "list", "--provider", "fireworks"], environment: ["FIREWORKS_ACCOUNT_ID": nil])
        #expect(noAccount.status == 1 && noAccount.stderr.contains("set FIREWORKS_ACCOUNT_ID"))
        #expect(await stub.requests.isEmpty)
        await stub.shutdown()
    }

    @Test func deploymentsAskFirstSayWhatBillsAndGoAway() async throws {
        let stub = try await started()
        let model = "accounts/acme-co/models/marv-v1"
        let unasked = try await run(stub, ["endpoints", "create", model, "--provider", "fireworks", "--min-replicas", "0"])
        #expect(unasked.status == 1 && unasked.stderr.contains("without a yes: pass --yes"))
        #expect(unasked.stderr.contains("price per hour: not known to tunesmith") && unasked.stderr.contains("https://fireworks.ai/pricing"))
        #expect(await stub.requests.isEmpty)
        let created = try await run(stub, ["endpoints", "create", model, "--provider", "fireworks", "--name", "marv", "--min-replicas", "0", "--yes"])
        #expect(created.status == 0 && created.stdout == "marv  \(model)  CREATING\n", "\(created.stderr)")
        let body = try #require(await stub.requests.last?.json)
        #expect((body["autoscalingPolicy"] as? [String: Any])?["scaleToZeroWindow"] as? String == "300s")
        #expect(await stub.requests.last?.query["deploymentId"] == "marv")
        #expect(try await run(stub, ["endpoints", "show", "marv", "--provider", "fireworks"]).stdout.contains("state        READY"))
        #expect(try await run(stub, ["endpoints", "list", "--provider", "fireworks"]).stdout.contains("marv"))
        #expect(try await run(stub, ["endpoints", "delete", "marv", "--provider", "fireworks"]).stdout == "deleted marv\n")
        await stub.shutdown()
    }
}
