import Crypto
import Foundation
import TestSupport
import Testing
@testable import Tokenizers

/// Where tokenizer files are found, how each format is told apart, what is refused and why, and
/// the compiled cache.
@Suite(.enabled(if: TestTokenizers.available), .timeLimit(.minutes(5)))
struct TokenizerFilesTests {
    func environment(_ extra: [String: String] = [:]) throws -> [String: String] {
        let home = try temporaryFolder().path
        var environment = ["HOME": home, "XDG_CACHE_HOME": home + "/cache"]
        environment.merge(extra) { _, new in new }
        return environment
    }

    @Test func aRepoIdIsFoundInTheHuggingFaceCacheThenInTunesmithsFolderFirst() throws {
        let unpacked = try TestTokenizers.folder()
        let cacheOnly = TokenizerLocator(environment: try environment(["HF_HUB_CACHE": unpacked + "/hub"]))
        let found = try #require(try cacheOnly.locateLocally("Qwen/Qwen3-8B"))
        #expect(found.source == .huggingFaceCache && found.folder.hasSuffix("/snapshots/" + String(repeating: "0", count: 40)))
        #expect(try cacheOnly.locateLocally("Qwen/Qwen9-1B") == nil)
        // HF_HOME/hub when HF_HUB_CACHE is not set
        let home = try temporaryFolder().path
        try FileManager.default.createSymbolicLink(atPath: home + "/hub", withDestinationPath: unpacked + "/hub")
        #expect(try TokenizerLocator(environment: try environment(["HF_HOME": home])).locateLocally("Qwen/Qwen3-8B")?.source == .huggingFaceCache)

        let mine = try temporaryFolder().path
        try FileManager.default.createDirectory(atPath: mine + "/Qwen/Qwen3-8B", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: unpacked + "/llama3/tokenizer.json", toPath: mine + "/Qwen/Qwen3-8B/tokenizer.json")
        let both = TokenizerLocator(environment: try environment(["HF_HUB_CACHE": unpacked + "/hub", "TUNESMITH_TOKENIZERS": mine]))
        #expect(try both.locateLocally("Qwen/Qwen3-8B")?.source == .tunesmithTokenizers)
    }

    @Test func aMissingModelSaysWhereItLookedAndWhatToDo() async throws {
        let locator = TokenizerLocator(environment: try environment(["HF_HUB_CACHE": "/nonexistent/hub"]))
        let error = await #expect(throws: TokenizersError.self) { try await locator.load("acme/Nothing-7B") }
        #expect(error?.kind == .tokenizerNotFound)
        #expect(error?.message.contains("/nonexistent/hub/models--acme--Nothing-7B") == true)
        #expect(error?.message.contains("tunesmith tokenizers fetch acme/Nothing-7B") == true)
        for bad in ["../etc/passwd", "a/b/c", "justname", "a/.."] {
            #expect(throws: TokenizersError.self) { try locator.locateLocally(bad) }
        }
    }

    /// Meta's own `tokenizer.model` is the tiktoken form of the same vocabulary; its bytes (and so its
    /// sha256) are rebuilt here from tokenizer.json, then recognised, pattern and special tokens included.
    @Test func llama3sTokenizerModelIsRecognisedBySha256() throws {
        let unpacked = try TestTokenizers.folder()
        let json = try TokenizerFiles.load(unpacked + "/llama3/tokenizer.json")
        guard case .huggingFace(let hf) = json.engine else { throw TestSupportError("llama3 is not a tokenizer.json") }
        var text = ""
        for id in 0..<hf.model.vocabulary.tokenCount {
            text += Data(Array(hf.model.vocabulary.bytes(of: id)!)).base64EncodedString() + " \(id)\n"
        }
        let sha = SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(sha == "82e9d31979e92ab929cd544440f129d9ecd797b69e327f80f17e1c50d5551b55")
        let file = try temporaryFolder().appendingPathComponent("tokenizer.model")
        try Data(text.utf8).write(to: file)
        let model = try TokenizerFiles.load(file.path)
        #expect(model.family == "llama3")
        for sample in ["Hello Việt <|eot_id|>", "  \n  trailing", "12345678 'LL", "naïve café"] {
            #expect(model.encode(sample) == json.encode(sample))
            #expect(model.encode(sample, special: true) == json.encode(sample, special: true))
        }
        #expect(model.specialTokens["<|eot_id|>"] == 128009 && model.specialTokens["<|reserved_special_token_247|>"] == 128255)

        // One changed line: no longer recognised, so the pattern must be named.
        try Data(text.replacingOccurrences(of: " 127999\n", with: " 128000\n").utf8).write(to: file)
        let unknown = #expect(throws: TokenizersError.self) { try TokenizerFiles.load(file.path) }
        #expect(unknown?.kind == .unsupportedTokenizer && unknown?.message.contains("--pattern") == true)
        #expect(try TokenizerFiles.load(file.path, pattern: .llama3).encode("Hello world") == [9906, 1917])
    }

    /// Qwen's `qwen.tiktoken` holds the same 151,643 byte strings as Qwen 2's tokenizer.json: rebuilt
    /// here, recognised by its sha256 (NFC first, single digits), and equal to the tokenizer.json's ids.
    @Test func qwensTiktokenFileIsRecognisedBySha256() throws {
        let unpacked = try TestTokenizers.folder()
        let json = try TokenizerFiles.load(unpacked + "/qwen2/tokenizer.json")
        guard case .huggingFace(let hf) = json.engine else { throw TestSupportError("qwen2 is not a tokenizer.json") }
        var text = ""
        for id in 0..<hf.model.vocabulary.tokenCount {
            text += Data(Array(hf.model.vocabulary.bytes(of: id)!)).base64EncodedString() + " \(id)\n"
        }
        #expect(SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
            == "b2b1b8dfb5cc5f024bafc373121c6aba3f66f9a5a0269e243470a1de16a33186")
        let file = try temporaryFolder().appendingPathComponent("qwen.tiktoken")
        try Data(text.utf8).write(to: file)
        let tiktoken = try TokenizerFiles.load(file.path)
        #expect(tiktoken.family == "qwen2" && tiktoken.specialTokens["<|im_start|>"] == 151644)
        let fixture = try OpenWeightParityTests.fixture("qwen2")
        for example in fixture.cases where !example.text.contains("<") {
            #expect(tiktoken.encode(example.text) == example.ids, "\(example.text.debugDescription.prefix(60))")
        }
    }

    @Test func whatIsNotReproducedExactlyIsRefusedByName() throws {
        let unpacked = try TestTokenizers.folder()
        let original = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: unpacked + "/qwen2/tokenizer.json"))) as? [String: Any])
        let folder = try temporaryFolder()
        let edits: [(String, ([String: Any]) -> [String: Any])] = [
            ("the Strip normalizer", { var o = $0; o["normalizer"] = ["type": "Strip", "strip_left": true, "strip_right": true]; return o }),
            ("a pattern tunesmith has no exact matcher for", { var o = $0
                o["pre_tokenizer"] = ["type": "Sequence", "pretokenizers": [
                    ["type": "Split", "pattern": ["Regex": #"\p{N}+|\p{L}+"#], "behavior": "Isolated", "invert": false],
                    ["type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": false]]]
                return o }),
            ("byte_fallback with a ByteLevel pre-tokenizer", { var o = $0; var model = o["model"] as! [String: Any]; model["byte_fallback"] = true; o["model"] = model; return o }),
            ("the Lowercase normalizer", { var o = $0; o["normalizer"] = ["type": "Sequence", "normalizers": [["type": "NFC"], ["type": "Lowercase"]]]; return o }),
            ("a Replace normalizer with the pattern", { var o = $0; o["normalizer"] = ["type": "Replace", "pattern": ["Regex": #"\s+"#], "content": " "]; return o }),
            ("the Whitespace pre-tokenizer", { var o = $0; o["pre_tokenizer"] = ["type": "Whitespace"]; return o }),
            ("a pre-tokenizer after ByteLevel", { var o = $0
                o["pre_tokenizer"] = ["type": "Sequence", "pretokenizers": [
                    ["type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": true], ["type": "Digits", "individual_digits": true]]]
                return o }),
            ("a Split with behavior Sideways", { var o = $0
                o["pre_tokenizer"] = ["type": "Split", "pattern": ["String": " "], "behavior": "Sideways", "invert": false]; return o }),
            ("prepend_scheme \"first\" after a normalizer that adds text", { var o = $0
                o["normalizer"] = ["type": "Prepend", "prepend": "▁"]
                o["pre_tokenizer"] = ["type": "Metaspace", "replacement": "▁", "prepend_scheme": "first", "split": true]; return o }),
            ("BPE dropout", { var o = $0; var model = o["model"] as! [String: Any]; model["dropout"] = 0.1; o["model"] = model; return o }),
            ("continuing_subword_prefix \"##\"", { var o = $0; var model = o["model"] as! [String: Any]; model["continuing_subword_prefix"] = "##"; o["model"] = model; return o }),
            ("a Unigram model", { var o = $0; var model = o["model"] as! [String: Any]; model["type"] = "Unigram"; o["model"] = model; return o }),
            ("the CTC decoder", { var o = $0; o["decoder"] = ["type": "CTC"]; return o }),
        ]
        for (k, (named, edit)) in edits.enumerated() {
            let path = folder.appendingPathComponent("broken-\(k).json").path
            try JSONSerialization.data(withJSONObject: edit(original)).write(to: URL(fileURLWithPath: path))
            let error = #expect(throws: TokenizersError.self) { try TokenizerFiles.load(path) }
            #expect(error?.kind == .unsupportedTokenizer)
            #expect(error?.message.contains(named) == true, "\(error?.message ?? "")")
            #expect(error?.message.contains(path) == true)
        }
        let garbage = folder.appendingPathComponent("tokenizer.json").path
        try Data("{\"model\": [".utf8).write(to: URL(fileURLWithPath: garbage))
        let malformed = #expect(throws: TokenizersError.self) { try TokenizerFiles.load(garbage) }
        #expect(malformed?.kind == .malformedTokenizerFile)
    }

    /// Every kind of vocabulary is compiled once, keyed by its file's sha256 (SHA256SUMS in
    /// ../shared/tokenizers; for the general tokenizer.json pipeline, the converted Mistral files of
    /// the pipeline fixtures and two variants written by the test), and the compiled form encodes
    /// and decodes as the file does.
    @Test(arguments: [
        ("mistral-tekken/tekken_240718.json", "eccd1665d2e477697c33cb7f0daa6f6dfefc57a0a6bceb66d4be52952f827516"),
        ("llama3/tokenizer.json", "1322ac9b4fa52bb2b543ab6d7b1215cc0942a2808e2656375425ba569206cad3"),
        ("llama4/tokenizer.model", "d0bdbaf59b0762c8c807617e2d8ea51420eb1b1de266df2495be755c8e0ed6ed"),
        ("mistral-sp/tokenizer.model.v1", "dadfd56d766715c61d2ef780a525ab43b8e6da4de6865bda3d95fdef5e134055"),
        ("mistral-sp/mistral_instruct_tokenizer_240323.model.v3", "9addc8bdce5988448ae81b729336f43a81262160ae8da760674badab9d4c7d33"),
        ("hf-pipeline/mistral-v1.tokenizer.json", "05c6182c3f32457e797572aaeb3c012985a553198e995ea0c7d9a0f5ecfe0905"),
        ("hf-pipeline/mistral-v3.tokenizer.json", "0ace9f81d539752aade8bf08fa97fe75c18ad2e876427288a7f201bb8c3e293d"),
        ("hf-pipeline/mistral-v1-metaspace", nil),
        ("hf-pipeline/gpt2-prefix", nil),
    ] as [(String, String?)])
    func aCompiledTableServesTheNextLoadUntilTheFileChanges(file relativePath: String, sha256 listed: String?) throws {
        let environment = try environment()
        let file = try temporaryFolder().appendingPathComponent((relativePath as NSString).lastPathComponent)
        let pipelineFixture = relativePath.hasPrefix("hf-pipeline/") ? String(relativePath.dropFirst("hf-pipeline/".count)) : nil
        if let name = pipelineFixture, name.hasSuffix(".tokenizer.json") {
            try HFPipelineFixture.gunzipped(name).write(to: file)
        } else if let variant = pipelineFixture {
            try FileManager.default.copyItem(atPath: try HFPipelineFixture.tokenizerFile(variant), toPath: file.path)
        } else {
            try FileManager.default.copyItem(atPath: try TestTokenizers.folder() + "/" + relativePath, toPath: file.path)
        }
        let sha256 = try listed ?? SHA256.hash(data: Data(contentsOf: file)).map { String(format: "%02x", $0) }.joined()
        let first = try TokenizerFiles.load(file.path, environment: environment)
        let cacheFolder = environment["XDG_CACHE_HOME"]! + "/tunesmith/tokenizers"
        let compiled = try FileManager.default.contentsOfDirectory(atPath: cacheFolder).filter { $0.hasSuffix(".tok") }
        #expect(compiled == [sha256 + ".tok"])
        #expect(FileManager.default.fileExists(atPath: cacheFolder + "/" + sha256 + ".ranks"))
        let cache = TokenizerCache(environment: environment)
        let second = try #require(cache.load(file.path, name: "again"))
        #expect(second.family == first.family && second.vocabularySize == first.vocabularySize)
        #expect(second.specialTokens == first.specialTokens)
        for sample in ["Bonjour, le monde ! 12345", "[INST] not special", "  spaces  ", "日本語 👩‍💻 Việt\n\ttab", "<0x0A> ▁x"] {
            #expect(second.encode(sample) == first.encode(sample))
            #expect(try second.decode(second.encode(sample)) == (try first.decode(first.encode(sample))))
        }
        if pipelineFixture != nil {
            guard case .huggingFacePipeline = second.engine else { throw TestSupportError("\(relativePath) came back as another engine") }
            for text in HFPipelineFixture.texts.prefix(400) {
                #expect(second.encode(text) == first.encode(text) && second.encode(text, special: true) == first.encode(text, special: true))
            }
        }
        // A changed file is a different identity: the compiled table is not used for it.
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        #expect(cache.load(file.path, name: "changed") == nil)
    }

    @Test(arguments: ["llama3/tokenizer.json", "qwen2/tokenizer.json", "llama4/tokenizer.model", "mistral-tekken/tekken_240718.json"])
    func pathologicalInputsFinish(file: String) throws {
        let tokenizer = try TokenizerFiles.load(try TestTokenizers.folder() + "/" + file)
        var generator = SystemRandomNumberGenerator()
        let random = String(decoding: (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) }, as: UTF8.self)
        for text in [String(repeating: "a", count: 1_000_000), String(repeating: " ", count: 1_000_000), String(repeating: "\u{0301}", count: 200_000), random] {
            let ids = tokenizer.encode(text)
            #expect(!ids.isEmpty)
            // Qwen's tokenizer normalises to NFC first, so its ids decode to the NFC text.
            let expected = file.hasPrefix("qwen2") ? HFNormalization.nfc(text) : text
            #expect(Array(try tokenizer.decode(ids).utf8) == Array(expected.utf8))
        }
    }
}
