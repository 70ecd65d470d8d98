/// Rank files that carry no pattern or special tokens of their own, recognised by their sha256 as
/// tiktoken and Meta's own code recognise them, with the pattern and special tokens their
/// publishers' code gives them.
struct KnownVocabulary: Sendable {
    let family: String
    let pattern: SplitPattern
    let specialTokens: [String: Token]
    let normalizesToNFC: Bool

    static func recognise(sha256: String) -> KnownVocabulary? {
        switch sha256 {
        case "82e9d31979e92ab929cd544440f129d9ecd797b69e327f80f17e1c50d5551b55":
            // Meta's Llama 3 `tokenizer.model` (llama_models, llama3/tokenizer.py).
            KnownVocabulary(family: "llama3", pattern: .llama3, specialTokens: llama3Specials, normalizesToNFC: false)
        case "d0bdbaf59b0762c8c807617e2d8ea51420eb1b1de266df2495be755c8e0ed6ed":
            // Meta's Llama 4 `tokenizer.model` (llama_models, llama4/tokenizer.py).
            KnownVocabulary(family: "llama4", pattern: .o200k, specialTokens: llama4Specials, normalizesToNFC: false)
        case "b2b1b8dfb5cc5f024bafc373121c6aba3f66f9a5a0269e243470a1de16a33186":
            // Qwen's `qwen.tiktoken` (tokenization_qwen.py): NFC first, then Qwen 2's pattern.
            KnownVocabulary(family: "qwen2", pattern: .qwen2, specialTokens: qwenSpecials, normalizesToNFC: true)
        case EncodingName.cl100kBase.sha256:
            KnownVocabulary(family: "cl100k_base", pattern: .cl100k, specialTokens: EncodingName.cl100kBase.specialTokens, normalizesToNFC: false)
        case EncodingName.o200kBase.sha256:
            KnownVocabulary(family: "o200k_base", pattern: .o200k, specialTokens: EncodingName.o200kBase.specialTokens, normalizesToNFC: false)
        default:
            nil
        }
    }

    /// 128000-128255: the named ones and `<|reserved_special_token_N|>` between them.
    static let llama3Specials: [String: Token] = {
        var tokens: [String: Token] = [
            "<|begin_of_text|>": 128000, "<|end_of_text|>": 128001, "<|finetune_right_pad_id|>": 128004,
            "<|start_header_id|>": 128006, "<|end_header_id|>": 128007, "<|eom_id|>": 128008, "<|eot_id|>": 128009,
            "<|python_tag|>": 128010,
        ]
        let reserved: [Token] = [128002, 128003, 128005] + Array(128011...128255)
        for (k, id) in reserved.enumerated() { tokens["<|reserved_special_token_\(k)|>"] = id }
        return tokens
    }()

    /// 200000-202047, in llama_models' order.
    static let llama4Specials: [String: Token] = {
        var names = ["<|begin_of_text|>", "<|end_of_text|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|header_start|>",
                     "<|header_end|>", "<|eom|>", "<|eot|>", "<|step|>"]
        func run(_ stem: String, _ range: ClosedRange<Int>) { names += range.map { "<|\(stem)\($0)|>" } }
        run("text_post_train_reserved_special_token_", 0...5)
        names += ["<|python_start|>", "<|python_end|>", "<|finetune_right_pad|>"]
        run("text_post_train_reserved_special_token_", 8...68)
        names += ["<|image_start|>", "<|image_end|>"]
        run("vision_reserved_special_token_", 0...1)
        names += ["<|tile_x_separator|>", "<|tile_y_separator|>"]
        run("vision_reserved_special_token_", 2...5)
        names += ["<|image|>"]
        run("vision_reserved_special_token_", 6...6)
        names += ["<|patch|>"]
        run("vision_reserved_special_token_", 7...1047)
        run("reasoning_reserved_special_token_", 0...7)
        names += ["<|reasoning_thinking_start|>", "<|reasoning_thinking_end|>"]
        run("reserved_special_token_", 0...903)
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, Token(200000 + $0.offset)) })
    }()

    /// Qwen's tiktoken specials: end of text, the chat markers, then `<|extra_0|>` to `<|extra_204|>`.
    static let qwenSpecials: [String: Token] = {
        var tokens: [String: Token] = ["<|endoftext|>": 151643, "<|im_start|>": 151644, "<|im_end|>": 151645]
        for k in 0...204 { tokens["<|extra_\(k)|>"] = Token(151646 + k) }
        return tokens
    }()
}
