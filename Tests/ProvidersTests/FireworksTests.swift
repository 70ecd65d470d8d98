import Dataset
import FireworksProvider
import Foundation
import ProviderKit
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(5)))
struct FireworksTests {
    func provider(_ stub: FireworksStub, key: String? = nil, account: String? = nil, directUploadLimit: Int64 = 150_000_000) async -> FireworksFineTuningProvider {
        let stubKey = await stub.apiKey
        let stubAccount = await stub.account
        let configuration = FireworksConfiguration(apiKey: key ?? stubKey, accountID: account ?? stubAccount,
                                                   baseURL: await stub.baseURL, inferenceBaseURL: await stub.baseURL + "/inference/v1",
                                                   retryPolicy: RetryPolicy(maxRetries: 2), directUploadLimit: directUploadLimit, readyPollInterval: 0.01)
        return FireworksFineTuningProvider(client: FireworksClient(configuration: configuration))
    }

    func trainingFile(_ name: String = "marv.jsonl", count: Int = 5, variant: String = "") throws -> URL {
        let url = try temporaryFolder().appendingPathComponent(name)
        let line = #"{"messages":[{"role":"system","content":"Marv."},{"role":"user","content":"Hi\#(variant)"},{"role":"assistant","content":"Oh. You."}]}"#
        try Data((Array(repeating: line, count: count).joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    @Test func datasetIDsFollowTheResourceRulesAndComeFromTheContent() throws {
        let first = try FireworksResourceID.dataset(path: try trainingFile("Marv Train_v2.jsonl").path)
        #expect(first.hasPrefix("marv-train-v2-") && first.count == "marv-train-v2-".count + 16)
        #expect(try FireworksResourceID.dataset(path: try trainingFile("Marv Train_v2.jsonl").path) == first)
        #expect(try FireworksResourceID.dataset(path: try trainingFile("Marv Train_v2.jsonl", variant: "!").path) != first)
        for name in ["2024.jsonl", "---.jsonl", String(repeating: "long-name-", count: 10) + ".jsonl", "Été data.jsonl"] {
            let id = try FireworksResourceID.dataset(path: try trainingFile(name).path)
            #expect(FireworksResourceID.isValid(id), "\(id) from \(name)")
        }
        #expect(!FireworksResourceID.isValid("9lives") && !FireworksResourceID.isValid("ends-") && !FireworksResourceID.isValid("Upper"))
    }

    @Test func theSameFileIsUploadedOnceAndReadBackByteForByte() async throws {
        let stub = try await FireworksStub.start()
        let fireworks = await provider(stub)
        let url = try trainingFile()
        let file = try await fireworks.uploadFile(path: url.path, progress: nil)
        #expect(await stub.bytes(ofDataset: file.id) == [UInt8](try Data(contentsOf: url)))
        #expect(file.status == "ready, 5 examples")
        let created = try #require(await stub.requests.first { $0.method == "POST" && $0.path.hasSuffix("/datasets") }?.json)
        // int64 goes as a string; CHAT for conversations.
        #expect((created["dataset"] as? [String: Any])?["exampleCount"] as? String == "5")
        #expect((created["dataset"] as? [String: Any])?["format"] as? String == "CHAT")
        let requestsBefore = await stub.requests.count
        let again = try await fireworks.uploadFile(path: url.path, progress: nil)
        #expect(again.id == file.id)
        #expect(await stub.requests.dropFirst(requestsBefore).map { "\($0.method) \($0.path)" } == ["GET /v1/accounts/acme-co/datasets/\(file.id)"])
        #expect(await stub.datasetIDs == [file.id])
        #expect(try await fireworks.listFiles().map(\.id) == [file.id])
        try await fireworks.deleteFile(id: file.id)
        #expect(try await fireworks.listFiles().isEmpty)
        await stub.shutdown()
    }

    @Test func aLargeFileGoesThroughTheSignedURLWithoutTheKey() async throws {
        let stub = try await FireworksStub.start()
        let fireworks = await provider(stub, directUploadLimit: 100)
        let url = try trainingFile("Big.JSONL")
        let file = try await fireworks.uploadFile(path: url.path, progress: nil)
        #expect(await stub.bytes(ofDataset: file.id) == [UInt8](try Data(contentsOf: url)))
        let put = try #require(await stub.requests.first { $0.method == "PUT" })
        #expect(put.header("authorization") == nil)
        #expect(put.path.hasSuffix("/Big.jsonl"))  // the extension in lower case, as Fireworks' helper wants
        let paths = await stub.requests.map { "\($0.method) \($0.path.split(separator: "/").last ?? "")" }
        #expect(paths.contains { $0.hasSuffix(":getUploadEndpoint") } && paths.contains { $0.hasSuffix(":validateUpload") })
        #expect(!paths.contains { $0.hasSuffix(":upload") })
        // Storage that refuses the bytes is named as such, without advice about Fireworks keys.
        await stub.set { $0.scripted["PUT /signed/"] = [.full(status: 403, headers: [], body: Array("SignatureDoesNotMatch".utf8))] }
        let refused = await #expect(throws: ProvidersError.self) { try await fireworks.uploadFile(path: try trainingFile("other.jsonl", variant: "?").path, progress: nil) }
        #expect(refused?.message.hasPrefix("the signed upload URL refused other.jsonl (HTTP 403); upload the file again") == true, "\(refused?.message ?? "")")
        await stub.shutdown()
    }

    @Test func listsFollowPageTokensToTheEnd() async throws {
        let stub = try await FireworksStub.start()
        let fireworks = await provider(stub)
        for k in 0..<205 {
            await stub.addReadyDataset("d\(k)", examples: k)
        }
        let files = try await fireworks.listFiles()
        #expect(files.count == 205 && Set(files.map(\.id)).count == 205)
        #expect(await stub.requests.filter { $0.query["pageToken"] != nil }.count == 1)
        await stub.shutdown()
    }

    @Test func aSupervisedJobsWholeLife() async throws {
        let stub = try await FireworksStub.start()
        let fireworks = await provider(stub)
        let file = try await fireworks.uploadFile(path: try trainingFile().path, progress: nil)
        let request = JobRequest(model: "qwen3-8b", trainingFile: file.id, validationFile: file.id, suffix: "marv-v1", epochs: .value(2),
                                 batchSize: .value(16), learningRate: .absolute(0.0001), loraRank: 16, maxContextLength: 8192)
        try await fireworks.checkLimits(request)
        let estimate = try await fireworks.estimatePrice(request, trainingTokens: 1_000, autoEpochs: 7)
        #expect(estimate.usd == 2.5 && estimate.basis == "Fireworks' estimateCost" && estimate.epochs == 2)
        let job = try await fireworks.createJob(request)
        #expect(job.status == .queued && job.model == "accounts/fireworks/models/qwen3-8b")
        let body = try #require(await stub.requests.last?.json)
        #expect(body["dataset"] as? String == "accounts/acme-co/datasets/\(file.id)")
        #expect(body["evaluationDataset"] as? String == "accounts/acme-co/datasets/\(file.id)")
        #expect(body["outputModel"] as? String == "marv-v1" && body["epochs"] as? Int == 2 && body["loraRank"] as? Int == 16)
        #expect(body["batchSizeSamples"] as? Int == 16 && body["batchSize"] == nil && body["maxContextLength"] as? Int == 8192)
        var statuses: [JobStatus] = []
        var messages: [String] = []
        var finished: FineTuningJob?
        for try await update in JobWatcher(provider: fireworks, interval: 0.01).watch(jobID: job.id) {
            switch update {
            case .status(let job): statuses.append(job.status)
            case .event(let event): messages.append(event.message)
            case .finished(let job): finished = job
            }
        }
        #expect(statuses == [.validatingFiles, .running, .succeeded])
        #expect(messages.contains("running, 50% done (epoch 1)"))
        #expect(finished?.fineTunedModel == "accounts/acme-co/models/marv-v1")
        #expect(try await fireworks.listJobs(limit: 10).map(\.id) == [job.id])
        let noCheckpoints = await #expect(throws: ProvidersError.self) { try await fireworks.checkpoints(jobID: job.id) }
        #expect(noCheckpoints?.message.contains("lists no checkpoints") == true)
        #expect(fireworks.howToChat(with: "m", in: .commandLine).contains("tunesmith endpoints create m --provider fireworks"))
        #expect((fireworks.chat as? CompatibleChatClient)?.configuration.baseURL == (await stub.baseURL) + "/inference/v1")
        await stub.shutdown()
    }

    @Test func aDPOJobNestsItsSettingsAndNamesItsLoss() async throws {
        let stub = try await FireworksStub.start()
        let fireworks = await provider(stub)
        let file = try await fireworks.uploadFile(path: try trainingFile().path, progress: nil)
        let request = JobRequest(model: "accounts/fireworks/models/qwen3-8b", trainingFile: file.id, method: .dpo, epochs: .value(1), beta: .value(0.1))
        let job = try await fireworks.createJob(request)
        let body = try #require(await stub.requests.last?.json)
        #expect(await stub.requests.last?.path == "/v1/accounts/acme-co/dpoJobs")
        #expect((body["trainingConfig"] as? [String: Any])?["baseModel"] as? String == "accounts/fireworks/models/qwen3-8b")
        #expect((body["lossConfig"] as? [String: Any])?["method"] as? String == "DPO")
        #expect(((body["lossConfig"] as? [String: Any])?["dpo"] as? [String: Any])?["beta"] as? Double == 0.1)
        // A bare id is found among the DPO jobs after the supervised ones say 404.
        #expect(try await fireworks.job(id: job.id).id == job.id)
        let cancelled = try await fireworks.cancelJob(id: job.id)
        #expect(cancelled.status == .cancelled)
        #expect(await stub.requests.contains { $0.path == "/v1/accounts/acme-co/dpoJobs/\(job.id):cancel" && $0.body == Array("{}".utf8) })
        #expect(try await fireworks.resumeJob(id: job.id).status == .running)
        let unpriced = await #expect(throws: ProvidersError.self) { try await fireworks.estimatePrice(request, trainingTokens: 100, autoEpochs: nil) }
        #expect(unpriced?.message.contains("https://fireworks.ai/pricing") == true)
        await stub.shutdown()
    }

    @Test func limitsAreCheckedBeforeAnythingIsSent() async throws {
        let stub = try await FireworksStub.start()
        let fireworks = await provider(stub)
        let refused: [(JobRequest, String)] = [
            (JobRequest(model: "qwen3-8b", trainingFile: "d", lora: false), "LoRA adapters only"),
            (JobRequest(model: "qwen3-8b", trainingFile: "d", loraRank: 12), "power of 2 from 4 to 64"),
            (JobRequest(model: "qwen3-8b", trainingFile: "d", learningRate: .absolute(2)), "absolute"),
            (JobRequest(model: "qwen3-8b", trainingFile: "d", seed: 4), "no seed"),
            (JobRequest(model: "qwen3-8b", trainingFile: "d", suffix: "Marv_V1"), "--suffix names the output model"),
            (JobRequest(model: "qwen3-8b", trainingFile: "d", method: .dpo, beta: .value(0.7)), "below 0.5"),
            (JobRequest(model: "qwen3-8b", trainingFile: "d", validationFile: "v", method: .dpo), "no validation file"),
            (JobRequest(model: "acme/Unknown-7B", trainingFile: "d"), "accounts/fireworks/models/qwen3-8b"),
        ]
        for (request, words) in refused {
            let error = await #expect(throws: ProvidersError.self) { try await fireworks.checkLimits(request) }
            #expect(error?.kind == .invalidRequest && error?.message.contains(words) == true, "\(words): \(error?.message ?? "")")
        }
        #expect(try fireworks.baseModel("Qwen/Qwen3-8B") == "accounts/fireworks/models/qwen3-8b")
        #expect(await stub.requests.isEmpty)
        await stub.shutdown()
    }

    @Test func errorsSayWhatToDoInGrpcGatewaysShape() async throws {
        let stub = try await FireworksStub.start()
        let denied = await #expect(throws: ProvidersError.self) { try await provider(stub, key: "fw_WRONGWRONGWRONGWRONG").listFiles() }
        #expect(denied?.kind == .authentication && denied?.message.contains("check FIREWORKS_API_KEY") == true)
        #expect(denied?.message.contains("fw_WRONGWRONGWRONGWRONG") == false)
        #expect(denied?.code == "16")
        let missing = await #expect(throws: ProvidersError.self) { try await provider(stub).job(id: "nope") }
        #expect(missing?.kind == .notFound && missing?.message.contains("--provider fireworks") == true, "\(missing?.message ?? "")")
        let fireworks = await provider(stub)
        await stub.set {
            $0.scripted["GET /v1/accounts/acme-co/datasets"] = [FireworksStub.error(503, "unavailable"), FireworksStub.error(429, "slow down", headers: [("retry-after-ms", "20")])]
        }
        #expect(try await fireworks.listFiles().isEmpty)
        await stub.shutdown()
    }

    @Test func theAccountIDIsCheckedAndExplained() async throws {
        let stub = try await FireworksStub.start()
        let none = await #expect(throws: ProvidersError.self) {
            try await FireworksClient(configuration: FireworksConfiguration(apiKey: "k", accountID: nil, baseURL: await stub.baseURL)).listDatasets()
        }
        #expect(none?.message.contains("set FIREWORKS_ACCOUNT_ID") == true && none?.message.contains("firectl whoami") == true)
        let email = await #expect(throws: ProvidersError.self) { try await provider(stub, account: "ann@acme.example").listFiles() }
        #expect(email?.message.contains("an email address") == true)
        #expect(await stub.requests.isEmpty)
        let configuration = FireworksConfiguration(environment: ["FIREWORKS_BASE_URL": "https://fw.example/v1/", "FIREWORKS_INFERENCE_BASE_URL": "https://chat.example/v1"])
        #expect(configuration.baseURL == "https://fw.example" && configuration.chatConfiguration.baseURL == "https://chat.example/v1")
        #expect(FireworksConfiguration(environment: [:]).inferenceBaseURL == "https://api.fireworks.ai/inference/v1")
        await stub.shutdown()
    }

    /// The stub answers 400 to what the spec refuses; a body the client must never send is refused.
    @Test func theStubRefusesWhatTheSpecRefuses() async throws {
        let stub = try await FireworksStub.start()
        let fireworks = await provider(stub)
        let file = try await fireworks.uploadFile(path: try trainingFile().path, progress: nil)
        // Straight to the server, past the client's own checks.
        let raw = HTTPTransport(baseURL: await stub.baseURL, headers: ["authorization": "Bearer \(await stub.apiKey)"], policy: RetryPolicy(maxRetries: 0),
                                secret: nil, providerName: "Fireworks") { _, response in
            ProvidersError(.badRequest, String(decoding: response.body, as: UTF8.self), status: response.status)
        }
        let withoutDataset = await #expect(throws: ProvidersError.self) {
            _ = try await raw.send(APIRequest(.POST, "/v1/accounts/acme-co/supervisedFineTuningJobs", body: .json(Data(#"{"baseModel":"accounts/fireworks/models/qwen3-8b"}"#.utf8))))
        }
        #expect(withoutDataset?.status == 400 && withoutDataset?.message.contains(#""code":3"#) == true)
        #expect(withoutDataset?.message.contains("body.dataset is required") == true)
        let oldBatch = await #expect(throws: ProvidersError.self) {
            _ = try await raw.send(APIRequest(.POST, "/v1/accounts/acme-co/supervisedFineTuningJobs",
                                                 body: .json(Data(#"{"dataset":"accounts/acme-co/datasets/\#(file.id)","baseModel":"b","batchSize":8}"#.utf8))))
        }
        #expect(oldBatch?.message.contains("Training V2") == true)
        await stub.shutdown()
    }

    @Test func fireworksOwnFileRulesWithLineNumbers() throws {
        let url = try temporaryFolder().appendingPathComponent("bad.jsonl")
        let lines = [
            #"{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"weight":0.5}"#,
            #"{"messages":[{"role":"user","content":"a"},{"role":"system","content":"late"},{"role":"assistant","content":"b","weight":2}]}"#,
            #"{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x/y.png"}}]},{"role":"user","content":"q"}]}"#,
            #"{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"x"}],"non_preferred_output":[{"role":"assistant","content":"y"}]}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        let problems = try FireworksFileRules.problems(path: url.path)
        #expect(!problems.contains { $0.hasPrefix("line 1:") })
        #expect(problems.contains("line 2: message 2 is a system message; only the first message may be one"))
        #expect(problems.contains("line 2: message 3's weight must be 0 or 1"))
        #expect(problems.contains("line 3: message 1 has an image that is not a base64 data: URI; Fireworks takes no image links"))
        #expect(problems.contains("line 3: there is no assistant message to train on"))
        #expect(problems.contains("line 4: a preference example in a chat file; use one format per file"))
        #expect(problems.contains("line 2: no \"weight\", which 1 other examples have; Fireworks wants it in every example or none"))

        let two = try trainingFile("two.jsonl", count: 2)
        #expect(try FireworksFileRules.problems(path: two.path) == ["the file has 2 examples; Fireworks needs at least 3"])
        let text = try temporaryFolder().appendingPathComponent("data.txt")
        try FileManager.default.copyItem(at: try trainingFile("five.jsonl"), to: text)
        #expect(try FireworksFileRules.problems(path: text.path) == ["the file must be named *.jsonl (Fireworks takes JSONL files only)"])
    }
}
