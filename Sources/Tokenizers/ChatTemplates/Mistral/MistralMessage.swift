/// A dataset message as mistral-common reads it (`convert_openai_messages`), or several consecutive
/// ones merged by its normalizer; every text remembers the dataset message it came from.
struct MistralMessage {
    enum Role: String { case system, user, assistant, tool }

    struct ToolCall {
        /// "null" when the call has no id, as mistral-common defaults it.
        var id: String
        var name: String
        /// The arguments as the JSON value (or text) mistral-common writes back.
        var arguments: TemplateValue
    }

    var role: Role
    /// The content's non-empty texts in order, joined with a blank line when encoded; nil: no content.
    var texts: [(text: String, message: Int)]?
    /// Whether the content is "truthy" for Python: a non-empty string or a non-empty list of parts.
    var hasContent: Bool
    var toolCalls: [ToolCall]?
    /// An assistant message's weight (nil: absent); only 0 and 1 are accepted.
    var weight: Double?
    var toolCallID: String?
    var name: String?
    /// The dataset messages this is made of.
    var sources: [Int]

    var text: String { (texts ?? []).lazy.map(\.text).joined(separator: "\n\n") }
}
