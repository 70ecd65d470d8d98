/// What the trainers that do not read a model's own chat template need to know of its family:
/// LLaMA-Factory's `template` name (its `src/llamafactory/data/template.py` registry), and the
/// turn headers Unsloth's `train_on_responses_only` masks by.
struct ModelFamily {
    let llamaFactoryTemplate: String?
    let instructionPart: String?
    let responsePart: String?

    init(model: String) {
        let name = model.lowercased()
        func has(_ words: String...) -> Bool { words.contains { name.contains($0) } }
        let chatML = ("<|im_start|>user\n", "<|im_start|>assistant\n")
        let llama3 = ("<|start_header_id|>user<|end_header_id|>\n\n", "<|start_header_id|>assistant<|end_header_id|>\n\n")
        let template: String?
        var parts: (String, String)?
        if has("qwen3") { template = "qwen3"; parts = chatML }
        else if has("qwen") { template = "qwen"; parts = chatML }
        else if has("llama-4", "llama4") { template = "llama4"; parts = ("<|header_start|>user<|header_end|>\n\n", "<|header_start|>assistant<|header_end|>\n\n") }
        else if has("llama-3", "llama3") { template = "llama3"; parts = llama3 }
        else if has("gemma-3", "gemma3") { template = "gemma3"; parts = ("<start_of_turn>user\n", "<start_of_turn>model\n") }
        else if has("gemma") { template = "gemma"; parts = ("<start_of_turn>user\n", "<start_of_turn>model\n") }
        else if has("mistral", "mixtral") { template = "mistral"; parts = ("[INST]", "[/INST]") }
        else if has("gpt-oss") { template = "gpt"; parts = nil }
        else if has("phi-4", "phi4") { template = "phi4"; parts = ("<|im_start|>user<|im_sep|>", "<|im_start|>assistant<|im_sep|>") }
        else { template = nil; parts = nil }
        llamaFactoryTemplate = template
        instructionPart = parts?.0
        responsePart = parts?.1
    }
}
