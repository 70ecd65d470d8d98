/// Together AI's fine-tunable models (`../shared/tokenizers/MODELS.md`, source T1: Together's
/// supported-models page as summarised in togethercomputer/skills `references/supported-models.md`
/// at 8b8324297b3e, read 2026-11). Contexts are the LoRA SFT limits; T1 rounds them to K: 41K is
/// 40,960, 65K 65,536, 131K 131,072, 262K 262,144 (MODELS.md), and 8K/16K/24K/32K/49K are read as
/// the multiples of 1,024 they round from. DPO is "generally half" of SFT (T1) without a figure per
/// model, so it is nil; so is full training, except for the full-only R1 distills. Together
/// publishes no per-token rate in the stored material (notes/together-api.md §5): its
/// `estimate-price` prices each job. It has announced no end dates.
extension ModelCatalog {
    static let togetherSource = "MODELS.md [T1]: docs.together.ai/docs/fine-tuning/supported-models via togethercomputer/skills supported-models.md @8b8324297b3e (2026-11); prices: notes/together-api.md §5 (none published; estimate-price per job)"

    static let togetherModels: [CatalogModel] = {
        func model(_ id: String, _ repo: String? = nil, _ counting: TokenCounting, lora: Int?, full: Int? = nil) -> CatalogModel {
            CatalogModel(provider: .together, id: id, huggingFaceRepo: repo ?? id, counting: counting,
                         context: TrainingContext(supervisedLoRA: lora, supervisedFull: full), methods: [.supervised, .dpo], source: togetherSource)
        }
        let k8 = 8_192, k16 = 16_384, k24 = 24_576, k32 = 32_768, k41 = 40_960, k49 = 49_152, k65 = 65_536, k131 = 131_072, k262 = 262_144
        var models: [CatalogModel] = [
            model("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", "meta-llama/Llama-3.1-8B-Instruct", .template(.llama3), lora: k131),
            model("meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference", "meta-llama/Llama-3.1-8B-Instruct", .template(.llama3), lora: k131),
            model("meta-llama/Meta-Llama-3.1-70B-Instruct-Reference", "meta-llama/Llama-3.1-70B-Instruct", .template(.llama3), lora: k24),
            model("meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference", "meta-llama/Llama-3.1-70B-Instruct", .template(.llama3), lora: k131),
            model("meta-llama/Llama-3.3-70B-Instruct-Reference", "meta-llama/Llama-3.3-70B-Instruct", .template(.llama3), lora: k24),
            model("meta-llama/Llama-3.3-70B-131k-Instruct-Reference", "meta-llama/Llama-3.3-70B-Instruct", .template(.llama3), lora: k131),
            model("meta-llama/Llama-3.2-3B-Instruct", nil, .template(.llama3_2), lora: k131),
            model("meta-llama/Llama-3.2-1B-Instruct", nil, .template(.llama3_2), lora: k131),
            model("meta-llama/Llama-4-Maverick-17B-128E-Instruct", nil, .template(.llama4), lora: k16),
            model("meta-llama/Llama-4-Scout-17B-16E-Instruct", nil, .template(.llama4), lora: k65),
            // Llama's vocabulary with DeepSeek's special tokens and template.
            model("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", nil, .notSupportedYet(family: "deepseek"), lora: k24, full: k24),
        ]
        for size in ["0.6B", "1.7B", "4B", "8B", "14B", "32B"] {
            models.append(model("Qwen/Qwen3-\(size)", nil, .template(.qwen3), lora: k41))
        }
        models += [
            model("Qwen/Qwen3-30B-A3B", nil, .template(.qwen3), lora: k8),
            model("Qwen/Qwen3-235B-A22B", nil, .template(.qwen3), lora: k41),
            // Qwen2's vocabulary with templates tunesmith does not have.
            model("Qwen/Qwen3-235B-A22B-Instruct-2507", nil, .notSupportedYet(family: "qwen3-2507 template"), lora: k49),
            model("Qwen/Qwen3-Next-80B-A3B-Instruct", nil, .notSupportedYet(family: "qwen3-next template"), lora: k16),
            model("Qwen/Qwen3-Coder-30B-A3B-Instruct", nil, .notSupportedYet(family: "qwen3-coder template"), lora: k262),
            model("Qwen/Qwen3-Coder-480B-A35B-Instruct", nil, .notSupportedYet(family: "qwen3-coder template"), lora: k262),
        ]
        for size in ["1.5B", "3B", "7B", "14B", "32B"] {
            models.append(model("Qwen/Qwen2.5-\(size)-Instruct", nil, .template(.qwen2_5), lora: k32))
        }
        models += [
            model("Qwen/Qwen2.5-72B-Instruct", nil, .template(.qwen2_5), lora: k24),
            model("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", nil, .notSupportedYet(family: "deepseek"), lora: k131, full: k131),
            model("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B", nil, .notSupportedYet(family: "deepseek"), lora: k65, full: k65),
        ]
        for (id, context) in [("Qwen/Qwen3.5-0.8B", k131), ("Qwen/Qwen3.5-2B", k131), ("Qwen/Qwen3.5-4B", k131), ("Qwen/Qwen3.5-9B", k65),
                              ("Qwen/Qwen3.5-35B-A3B", k65), ("Qwen/Qwen3.6-35B-A3B", k65), ("Qwen/Qwen3.5-27B", k32),
                              ("Qwen/Qwen3.5-122B-A10B", k65), ("Qwen/Qwen3.5-397B-A17B", k32)] {
            models.append(model(id, nil, .notSupportedYet(family: "qwen3.5"), lora: context))
        }
        models += [
            model("openai/gpt-oss-20b", nil, .template(.gptOSS), lora: k24),
            model("openai/gpt-oss-120b", nil, .template(.gptOSS), lora: k16),
        ]
        for id in ["DeepSeek-V3", "DeepSeek-V3-0324", "DeepSeek-V3.1", "DeepSeek-R1", "DeepSeek-R1-0528"] {
            models.append(model("deepseek-ai/\(id)", nil, .notSupportedYet(family: "deepseek"), lora: k131))
        }
        for id in ["Kimi-K2-Base", "Kimi-K2-Instruct-0905", "Kimi-K2-Thinking", "Kimi-K2.5"] {
            models.append(model("moonshotai/\(id)", nil, .notSupportedYet(family: "kimi"), lora: k32))
        }
        // GLM-4.6/4.7: 128,000 in the older page; GLM-5: "50K" with no exact figure.
        models += [
            model("zai-org/GLM-4.6", nil, .notSupportedYet(family: "glm"), lora: 128_000),
            model("zai-org/GLM-4.7", nil, .notSupportedYet(family: "glm"), lora: 128_000),
            model("zai-org/GLM-5", nil, .notSupportedYet(family: "glm"), lora: nil),
            model("zai-org/GLM-5.1", nil, .notSupportedYet(family: "glm"), lora: nil),
        ]
        for (id, context) in [("gemma-3-270m-it", k32), ("gemma-3-1b-it", k32), ("gemma-3-4b-it", k131), ("gemma-3-12b-it", k65),
                              ("gemma-3-27b-it", k49), ("gemma-4-26B-A4B-it", k49), ("gemma-4-31B-it", k49)] {
            models.append(model("google/\(id)", nil, .notSupportedYet(family: "gemma"), lora: context))
        }
        models += [
            model("nvidia/NVIDIA-Nemotron-Nano-9B-v2", nil, .notSupportedYet(family: "nemotron"), lora: k32),
            model("mistralai/Mistral-7B-Instruct-v0.2", nil, .template(.mistralV1), lora: k32),
            model("mistralai/Mixtral-8x7B-Instruct-v0.1", nil, .template(.mistralV1), lora: k32),
        ]
        // Vision fine-tuning: image tokens tunesmith does not count; contexts not stated.
        for id in ["Qwen/Qwen3-VL-8B-Instruct", "Qwen/Qwen3-VL-30B-A3B-Instruct", "Qwen/Qwen3-VL-235B-A22B-Instruct"] {
            models.append(model(id, nil, .notSupportedYet(family: "qwen3-vl"), lora: nil))
        }
        for (id, repo) in [("meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM", "meta-llama/Llama-4-Maverick-17B-128E-Instruct"),
                           ("meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM", "meta-llama/Llama-4-Scout-17B-16E-Instruct")] {
            models.append(model(id, repo, .notSupportedYet(family: "llama4 vision"), lora: nil))
        }
        for size in ["4b", "12b", "27b"] {
            models.append(model("google/gemma-3-\(size)-it-VLM", "google/gemma-3-\(size)-it", .notSupportedYet(family: "gemma"), lora: nil))
        }
        return models
    }()
}
