import Dataset
import Foundation
import OpenAIProvider
import ProviderKit
import TestSupport
import Testing
import TogetherProvider

@Suite(.timeLimit(.minutes(5)))
struct TogetherTests {
    func provider(_ stub: TogetherStub, key: String? = nil) async -> TogetherFineTuningProvider {
        let stubKey = await stub.apiKey
        return TogetherFineTuningProvider(client: TogetherClient(configuration: TogetherConfiguration(apiKey: key ?? stubKey, baseURL: await stub.baseURL)))
    }

    func trainingFile() throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("marv.jsonl")
        let line = #"{"messages":[{"role":"system","content":"Marv."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Oh. You."}]}"#
        try Data((Array(repeating: line, count: 5).joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    @Test func uploadReadsBackByteForByteWithItsStatusInWords() async throws {
        let stub = try await TogetherStub.start()
        let together = await provider(stub)
        let url = try trainingFile()
        let file = try await together.uploadFile(path: url.path, progress: nil)
        #expect(await stub.uploadedBytes(file.id) == [UInt8](try Data(contentsOf: url)))
        #expect(file.status == "completed, 5 lines")
        #expect(try await together.listFiles().map(\.id) == [file.id])
        try await together.deleteFile(id: file.id)
        #expect(try await together.listFiles().isEmpty)
        await stub.shutdown()
    }

    @Test func theSignedURLRouteSendsTheBytesWithoutTheKey() async throws {
        let stub = try await TogetherStub.start()
        await stub.set { $0.redirectUploads = true }
        let url = try trainingFile()
        let file = try await provider(stub).uploadFile(path: url.path, progress: nil)
        #expect(await stub.uploadedBytes(file.id) == [UInt8](try Data(contentsOf: url)))
        let put = try #require(await stub.requests.first { $0.method == "PUT" })
        #expect(put.header("authorization") == nil)
        #expect(await stub.requests.last?.path == "/v1/files/\(file.id)/preprocess")
        await stub.shutdown()
    }

    @Test func aJobsWholeLifeWithMixedCaseEvents() async throws {
        let stub = try await TogetherStub.start()
        let together = await provider(stub)
        let file = try await together.uploadFile(path: try trainingFile().path, progress: nil)
        let request = JobRequest(model: "Qwen/Qwen3-8B", trainingFile: file.id, suffix: "marv", epochs: .value(3))
        try await together.checkLimits(request)
        let estimate = try await together.estimatePrice(request, trainingTokens: nil, autoEpochs: 7)
        #expect(estimate.usd == 1.25 && estimate.basis.contains("estimate-price") && estimate.epochs == 3)
        let job = try await together.createJob(request)
        #expect(job.status == .queued)
        let body = try #require(await stub.requests.last?.json)
        #expect((body["training_type"] as? [String: Any])?["type"] as? String == "Lora")
        #expect(body["batch_size"] as? String == "max" && body["n_epochs"] as? Int == 3)
        var statuses: [JobStatus] = []
        var levels = Set<String>()
        var finished: FineTuningJob?
        for try await update in JobWatcher(provider: together, interval: 0.01).watch(jobID: job.id) {
            switch update {
            case .status(let job): statuses.append(job.status)
            case .event(let event): levels.insert(event.level ?? "")
            case .finished(let job): finished = job
            }
        }
        #expect(statuses == [.queued, .running, .succeeded])
        #expect(levels == ["info"])
        #expect(finished?.fineTunedModel == "acme/Qwen3-8B-marv-bbbb")
        #expect(try await together.checkpoints(jobID: job.id).map(\.model) == ["\(job.id):4", job.id])
        #expect(together.howToChat(with: "m", in: .commandLine).contains("tunesmith endpoints create m"))
        await stub.shutdown()
    }

    @Test func cancelAndWhatTogetherCannotDo() async throws {
        let stub = try await TogetherStub.start()
        let together = await provider(stub)
        let file = try await together.uploadFile(path: try trainingFile().path, progress: nil)
        let job = try await together.createJob(JobRequest(model: "Qwen/Qwen3-8B", trainingFile: file.id, method: .dpo, beta: .value(0.1), lora: false))
        let body = try #require(await stub.requests.last?.json)
        #expect((body["training_method"] as? [String: Any])?["dpo_beta"] as? Double == 0.1)
        #expect((body["training_type"] as? [String: String]) == ["type": "Full"])
        #expect((body["training_method"] as? [String: Any])?["method"] as? String == "dpo")
        #expect(try await together.cancelJob(id: job.id).status == .cancelled)
        let pause = await #expect(throws: ProvidersError.self) { try await together.pauseJob(id: job.id) }
        #expect(pause?.message.contains("cannot pause") == true)
        await stub.shutdown()
    }

    /// The stub answers 400 to any body its spec refuses, as Together does; these are the bodies
    /// every kind of job sends.
    @Test func everyKindOfJobSendsABodyTheSpecAccepts() async throws {
        let stub = try await TogetherStub.start()
        let together = await provider(stub)
        let file = try await together.uploadFile(path: try trainingFile().path, progress: nil)
        let lora = try await together.createJob(JobRequest(model: "Qwen/Qwen3-8B", trainingFile: file.id))
        #expect(lora.status == .queued)
        var body = try #require(await stub.requests.last?.json)
        let loraType = try #require(body["training_type"] as? [String: Any])
        // Together's SDK: the model's largest rank, and twice that as alpha.
        #expect(loraType["lora_r"] as? Int == 64 && loraType["lora_alpha"] as? Int == 128)
        #expect(loraType["lora_trainable_modules"] as? String == "all-linear")
        #expect((body["training_method"] as? [String: Any])?["train_on_inputs"] as? String == "auto")
        #expect(body["n_epochs"] as? Int == 1)

        _ = try await together.createJob(JobRequest(model: "Qwen/Qwen3-8B", trainingFile: file.id, loraRank: 16, trainOnInputs: false))
        body = try #require(await stub.requests.last?.json)
        #expect((body["training_type"] as? [String: Any])?["lora_r"] as? Int == 16)
        #expect((body["training_type"] as? [String: Any])?["lora_alpha"] as? Int == 32)
        #expect((body["training_method"] as? [String: Any])?["train_on_inputs"] as? Bool == false)

        _ = try await together.createJob(JobRequest(model: "Qwen/Qwen3-8B", trainingFile: file.id, lora: false))
        body = try #require(await stub.requests.last?.json)
        #expect((body["training_type"] as? [String: String]) == ["type": "Full"])

        let tooHigh = await #expect(throws: ProvidersError.self) {
            try await together.checkLimits(JobRequest(model: "Qwen/Qwen3-8B", trainingFile: file.id, loraRank: 128))
        }
        #expect(tooHigh?.message.contains("LoRA rank of 128 is above Qwen/Qwen3-8B's maximum of 64") == true)
        await stub.shutdown()
    }

    @Test func thePriceIsAskedForTheJobThatWillBeCreated() async throws {
        let stub = try await TogetherStub.start()
        let together = await provider(stub)
        let file = try await together.uploadFile(path: try trainingFile().path, progress: nil)
        let request = JobRequest(model: "Qwen/Qwen3-8B", trainingFile: file.id, validationFile: file.id, suffix: "marv")
        // OpenAI's auto epochs (7 here) mean nothing to Together, whose default is one epoch.
        let estimate = try await together.estimatePrice(request, trainingTokens: 2_000, autoEpochs: 7)
        #expect(estimate.epochs == 1)
        _ = try await together.createJob(request)
        let asked = try #require(await stub.estimates.last?.json)
        let created = try #require(await stub.requests.last?.json)
        for key in ["training_file", "validation_file", "model", "n_epochs", "n_evals"] {
            #expect("\(asked[key] ?? "none")" == "\(created[key] ?? "none")", "\(key) differs")
        }
        #expect(NSDictionary(dictionary: asked["training_type"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: created["training_type"] as? [String: Any] ?? [:]))
        #expect(NSDictionary(dictionary: asked["training_method"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: created["training_method"] as? [String: Any] ?? [:]))

        await stub.set { $0.estimateUnavailable = "pricing for this model is not yet available" }
        let refused = await #expect(throws: ProvidersError.self) { try await together.estimatePrice(request, trainingTokens: nil, autoEpochs: nil) }
        #expect(refused?.message.contains("pricing for this model is not yet available") == true)
        await stub.shutdown()
    }

    @Test func anEndpointGetsTheCheapestHardwareThatIsAvailable() async throws {
        let stub = try await TogetherStub.start()
        let client = await provider(stub).client
        let endpoint = try await client.createEndpoint(model: "acme/Qwen3-8B-marv", hardware: nil, minReplicas: 1, maxReplicas: 1, displayName: "marv")
        #expect(endpoint.hardware == "1x_nvidia_h100_80gb_sxm")
        let body = try #require(await stub.requests.last?.json)
        #expect(body["hardware"] as? String == "1x_nvidia_h100_80gb_sxm")
        #expect(await stub.requests.contains { $0.path == "/v1/hardware" && $0.query["model"] == "acme/Qwen3-8B-marv" })
        await stub.shutdown()
    }

    @Test func limitsAreCheckedBeforeAnyJobRequest() async throws {
        let stub = try await TogetherStub.start()
        let together = await provider(stub)
        for request in [JobRequest(model: "Qwen/Qwen3-8B", trainingFile: "f", epochs: .value(50)),
                        JobRequest(model: "Qwen/Qwen3-8B", trainingFile: "f", learningRate: .absolute(0.5)),
                        JobRequest(model: "Qwen/Qwen3-8B", trainingFile: "f", batchSize: .value(128))] {
            let error = await #expect(throws: ProvidersError.self) { try await together.checkLimits(request) }
            #expect(error?.kind == .invalidRequest)
        }
        #expect(await stub.requests.allSatisfy { $0.path == "/v1/fine-tunes/models/limits" && $0.query["model_name"] == "Qwen/Qwen3-8B" })
        await stub.shutdown()
    }

    @Test func errorsAndRetries() async throws {
        let stub = try await TogetherStub.start()
        let bad = await provider(stub, key: "tgp_v1_WRONGWRONGWRONGWRONG")
        let denied = await #expect(throws: ProvidersError.self) { try await bad.listFiles() }
        #expect(denied?.kind == .authentication && denied?.message.contains("check TOGETHER_API_KEY") == true)
        #expect(denied?.message.contains("tgp_v1_WRONGWRONGWRONGWRONG") == false)
        let together = await provider(stub)
        await stub.set {
            $0.scripted["GET /v1/files"] = [TogetherStub.errorResponse(429, "slow down", headers: [("retry-after-ms", "20")]),
                                            TogetherStub.errorResponse(500, "oops")]
        }
        #expect(try await together.listFiles().isEmpty)
        #expect(await stub.requests.count == 4)
        let missing = await #expect(throws: ProvidersError.self) { try await together.job(id: "ft-nope") }
        #expect(missing?.kind == .notFound && missing?.message.contains("--provider together") == true)
        await stub.shutdown()
    }

    @Test func togethersOwnFileRulesWithLineNumbers() throws {
        let url = try temporaryFolder().appendingPathComponent("bad.jsonl")
        let lines = [
            #"{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]}"#,
            #"{"messages":[{"role":"user","content":"a"},{"role":"user","content":"again"},{"role":"assistant","content":"b","weight":2}]}"#,
            #"{"messages":[{"role":"assistant","content":"first"}],"tools":[]}"#,
            #"{"prompt":"p","completion":"c"}"#,
            #"{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[],"non_preferred_output":[{"role":"assistant","content":"x"}]}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        let problems = try TogetherFileRules.problems(path: url.path)
        #expect(problems.contains("line 2: messages 1 and 2 are both user; roles must alternate"))
        #expect(problems.contains("line 2: message 3's weight must be 0 or 1"))
        #expect(problems.contains("line 3: the key \"tools\" is not allowed in a conversational example"))
        #expect(problems.contains("line 3: the conversation must start with a system or user message"))
        #expect(problems.contains("line 4: a instruction example in a conversational file; use one format per file"))
        #expect(problems.contains("line 5: preferred_output must hold exactly one assistant message"))
        #expect(!problems.contains { $0.hasPrefix("line 1:") })
    }
}
