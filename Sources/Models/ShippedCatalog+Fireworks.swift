/// Fireworks AI's fine-tunable models as far as the stored pages show them (`MODELS.md`): F1 the
/// managed-fine-tuning table, F2 the training-shape catalog (2026-06-22; a shape id carries its
/// context, `qwen3-8b-128k` = 131,072), F3 a model page, F4/F5 the families the older guides name.
/// Fireworks publishes no list; these are the ones named with an id. Contexts are nil where no
/// exact figure is stated. Prices are not confirmed in the stored material
/// (notes/fireworks-api.md §7, §11: its `:estimateCost` prices a job); no end dates announced.
extension ModelCatalog {
    static let fireworksSource = "MODELS.md [F1-F5]: docs.fireworks.ai managed-finetuning-intro, training-shapes (2026-06-22), models/qwen3-14b, supervised-fine-tuning, finetuning-intro (read 2026-11); prices: notes/fireworks-api.md §7 (not confirmed)"

    static let fireworksModels: [CatalogModel] = {
        func model(_ name: String, _ repo: String, _ counting: TokenCounting, lora: Int? = nil) -> CatalogModel {
            CatalogModel(provider: .fireworks, id: "accounts/fireworks/models/" + name, huggingFaceRepo: repo, counting: counting,
                         context: TrainingContext(supervisedLoRA: lora), methods: [.supervised, .dpo], source: fireworksSource)
        }
        return [
            model("qwen3-8b", "Qwen/Qwen3-8B", .template(.qwen3), lora: 131_072),
            model("qwen3-14b", "Qwen/Qwen3-14B", .template(.qwen3), lora: 40_960),
            model("qwen3-4b", "Qwen/Qwen3-4B", .template(.qwen3)),
            model("qwen3-30b-a3b", "Qwen/Qwen3-30B-A3B", .template(.qwen3)),
            model("qwen3p5-9b", "Qwen/Qwen3.5-9B", .notSupportedYet(family: "qwen3.5"), lora: 262_144),
            model("qwen3p5-27b", "Qwen/Qwen3.5-27B", .notSupportedYet(family: "qwen3.5")),
            model("qwen3p5-35b-a3b", "Qwen/Qwen3.5-35B-A3B", .notSupportedYet(family: "qwen3.5"), lora: 262_144),
            model("llama-v3p1-8b-instruct", "meta-llama/Llama-3.1-8B-Instruct", .template(.llama3)),
            model("llama-v3p3-70b-instruct", "meta-llama/Llama-3.3-70B-Instruct", .template(.llama3)),
            model("qwen2p5-7b-instruct", "Qwen/Qwen2.5-7B-Instruct", .template(.qwen2_5)),
            model("deepseek-v3p1", "deepseek-ai/DeepSeek-V3.1", .notSupportedYet(family: "deepseek")),
            model("kimi-k2-instruct-0905", "moonshotai/Kimi-K2-Instruct-0905", .notSupportedYet(family: "kimi")),
            model("kimi-k2p5", "moonshotai/Kimi-K2.5", .notSupportedYet(family: "kimi")),
            model("glm-5p1", "zai-org/GLM-5.1", .notSupportedYet(family: "glm"), lora: 200_000),
            model("glm-5p2", "zai-org/GLM-5.2", .notSupportedYet(family: "glm")),
            model("gemma-4-26b-a4b-it", "google/gemma-4-26B-A4B-it", .notSupportedYet(family: "gemma"), lora: 262_144),
            model("gemma-4-31b-it", "google/gemma-4-31B-it", .notSupportedYet(family: "gemma"), lora: 262_144),
        ]
    }()
}
