import Foundation
import TestSupport
import Testing

/// `tokens` and `tokenizers` for open-weight models, as a user runs them: from the Hugging Face
/// cache, from a file, and fetched from a (loopback) Hub.
@Suite(.enabled(if: TestTokenizers.available), .timeLimit(.minutes(5)))
struct TokenizersCommandTests {
    func environment(_ extra: [String: String]) throws -> [String: String] {
        let home = try temporaryFolder().path
        var environment = TunesmithProcess.environment
        for key in ["HF_HUB_CACHE", "HF_HOME", "HF_TOKEN", "HF_ENDPOINT", "TUNESMITH_TOKENIZERS"] { environment[key] = nil }
        environment["HOME"] = home
        environment["XDG_CACHE_HOME"] = home + "/cache"
        environment.merge(extra) { _, new in new }
        return environment
    }

    @Test func countsForAHuggingFaceRepoFromTheCache() async throws {
        let environment = try environment(["HF_HUB_CACHE": try TestTokenizers.folder() + "/hub"])
        let plain = try await TunesmithProcess.run(["tokens", "--model", "Qwen/Qwen3-8B", "--ids"], stdin: "Hello, world! <|im_start|>", environment: environment)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout == "9707 11 1879 0 82639 318 4906 91 29\n")
        let special = try await TunesmithProcess.run(["tokens", "--model", "Qwen/Qwen3-8B", "--ids", "--special"], stdin: "Hello, world! <|im_start|>", environment: environment)
        #expect(special.stdout == "9707 11 1879 0 220 151644\n")
        let llama = try await TunesmithProcess.run(["tokens", "--model", "meta-llama/Llama-3.2-1B-Instruct"], stdin: "Hello Việt", environment: environment)
        #expect(llama.stdout == "2\n")
        let mistral = try await TunesmithProcess.run(["tokens", "--model", "mistralai/Mistral-7B-Instruct-v0.2", "--ids"], stdin: "Hello world", environment: environment)
        #expect(mistral.stdout == "22557 1526\n")
        let listed = try await TunesmithProcess.run(["tokenizers", "list"], environment: environment)
        #expect(listed.stdout.contains("mistralai/Mistral-Nemo-Instruct-2407  tekken.json"))
        let unknown = try await TunesmithProcess.run(["tokens", "--model", "acme/Nothing-7B"], stdin: "x", environment: environment.merging(["HF_ENDPOINT": "http://127.0.0.1:9"]) { _, new in new })
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no tokenizer for acme/Nothing-7B") && unknown.stderr.contains("tunesmith tokenizers fetch acme/Nothing-7B"))
    }

    /// A provider's model id counts with the tokenizer of the repo the catalog maps it to, and
    /// gpt-oss with the built-in o200k_harmony, with nothing to download (the Hub is unreachable).
    @Test func aProvidersModelIdCountsWithItsRepositorysTokenizer() async throws {
        let environment = try environment(["HF_HUB_CACHE": try TestTokenizers.folder() + "/hub", "HF_ENDPOINT": "http://127.0.0.1:9"])
        func ids(_ model: String, _ text: String = "Hello, world! Việt") async throws -> String {
            let run = try await TunesmithProcess.run(["tokens", "--model", model, "--ids"], stdin: text, environment: environment)
            #expect(run.status == 0, "\(model): \(run.stderr)")
            return run.stdout
        }
        let qwen = try await ids("Qwen/Qwen3-8B")
        #expect(try await ids("accounts/fireworks/models/qwen3-8b") == qwen)
        #expect(try await ids("qwen3-8b") == qwen)
        #expect(try await ids("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference") == (try await ids("meta-llama/Llama-3.1-8B-Instruct")))
        #expect(try await ids("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference") != qwen)
        let harmony = try await TunesmithProcess.run(["tokens", "--encoding", "o200k_harmony", "--ids"], stdin: "Hello, world! Việt", environment: environment)
        #expect(try await ids("openai/gpt-oss-20b") == harmony.stdout)
        let path = try await TunesmithProcess.run(["tokenizers", "path", "accounts/fireworks/models/qwen3-8b"], environment: environment)
        #expect(path.stdout.contains("counts with Qwen/Qwen3-8B's tokenizer") && path.stdout.contains("found "), "\(path.stdout)")
        let builtIn = try await TunesmithProcess.run(["tokenizers", "fetch", "openai/gpt-oss-120b"], environment: environment)
        #expect(builtIn.status == 0 && builtIn.stdout.contains("o200k_harmony is built in"), "\(builtIn.stdout) \(builtIn.stderr)")
    }

    @Test func countsWithATokenizerFile() async throws {
        let folder = try TestTokenizers.folder()
        let environment = try environment([:])
        let tekken = try await TunesmithProcess.run(["tokens", "--tokenizer", folder + "/mistral-tekken/tekken_240718.json", "--ids"], stdin: "Hello", environment: environment)
        #expect(tekken.stdout == "22177\n")
        let llama4 = try await TunesmithProcess.run(["tokens", "--tokenizer", folder + "/llama4", "--ids", "--special"], stdin: "Hi<|eot|>", environment: environment)
        #expect(llama4.status == 0 && llama4.stdout.hasSuffix(" 200008\n"), "\(llama4.stdout) \(llama4.stderr)")
        let harmony = try await TunesmithProcess.run(["tokens", "--encoding", "o200k_harmony", "--ids", "--special"], stdin: "<|start|>user", environment: environment)
        #expect(harmony.stdout == "200006 1428\n")
        // A rank file tunesmith does not recognise needs its pattern named.
        let ranks = try String(contentsOfFile: folder + "/llama4/tokenizer.model", encoding: .utf8).split(separator: "\n").dropLast()
        let unknown = try temporaryFolder().appendingPathComponent("ranks.tiktoken")
        try (ranks.joined(separator: "\n") + "\n").write(to: unknown, atomically: true, encoding: .utf8)
        let unnamed = try await TunesmithProcess.run(["tokens", "--tokenizer", unknown.path, "--ids"], stdin: "Hello world", environment: environment)
        #expect(unnamed.status == 1 && unnamed.stderr.contains("--pattern"), "\(unnamed.stderr)")
        let named = try await TunesmithProcess.run(["tokens", "--tokenizer", unknown.path, "--pattern", "o200k", "--ids"], stdin: "Hello world", environment: environment)
        #expect(named.status == 0 && named.stdout == "19873 3817\n", "\(named.stdout) \(named.stderr)")
        let wrong = try await TunesmithProcess.run(["tokens", "--tokenizer", unknown.path, "--pattern", "perl"], stdin: "x", environment: environment)
        #expect(wrong.status == 2 && wrong.stderr.contains("--pattern is one of"), "\(wrong.status) \(wrong.stderr)")
        // SentencePiece's references never read [INST] from text: --special is refused, not ignored.
        let sentencePiece = folder + "/mistral-sp/mistral_instruct_tokenizer_240323.model.v3"
        let plain = try await TunesmithProcess.run(["tokens", "--tokenizer", sentencePiece, "--ids"], stdin: "[INST] hi", environment: environment)
        #expect(plain.status == 0 && !plain.stdout.hasPrefix("3 "), "\(plain.stdout) \(plain.stderr)")
        let special = try await TunesmithProcess.run(["tokens", "--tokenizer", sentencePiece, "--ids", "--special"], stdin: "[INST] hi", environment: environment)
        #expect(special.status == 2 && special.stdout.isEmpty, "\(special.stdout)")
        #expect(special.stderr.contains("never turns text such as [INST] into a control token") && special.stderr.contains("Drop --special"))
    }

    @Test func fetchesIntoTheHuggingFaceCacheAndExplainsGatedRepos() async throws {
        let hub = try await HubStub.start()
        let folder = try TestTokenizers.folder()
        let tokenizer = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/llama3/tokenizer.json")))
        let config = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/llama3/tokenizer_config.json")))
        await hub.set {
            $0.files["meta-llama/Llama-3.2-1B-Instruct"] = ["tokenizer.json": tokenizer, "tokenizer_config.json": config]
            $0.gated = ["meta-llama/Llama-3.2-1B-Instruct"]
        }
        let cache = try temporaryFolder().path + "/hub"
        var environment = try environment(["HF_HUB_CACHE": cache, "HF_ENDPOINT": await hub.endpoint])
        let refused = try await TunesmithProcess.run(["tokenizers", "fetch", "meta-llama/Llama-3.2-1B-Instruct"], environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is gated on Hugging Face") && refused.stderr.contains("set HF_TOKEN"))
        // An endpoint with a password in it is shown without it.
        var withPassword = environment
        withPassword["HF_ENDPOINT"] = (await hub.endpoint).replacingOccurrences(of: "http://", with: "http://alice:hunter2secret@")
        let hidden = try await TunesmithProcess.run(["tokenizers", "fetch", "meta-llama/Llama-3.2-1B-Instruct"], environment: withPassword)
        #expect(hidden.status == 1 && hidden.stderr.contains("is gated on Hugging Face: accept its licence on http://***@127.0.0.1"), "\(hidden.stderr)")
        #expect(!hidden.stderr.contains("hunter2secret"))

        environment["HF_TOKEN"] = await hub.token
        let fetched = try await TunesmithProcess.run(["tokenizers", "fetch", "meta-llama/Llama-3.2-1B-Instruct"], environment: environment)
        #expect(fetched.status == 0, "\(fetched.stderr)")
        let repo = cache + "/models--meta-llama--Llama-3.2-1B-Instruct"
        #expect(try String(contentsOfFile: repo + "/refs/main", encoding: .utf8) == hub.commit)
        #expect(FileManager.default.contentsEqual(atPath: repo + "/snapshots/\(hub.commit)/tokenizer.json", andPath: folder + "/llama3/tokenizer.json"))
        #expect(FileManager.default.fileExists(atPath: repo + "/snapshots/\(hub.commit)/tokenizer_config.json"))
        // Every tokenizer file a repo has comes down; a Mistral SentencePiece file counts before
        // the tokenizer.json beside it (here a stand-in), as mistral-common counts.
        let sentencePiece = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/mistral-sp/tokenizer.model.v1")))
        await hub.set { $0.files["mistralai/Mistral-7B-Instruct-v0.2"] = ["tokenizer.json": tokenizer, "tokenizer.model": sentencePiece] }
        let mistral = try await TunesmithProcess.run(["tokenizers", "fetch", "mistralai/Mistral-7B-Instruct-v0.2"], environment: environment)
        #expect(mistral.status == 0 && mistral.stdout.contains("mistral-sp-v1 with 32000 ids"), "\(mistral.stdout) \(mistral.stderr)")
        let snapshot = cache + "/models--mistralai--Mistral-7B-Instruct-v0.2/snapshots/\(hub.commit)"
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: snapshot)).isSuperset(of: ["tokenizer.json", "tokenizer.model"]))
        let mistralIDs = try await TunesmithProcess.run(["tokens", "--model", "mistralai/Mistral-7B-Instruct-v0.2", "--ids"], stdin: "Hello world", environment: environment)
        #expect(mistralIDs.stdout == "22557 1526\n", "\(mistralIDs.stdout) \(mistralIDs.stderr)")
        // The CDN (another address on the Hub's redirect) never gets the token.
        let cdn = await hub.requests.filter { $0.path.hasPrefix("/cdn/") }
        #expect(!cdn.isEmpty && cdn.allSatisfy { $0.header("authorization") == nil })
        await hub.shutdown()

        // Offline now: the cache answers.
        let counted = try await TunesmithProcess.run(["tokens", "--model", "meta-llama/Llama-3.2-1B-Instruct", "--ids"], stdin: "Hello Việt", environment: environment)
        #expect(counted.stdout == "9906 101798\n")
    }
}
