import Foundation
import TestSupport
import Testing

/// The same commands, `--provider together`, against the Together stub.
@Suite(.enabled(if: RankFiles.available && TestTokenizers.available), .timeLimit(.minutes(5)))
struct TogetherCommandTests {
    static let marv = TunesmithProcess.packageRoot.appendingPathComponent("examples/marv.jsonl").path

    func run(_ stub: TogetherStub, _ arguments: [String], stdin: String = "", in folder: URL? = nil) async throws -> TunesmithProcess.Result {
        var environment = TunesmithProcess.environment
        environment["TOGETHER_API_KEY"] = await stub.apiKey
        environment["TOGETHER_BASE_URL"] = await stub.baseURL
        environment["OPENAI_API_KEY"] = nil
        // Open models are counted with their own tokenizer and template before a job is created.
        environment["HF_HUB_CACHE"] = try TestTokenizers.folder() + "/hub"
        return try await TunesmithProcess.run(arguments, stdin: stdin, environment: environment, in: folder)
    }

    @Test func createAndWatchAJobWithTogether() async throws {
        let stub = try await TogetherStub.start()
        let created = try await run(stub, ["jobs", "create", "--provider", "together", "--model", "Qwen/Qwen3-8B", "--training-file", Self.marv,
                                           "--epochs", "3", "--lora", "--suffix", "marv", "--yes"])
        #expect(created.status == 0)
        #expect(created.stderr.contains("estimated cost: $1.25 (Together's estimate-price for 2400 training tokens)"))
        let id = try #require(created.stdout.split(separator: " ").first.map(String.init))
        let watch = try await run(stub, ["jobs", "watch", id, "--provider", "together", "--interval", "0.01"])
        #expect(watch.status == 0)
        #expect(watch.stdout.contains("status: running"))
        #expect(watch.stdout.hasSuffix("fine-tuned model: acme/Qwen3-8B-marv-bbbb\n"))
        #expect(watch.stderr.contains("tunesmith endpoints create acme/Qwen3-8B-marv-bbbb"))
        let limit = try await run(stub, ["jobs", "create", "--provider", "together", "--model", "Qwen/Qwen3-8B", "--training-file", "file-x", "--epochs", "99", "--yes"])
        #expect(limit.status == 1)
        #expect(limit.stderr.contains("takes 1 to 20 epochs on Together, not 99"))
        await stub.shutdown()
    }

    @Test func thePriceShownIsForTheJobCreated() async throws {
        let stub = try await TogetherStub.start()
        await stub.set { $0.estimateUnavailable = "this model has no price yet" }
        let created = try await run(stub, ["jobs", "create", "--provider", "together", "--model", "Qwen/Qwen3-8B", "--training-file", Self.marv,
                                           "--lora-rank", "16", "--train-on-inputs", "true", "--yes"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("estimated cost: unknown (Together has no estimate for Qwen/Qwen3-8B: this model has no price yet"))
        let asked = try #require(await stub.estimates.last?.json)
        let job = try #require(await stub.requests.last { $0.path == "/v1/fine-tunes" }?.json)
        #expect(asked["n_epochs"] as? Int == 1 && job["n_epochs"] as? Int == 1)
        #expect((job["training_type"] as? [String: Any])?["lora_r"] as? Int == 16)
        #expect((job["training_method"] as? [String: Any])?["train_on_inputs"] as? Bool == true)
        await stub.shutdown()
    }

    /// Together prices uploaded files only: a local path is never sent, and the one estimate comes
    /// after the upload, for the ids the job is created with.
    @Test func thePriceIsAskedOnlyForUploadedFiles() async throws {
        let stub = try await TogetherStub.start()
        let folder = try temporaryFolder()
        let lines = try String(contentsOfFile: Self.marv, encoding: .utf8).split(separator: "\n")
        try (lines.dropLast(3).joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("train.jsonl"), atomically: true, encoding: .utf8)
        try (lines.suffix(3).joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("valid.jsonl"), atomically: true, encoding: .utf8)
        let created = try await run(stub, ["jobs", "create", "--provider", "together", "--model", "Qwen/Qwen3-8B", "--training-file", "train.jsonl",
                                           "--validation-file", "valid.jsonl", "--epochs", "3", "--yes"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("estimated cost: $1.25"), "\(created.stderr)")
        let paths = await stub.requests.map(\.path)
        let estimates = await stub.estimates.compactMap(\.json)
        #expect(estimates.count == 1, "\(paths)")
        let job = try #require(await stub.requests.last { $0.path == "/v1/fine-tunes" }?.json)
        for estimate in estimates {
            #expect(estimate["training_file"] as? String == job["training_file"] as? String)
            #expect(estimate["validation_file"] as? String == job["validation_file"] as? String)
            #expect(estimate["n_epochs"] as? Int == 3)
        }
        let firstEstimate = try #require(paths.firstIndex(of: "/v1/fine-tunes/estimate-price"))
        #expect(paths.lastIndex(of: "/v1/files/upload").map { $0 < firstEstimate } == true, "\(paths)")
        await stub.shutdown()
    }

    @Test func validateWithTogethersRules() async throws {
        let stub = try await TogetherStub.start()
        let folder = try temporaryFolder()
        var lines: [String] = []
        for k in 0..<10 { lines.append(#"{"messages":[{"role":"user","content":"q\#(k)"},{"role":"user","content":"again"},{"role":"assistant","content":"a"}]}"#) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("twice.jsonl"))
        let openAI = try await run(stub, ["validate", "twice.jsonl"], in: folder)
        #expect(openAI.status == 0)
        let together = try await run(stub, ["validate", "twice.jsonl", "--provider", "together"], in: folder)
        #expect(together.status == 1)
        #expect(together.stdout.contains("together's file rules (it would reject the file):\n  line 1: messages 1 and 2 are both user"))
        await stub.shutdown()
    }

    @Test func endpointsCreateListDelete() async throws {
        let stub = try await TogetherStub.start()
        // It bills per minute: the price first, and nothing is created without a yes.
        let unasked = try await run(stub, ["endpoints", "create", "acme/Qwen3-8B-marv-bbbb", "--name", "marv"])
        #expect(unasked.status == 1 && unasked.stderr.contains("without a yes: pass --yes"))
        #expect(unasked.stderr.contains("per minute per replica") && unasked.stderr.contains("on 1x_nvidia_h100_80gb_sxm, Together's hardware list"), "\(unasked.stderr)")
        #expect(await stub.requests.allSatisfy { $0.method != "POST" })
        let created = try await run(stub, ["endpoints", "create", "acme/Qwen3-8B-marv-bbbb", "--name", "marv", "--yes"])
        #expect(created.status == 0, "\(created.stderr)")
        let id = try #require(created.stdout.split(separator: " ").first.map(String.init))
        #expect(created.stdout.hasSuffix("PENDING  1x_nvidia_h100_80gb_sxm\n"))
        // The author's endpoints first, under their own heading; Together's serverless models apart.
        let listed = try await run(stub, ["endpoints", "list"]).stdout
        let sections = listed.components(separatedBy: "\n\n")
        #expect(sections.count == 2, "\(listed)")
        #expect(sections.first?.hasPrefix("Your endpoints (billed while they are up):\nID ") == true, "\(listed)")
        #expect(sections.first?.contains("acme/marv-") == true && sections.first?.contains("Llama-3.3") == false, "\(listed)")
        #expect(sections.last?.hasPrefix("Together's serverless models (billed per token; nothing to delete):\nNAME ") == true, "\(listed)")
        #expect(sections.last?.contains("meta-llama/Llama-3.3-70B-Instruct-Turbo  STARTED") == true, "\(listed)")
        #expect(try await run(stub, ["endpoints", "delete", id]).stdout == "deleted \(id)\n")
        await stub.shutdown()
    }

    @Test func theShellStartedForTogetherTargetsAModelTogetherTrains() async throws {
        let stub = try await TogetherStub.start()
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.marv, toPath: folder.appendingPathComponent("marv.jsonl").path)
        let result = try await run(stub, ["marv.jsonl", "--provider", "together", "--offline"], stdin: "Hi\nHello.\n/tokens\n", in: folder)
        #expect(result.stdout.contains(" of 40,960 for Qwen/Qwen3-8B "), "\(result.stdout)\(result.stderr)")
        await stub.shutdown()
    }

    @Test func theShellTrainsWithTogetherAndChatsThroughIt() async throws {
        let stub = try await TogetherStub.start()
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.marv, toPath: folder.appendingPathComponent("marv.jsonl").path)
        var environment = TunesmithProcess.environment
        environment["TOGETHER_API_KEY"] = await stub.apiKey
        environment["TOGETHER_BASE_URL"] = await stub.baseURL
        environment["OPENAI_API_KEY"] = nil
        // Open models are counted with their own tokenizer and template before a job is created.
        environment["HF_HUB_CACHE"] = try TestTokenizers.folder() + "/hub"
        environment["OPENAI_BASE_URL"] = await stub.baseURL  // any OpenAI-compatible server chats without a key
        environment["TUNESMITH_WATCH_INTERVAL"] = "0.01"
        environment["XDG_STATE_HOME"] = folder.path + "/state"
        // Together does not train gpt-4.1-mini: /provider brings its default model as the target.
        let script = "/provider together\n/train --epochs 2\n/watch\n/use acme/marv-endpoint\nHello\n"
        let result = try await TunesmithProcess.run(["marv.jsonl", "--yes"], stdin: script, environment: environment, in: folder)
        #expect(result.stdout.contains("fine-tuning with Together"))
        #expect(result.stdout.contains("Together does not fine-tune gpt-4.1-mini; the target is now its default, Qwen/Qwen3-8B"))
        #expect(result.stdout.contains("estimated cost: $1.25"))
        #expect(result.stdout.contains("fine-tuned model: acme/"))
        #expect(result.stdout.contains("chatting with acme/marv-endpoint through Together"))
        #expect(result.stdout.contains("Served by acme/marv-endpoint."))
        await stub.shutdown()
    }
}
