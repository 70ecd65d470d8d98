/// The chat formats tunesmith knows without a Jinja template: gpt-oss's harmony and Mistral's
/// mistral-common encodings, picked by the tokenizer's family.
public enum BuiltInChatFormat {
    /// The renderer for `tokenizer`'s family, or nil when the family has no built-in format (its
    /// model's `chat_template` applies instead).
    public static func renderer(for tokenizer: Tokenizer) throws -> (any ChatRenderer)? {
        switch tokenizer.family {
        case "o200k_harmony", "gpt-oss": try HarmonyChatFormat(tokenizer: tokenizer)
        case "mistral-sp-v1": try MistralChatFormat(tokenizer: tokenizer, version: .v1)
        case "mistral-sp-v3", "mistral-tekken": try MistralChatFormat(tokenizer: tokenizer, version: .v3)
        default: nil
        }
    }
}
