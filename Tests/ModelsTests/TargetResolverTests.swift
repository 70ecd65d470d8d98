import Models
import TestSupport
import Testing
import Tokenizers

@Suite(.enabled(if: TestEncodings.available))
struct TargetResolverTests {
    /// gpt-oss counts with the built-in o200k_harmony and harmony renderer: no tokenizer file is
    /// looked for, so it works on a machine with an empty Hugging Face cache and no network.
    @Test func gptOSSNeedsNoTokenizerFiles() async throws {
        let nowhere = TokenizerLocator(environment: ["HF_HUB_CACHE": "/nonexistent/hub", "HOME": "/nonexistent"])
        let resolver = TargetResolver(catalog: .shipped, encodings: TestEncodings.loader, tokenizers: nowhere)
        for name in ["openai/gpt-oss-20b", "openai/gpt-oss-120b"] {
            let target = try await resolver.resolve(name)
            guard case .chatFormat(let format) = target.counting else {
                Issue.record("\(name) counted by OpenAI's rule")
                continue
            }
            #expect(format.name.contains("harmony"), "\(format.name)")
            #expect(format.tokenizer.encode("<|start|>user", special: true) == [200006, 1428])
        }
    }

    @Test func providersIdsMapToTheirTokenizers() {
        let catalog = ModelCatalog.shipped
        #expect(catalog.tokenizerSource(named: "gpt-4.1-mini") == .encoding(.o200kBase))
        #expect(catalog.tokenizerSource(named: "openai/gpt-oss-20b") == .encoding(.o200kHarmony))
        #expect(catalog.tokenizerSource(named: "accounts/fireworks/models/qwen3-8b") == .repo("Qwen/Qwen3-8B"))
        #expect(catalog.tokenizerSource(named: "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference") == .repo("meta-llama/Llama-3.1-8B-Instruct"))
        #expect(catalog.tokenizerSource(named: "acme/Unknown-7B") == .repo("acme/Unknown-7B"))
        #expect(catalog.tokenizerSource(named: "no-such-model") == nil)
        #expect(catalog.tokenizerSource(named: "accounts/fireworks/models/no-such-model") == nil)
    }
}
