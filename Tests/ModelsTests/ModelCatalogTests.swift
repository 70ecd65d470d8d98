import Models
import Testing
import Tokenizers

struct ModelCatalogTests {
    @Test(arguments: [
        ("gpt-4.1-mini", EncodingName.o200kBase), ("gpt-4.1-mini-2025-04-14", .o200kBase), ("gpt-4.1", .o200kBase),
        ("gpt-4o-mini-2024-07-18", .o200kBase), ("GPT-4o", .o200kBase), ("o4-mini", .o200kBase), ("gpt-5-nano", .o200kBase),
        ("gpt-3.5-turbo-0125", .cl100kBase), ("gpt-4-0613", .cl100kBase), ("gpt-4-turbo", .cl100kBase),
        ("davinci-002", .cl100kBase), ("babbage-002", .cl100kBase), ("text-embedding-3-small", .cl100kBase),
        // tiktoken's prefix table sends these to cl100k or fails; the base model decides here.
        ("ft:gpt-4.1-mini-2025-04-14:acme:marv:abc123", .o200kBase), ("ft:o4-mini-2025-04-16:org::x1", .o200kBase),
        ("ft:gpt-4o-mini:openai::7p4lURel", .o200kBase), ("ft:gpt-3.5-turbo-0125:org:s:id:ckpt-step-2000", .cl100kBase),
    ])
    func encodingFollowsTheBaseModel(_ model: String, _ expected: EncodingName) throws {
        #expect(try ModelCatalog.require(model).encoding == expected)
    }

    @Test func limitsPricesAndMethods() throws {
        let mini = try ModelCatalog.require("ft:gpt-4.1-mini-2025-04-14:acme::abc")
        #expect(mini.maxTokensPerExample == 65_536)
        #expect(mini.trainingPricePerMillion == 5)
        #expect(mini.methods == [.supervised, .dpo])
        #expect(try ModelCatalog.require("gpt-4.1-nano").maxTokensPerExample == 32_768)
        #expect(try ModelCatalog.require("gpt-3.5-turbo-0613").maxTokensPerExample == 4_096)
        #expect(try ModelCatalog.require("gpt-3.5-turbo").maxTokensPerExample == 16_385)
        #expect(try ModelCatalog.require("gpt-5").isFineTunable == false)
    }

    @Test func unknownModelsSayWhatToPass() {
        let error = #expect(throws: ModelsError.self) { try ModelCatalog.require("llama-3-8b") }
        #expect(error?.kind == .unknownModel)
        #expect(error?.message.contains("--encoding") == true)
        #expect(ModelCatalog.info(for: "gpt-4.10") == nil)
    }
}
