import Models
import Testing
import Tokenizers

/// The shipped entries of every provider, and the names that find them.
struct ProviderCatalogTests {
    let catalog = ModelCatalog.shipped

    func model(_ id: String, _ provider: ModelProvider) throws -> CatalogModel {
        try #require(catalog.models(provider: provider).first { $0.id == id })
    }

    @Test func everyProviderHasDatedSourcedEntries() throws {
        for provider in ModelProvider.allCases {
            let models = catalog.models(provider: provider)
            #expect(models.count >= (provider == .together ? 60 : 10), "\(provider)")
            #expect(models.allSatisfy { !$0.source.isEmpty && !$0.methods.isEmpty })
            if provider != .openAI { #expect(models.allSatisfy { $0.huggingFaceRepo != nil }, "\(provider)") }
            #expect(catalog.defaultModel(for: provider)?.counting.isExact == true)
        }
        #expect(Set(catalog.entries.map { "\($0.provider)/\($0.id)" }).count == catalog.entries.count, "an id listed twice")
    }

    @Test func openModelsCountWithTheirFamily() throws {
        let qwen = try model("Qwen/Qwen3-8B", .together)
        #expect(qwen.counting == .template(.qwen3))
        #expect(qwen.context.tokens(for: .supervised) == 40_960)
        #expect(qwen.context.tokens(for: .dpo) == nil, "Together states no DPO figure per model")
        #expect(qwen.trainingPrice == nil && qwen.trainingEnds == nil)
        #expect(try model("Qwen/Qwen2.5-7B-Instruct", .together).counting == .template(.qwen2_5))
        #expect(try model("meta-llama/Llama-3.2-1B-Instruct", .together).counting == .template(.llama3_2))
        #expect(try model("openai/gpt-oss-20b", .together).counting == .template(.gptOSS))
        #expect(try model("mistralai/Mixtral-8x7B-Instruct-v0.1", .together).counting == .template(.mistralV1))
        let reference = try model("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", .together)
        #expect(reference.huggingFaceRepo == "meta-llama/Llama-3.1-8B-Instruct" && reference.counting == .template(.llama3))
        #expect(try model("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B", .together).context.tokens(for: .supervised, lora: false) == 65_536)
        #expect(try model("accounts/fireworks/models/qwen3-8b", .fireworks).context.tokens(for: .supervised) == 131_072)
    }

    @Test(arguments: ["qwen3.5", "deepseek", "kimi", "glm", "gemma", "nemotron"])
    func familiesWithoutFilesAreMarked(_ family: String) {
        let marked = catalog.entries.filter { $0.counting == .notSupportedYet(family: family) }
        #expect(!marked.isEmpty)
        #expect(marked.allSatisfy { !$0.counting.isExact && $0.counting.description.contains("not supported exactly yet") })
    }

    @Test func openAIKeepsItsFiguresAndGetsItsDeadlines() throws {
        let mini = try model("gpt-4.1-mini-2025-04-14", .openAI)
        #expect(mini.family == "gpt-4.1-mini" && mini.counting == .openAI(.o200kBase))
        #expect(mini.context.tokens(for: .supervised) == 65_536 && mini.context.tokens(for: .dpo) == 65_536)
        #expect(mini.trainingPrice == TrainingPrice(usdPerMillion: 5, asOf: "2026-08", source: "OpenAI's pricing page [S10]"))
        #expect(mini.trainingEnds == CalendarDay("2027-01-06") && mini.servingEnds == CalendarDay("2027-01-14"))
        #expect(try model("gpt-4o-mini-2024-07-18", .openAI).servingEnds == CalendarDay("2027-01-14"))
        let nano = try model("gpt-4.1-nano-2025-04-14", .openAI)
        #expect(nano.trainingEnds == CalendarDay("2027-01-06") && nano.servingEnds == nil)
        #expect(try model("o4-mini-2025-04-16", .openAI).methods == [.reinforcement])
        #expect(catalog.models(provider: .openAI).allSatisfy { $0.trainingEnds == CalendarDay("2027-01-06") })
    }

    @Test func aHuggingFaceRepoFindsEveryProvidersEntry() {
        #expect(catalog.models(matching: "Qwen/Qwen3-8B").map(\.id) == ["Qwen/Qwen3-8B", "accounts/fireworks/models/qwen3-8b"])
        #expect(catalog.models(matching: "qwen/qwen3-8b", provider: .fireworks).map(\.id) == ["accounts/fireworks/models/qwen3-8b"])
        #expect(catalog.model(named: "meta-llama/Llama-3.1-8B-Instruct", provider: .together)?.id == "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference")
        #expect(catalog.model(named: "qwen3-8b")?.id == "accounts/fireworks/models/qwen3-8b")
    }

    @Test(arguments: ["gpt-4.1-mini", "GPT-4.1-mini-2025-04-14", "ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123", "ft:gpt-4.1-mini:openai::7p4l"])
    func openAINamesFindTheirSnapshot(_ name: String) {
        #expect(catalog.model(named: name)?.id == "gpt-4.1-mini-2025-04-14")
        #expect(catalog.model(named: name, provider: .together) == nil)
    }

    @Test func unknownNamesSayWhatToPass() {
        #expect(catalog.model(named: "gpt-5") == nil, "gpt-5 counts but cannot be fine-tuned")
        let error = #expect(throws: ModelsError.self) { try catalog.requireModel(named: "acme/NotAModel", provider: .together) }
        #expect(error?.kind == .unknownModel)
        #expect(error?.message == "no model \"acme/NotAModel\" that Together fine-tunes; pass one such as Qwen/Qwen3-8B (`tunesmith models catalog` lists them)")
    }

    @Test func completionNamesPerProvider() {
        let fireworks = catalog.completionNames(for: .fireworks)
        #expect(fireworks.contains("accounts/fireworks/models/qwen3-8b") && fireworks.contains("qwen3-8b"))
        #expect(!fireworks.contains("gpt-4.1-mini") && !fireworks.contains("Qwen/Qwen3-8B"))
        let together = catalog.completionNames(for: .together)
        #expect(together.contains("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference") && !together.contains("meta-llama/Llama-3.1-8B-Instruct"))
        let openAI = catalog.completionNames(for: .openAI)
        #expect(openAI.starts(with: ["gpt-4.1", "gpt-4.1-2025-04-14", "gpt-4.1-mini", "gpt-4.1-mini-2025-04-14"]))
        #expect(!openAI.contains("Qwen/Qwen3-8B"))
        let all = catalog.completionNames()
        #expect(Set(all).count == all.count && all.contains("Qwen/Qwen3-8B") && all.contains("gpt-4o-mini"))
    }
}
