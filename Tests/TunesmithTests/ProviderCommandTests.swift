import Foundation
import TestSupport
import Testing

/// The built binary against the loopback OpenAI stub, as a user runs it.
@Suite(.enabled(if: RankFiles.available), .timeLimit(.minutes(5)))
struct ProviderCommandTests {
    static let marv = TunesmithProcess.packageRoot.appendingPathComponent("examples/marv.jsonl").path

    func environment(_ stub: OpenAIStub, key: String? = nil) async -> [String: String] {
        var environment = TunesmithProcess.environment
        let stubKey = await stub.apiKey
        environment["OPENAI_API_KEY"] = key ?? stubKey
        environment["OPENAI_BASE_URL"] = await stub.baseURL
        return environment
    }

    func run(_ stub: OpenAIStub, _ arguments: [String], stdin: String = "", key: String? = nil) async throws -> TunesmithProcess.Result {
        try await TunesmithProcess.run(arguments, stdin: stdin, environment: await environment(stub, key: key))
    }

    @Test func chatStreamsTheReply() async throws {
        let stub = try await OpenAIStub.start()
        let reply = try await run(stub, ["chat", "--system", "Marv is sarcastic.", "Capital of France?"])
        #expect(reply.status == 0)
        #expect(reply.stdout == "Paris. Obviously.\n")
        let fromStdin = try await run(stub, ["chat", "--model", "gpt-4o-mini"], stdin: "Capital of France?\n")
        #expect(fromStdin.stdout == "Paris. Obviously.\n")
        #expect(await stub.requests.last?.json?["model"] as? String == "gpt-4o-mini")
        await stub.shutdown()
    }

    @Test func chatKeepsWhatArrivedWhenTheConnectionBreaks() async throws {
        let stub = try await OpenAIStub.start()
        let pieces: [(delay: Double, bytes: [UInt8])] = [(0, Array("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Paris, as\"}}]}\n\n".utf8))]
        await stub.set { $0.chatStream = (pieces, true) }
        let result = try await run(stub, ["chat", "Capital?"])
        #expect(result.status == 1)
        #expect(result.stdout == "Paris, as\n")
        #expect(result.stderr.contains("broke off mid-reply"))
        await stub.shutdown()
    }

    @Test func aWrongKeySaysWhatToCheckWithoutPrintingIt() async throws {
        let stub = try await OpenAIStub.start()
        let key = "sk-proj-NOTTHEKEY0123456789xyz"
        let result = try await run(stub, ["chat", "hi"], key: key)
        #expect(result.status == 1)
        #expect(result.stderr.contains("check OPENAI_API_KEY"))
        #expect(!result.stderr.contains(key) && !result.stdout.contains(key))
        await stub.shutdown()
    }

    @Test func uploadValidatesThenSendsTheFile() async throws {
        let stub = try await OpenAIStub.start()
        let upload = try await run(stub, ["files", "upload", Self.marv])
        #expect(upload.status == 0)
        let id = try #require(upload.stdout.split(separator: " ").first.map(String.init))
        #expect(await stub.uploadedBytes(id) == [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.marv))))
        let list = try await run(stub, ["files", "list", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        #expect((object["data"] as? [[String: Any]])?.first?["id"] as? String == id)
        // The same bytes again: the file the provider holds, not a second upload; once it is
        // deleted, a new upload.
        let again = try await run(stub, ["files", "upload", Self.marv])
        #expect(again.status == 0 && again.stdout.hasPrefix(id + " ") && again.stderr.contains("marv.jsonl is already uploaded as \(id); using it"))
        #expect(await stub.requests.filter { $0.method == "POST" && $0.path == "/v1/files" }.count == 1)
        #expect(try await run(stub, ["files", "delete", id]).status == 0)
        let afresh = try await run(stub, ["files", "upload", Self.marv])
        #expect(afresh.status == 0 && !afresh.stdout.hasPrefix(id + " ") && !afresh.stderr.contains("already uploaded"))

        let bad = try temporaryFolder().appendingPathComponent("bad.jsonl")
        try Data("{\"messages\":[]}\n".utf8).write(to: bad)
        let refused = try await run(stub, ["files", "upload", bad.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("missing_messages_list") && refused.stderr.contains("was not uploaded"))
        #expect(await stub.requests.filter { $0.method == "POST" && $0.path == "/v1/files" }.count == 2)
        await stub.shutdown()
    }

    @Test func createWatchAndUseAJob() async throws {
        let stub = try await OpenAIStub.start()
        let refused = try await run(stub, ["jobs", "create", "--model", "gpt-4.1-mini", "--training-file", Self.marv])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--yes"))
        #expect(refused.stderr.contains("estimated cost: $0.03"))
        // Priced from the catalog before any upload, so a no sends nothing.
        #expect(refused.stderr.contains("; nothing was uploaded"), "\(refused.stderr)")
        #expect(await stub.requests.filter { $0.method == "POST" && $0.path == "/v1/files" }.isEmpty)

        let created = try await run(stub, ["jobs", "create", "--model", "gpt-4.1-mini", "--training-file", Self.marv, "--suffix", "marv", "--epochs", "3", "--yes"])
        #expect(created.status == 0)
        #expect(!created.stderr.contains("already uploaded"))
        #expect(created.stderr.contains("estimated cost: $0.01 (765 tokens x 3 epochs x $5.00 per 1M training tokens)"))
        let id = try #require(created.stdout.split(separator: " ").first.map(String.init))
        #expect(created.stdout.hasSuffix("validating_files\n"))

        // Without an id, the newest job still going: the one just created.
        let watch = try await run(stub, ["jobs", "watch", "--interval", "0.01"])
        #expect(watch.stderr.contains("following \(id), the newest job still going"))
        #expect(watch.status == 0)
        #expect(watch.stdout.contains("status: queued") && watch.stdout.contains("status: running"))
        #expect(watch.stdout.contains("step 9/9  train loss 0.2222"))
        #expect(watch.stdout.hasSuffix("fine-tuned model: ft:gpt-4.1-mini:acme:marv:0002\n"))
        #expect(watch.stderr.contains("tunesmith chat --model ft:gpt-4.1-mini:acme:marv:0002"))
        // Elapsed time and ETA on each step; the loss charted once at the end (not a terminal);
        // how to chat said once, in the command line's words.
        #expect(watch.stdout.contains(try Regex(#"\d\d:\d\d:\d\d  step 6/9  train loss 0\.3333  valid loss 0\.3667  elapsed \S+  ETA 3s\n"#)), "\(watch.stdout)")
        #expect(watch.stdout.contains("\ntrain █▄▃▂▂▁▁▁▁ 0.2222\nvalid ▃▂▁ 0.2444\nstep 9/9 (100%)"), "\(watch.stdout)")
        #expect(!watch.stderr.contains("/use"))

        let none = try await run(stub, ["jobs", "watch", "--interval", "0.01"])
        #expect(none.status == 1 && none.stderr.contains("no OpenAI job is still going; name one: tunesmith jobs watch ID"))
        let show = try await run(stub, ["jobs", "show", id, "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])?["status"] as? String == "succeeded")
        let events = try await run(stub, ["jobs", "events", id])
        #expect(events.stdout.split(separator: "\n").count == 14)
        let checkpoints = try await run(stub, ["jobs", "checkpoints", id])
        #expect(checkpoints.stdout.contains("ckpt-step-9"))
        let list = try await run(stub, ["jobs", "list"])
        #expect(list.stdout.contains(id) && list.stdout.contains("succeeded"))
        await stub.shutdown()
    }

    @Test func aSplitTrainsWithItsValidationFile() async throws {
        let stub = try await OpenAIStub.start()
        let folder = try temporaryFolder()
        let data = folder.appendingPathComponent("marv.jsonl")
        try FileManager.default.copyItem(atPath: Self.marv, toPath: data.path)
        #expect(try await TunesmithProcess.run(["split", data.path]).status == 0)
        let train = folder.appendingPathComponent("marv-train.jsonl").path, validation = folder.appendingPathComponent("marv-validation.jsonl").path

        let upload = try await run(stub, ["files", "upload", validation])
        #expect(upload.status == 0)
        #expect(upload.stderr.contains("note: 3 examples is enough for a validation file; a training file needs at least 10"))

        let created = try await run(stub, ["jobs", "create", "--model", "gpt-4.1-mini", "--training-file", train, "--validation-file", validation, "--yes"])
        #expect(created.status == 0, "\(created.stderr)")
        let job = await stub.requests.last { $0.method == "POST" && $0.path == "/v1/fine_tuning/jobs" }
        // The validation file's bytes were uploaded just before: the job uses that file.
        #expect(created.stderr.contains("marv-validation.jsonl is already uploaded as"))
        let files = await stub.requests.filter { $0.method == "POST" && $0.path == "/v1/files" }.count
        #expect(files == 2)
        #expect(job?.json?["training_file"] as? String != nil)
        #expect(job?.json?["validation_file"] as? String != nil)
        #expect(job?.json?["validation_file"] as? String != job?.json?["training_file"] as? String)

        // The dataset changed since the split: its halves are refused, as /train refuses them.
        let handle = try FileHandle(forWritingTo: data)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"messages":[{"role":"user","content":"later"},{"role":"assistant","content":"yes"}]}"#.utf8 + [0x0A]))
        try handle.close()
        let before = await stub.requests.count
        let stale = try await run(stub, ["jobs", "create", "--model", "gpt-4.1-mini", "--training-file", train, "--validation-file", validation, "--yes"])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("not created: marv.jsonl changed since it was split; run `tunesmith split"), "\(stale.stderr)")
        #expect(await stub.requests.count == before, "nothing was sent")
        await stub.shutdown()
    }

    @Test func cancelAndMissingJobs() async throws {
        let stub = try await OpenAIStub.start()
        let created = try await run(stub, ["jobs", "create", "--model", "gpt-4.1-mini", "--training-file", Self.marv, "--yes"])
        let id = try #require(created.stdout.split(separator: " ").first.map(String.init))
        let cancel = try await run(stub, ["jobs", "cancel", id])
        #expect(cancel.stdout == "\(id)  cancelled\n")
        let watch = try await run(stub, ["jobs", "watch", id, "--interval", "0.01"])
        #expect(watch.status == 1)
        #expect(watch.stderr.contains("cancelled"))
        let missing = try await run(stub, ["jobs", "show", "ftjob-missing"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such job; list them with `tunesmith jobs list`"))
        await stub.shutdown()
    }

    @Test func deleteAModelWhoseNameHasColons() async throws {
        let stub = try await OpenAIStub.start()
        let result = try await run(stub, ["models", "delete", "ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123"])
        #expect(result.status == 0)
        #expect(await stub.models == ["gpt-4.1-mini-2025-04-14"])
        let list = try await run(stub, ["models", "list"])
        #expect(list.stdout.contains("gpt-4.1-mini-2025-04-14") && !list.stdout.contains("ft:"))
        await stub.shutdown()
    }
}

/// `encodings fetch` downloads over HTTP, checks the sha256 and fills the user cache.
@Suite(.enabled(if: TestEncodings.sharedFolder != nil || TestEncodings.isCI))
struct EncodingsFetchTests {
    @Test func fetchDownloadsAndVerifies() async throws {
        let shared = try #require(TestEncodings.sharedFolder)
        let server = try await StubHTTPServer.start { request in
            let name = request.path.split(separator: "/").last.map(String.init) ?? ""
            guard request.path.hasPrefix("/encodings/"), let data = FileManager.default.contents(atPath: shared + "/" + name) else { return .full(status: 404, headers: [], body: []) }
            return .full(status: 200, headers: [], body: [UInt8](data))
        }
        let home = try temporaryFolder()
        var environment = ["HOME": home.path, "XDG_CACHE_HOME": home.path + "/cache", "TUNESMITH_ENCODINGS_URL": server.baseURL + "/encodings"]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        let missing = try await TunesmithProcess.run(["tokens"], stdin: "hi", environment: environment.merging(["TUNESMITH_ENCODINGS_URL": server.baseURL + "/nothing"]) { $1 })
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("tunesmith encodings fetch") && missing.stderr.contains("HTTP 404"))
        // Without a local copy, counting downloads the file itself.
        let first = try await TunesmithProcess.run(["tokens"], stdin: "hello world", environment: environment)
        #expect(first.stdout == "2\n")
        try FileManager.default.removeItem(atPath: home.path + "/cache")
        let fetch = try await TunesmithProcess.run(["encodings", "fetch"], environment: environment)
        #expect(fetch.status == 0)
        #expect(fetch.stdout.contains("cl100k_base: verified and saved to \(home.path)/cache/tunesmith/cl100k_base.tiktoken"))
        let count = try await TunesmithProcess.run(["tokens", "--ids"], stdin: "hello world", environment: environment)
        #expect(count.stdout == "24912 2375\n")
        await server.shutdown()
    }
}
