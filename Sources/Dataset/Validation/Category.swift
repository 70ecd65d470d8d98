/// A kind of problem the validation report counts. The first seven are OpenAI's data-format
/// check's own categories, with its names and counting rules; the rest are checks it lacks.
public struct Category: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: Sendable {
        /// The file is not ready to train on.
        case error
        /// Worth a look; training works.
        case warning
    }

    public let name: String
    public let severity: Severity
    /// What it means and what to do, for the person reading the report.
    public let advice: String
    private let order: Int

    public var description: String { name }
    public static func < (a: Category, b: Category) -> Bool { a.order < b.order }

    private init(_ order: Int, _ name: String, _ severity: Severity, _ advice: String) {
        self.order = order
        self.name = name
        self.severity = severity
        self.advice = advice
    }

    // OpenAI's check (its names and rules).
    public static let dataType = Category(0, "data_type", .error, "the line is not a JSON object; each line must be {\"messages\": [...]}")
    public static let missingMessagesList = Category(1, "missing_messages_list", .error, "no non-empty \"messages\" array; add the conversation under \"messages\"")
    public static let messageMissingKey = Category(2, "message_missing_key", .error, "a message lacks \"role\" or \"content\"; give every message both (assistant tool calls may omit content)")
    public static let messageUnrecognizedKey = Category(3, "message_unrecognized_key", .error, "a message has a key fine-tuning does not accept; keep to role, content, name, weight, tool_calls, tool_call_id")
    public static let unrecognizedRole = Category(4, "unrecognized_role", .error, "a role is not system, developer, user, assistant or tool; fix the spelling")
    public static let missingContent = Category(5, "missing_content", .error, "a message's content is empty or not text; write the text, or use content parts")
    public static let exampleMissingAssistantMessage = Category(6, "example_missing_assistant_message", .error, "no assistant message to learn from; add the reply you want")

    // The reader's findings.
    public static let invalidJSON = Category(10, "invalid_json", .error, "the line is not valid JSON; fix it at the column shown")
    public static let invalidUTF8 = Category(11, "invalid_utf8", .error, "the line is not valid UTF-8; re-save the file as UTF-8")
    public static let byteOrderMark = Category(12, "byte_order_mark", .error, "the file starts with a byte order mark, which JSON parsers reject; save it as UTF-8 without BOM")
    public static let blankLine = Category(13, "blank_line", .warning, "a blank line; it is skipped here, but remove it before uploading")
    public static let carriageReturn = Category(14, "crlf_line_ending", .warning, "Windows (CRLF) line endings; they work, but LF is safer")
    public static let noFinalNewline = Category(15, "no_final_newline", .warning, "the last line has no newline; tunesmith adds one before appending")

    // Today's rules.
    public static let mixedFormats = Category(20, "mixed_formats", .error, "a line in another format than the file's first example; keep chat, preference and completion examples in separate files")
    public static let messageNotObject = Category(21, "message_not_object", .error, "a message is not a JSON object; write it as {\"role\": ..., \"content\": ...}")
    public static let invalidWeight = Category(22, "invalid_weight", .error, "\"weight\" must be 0 or 1 and only on assistant messages")
    public static let invalidToolCalls = Category(23, "invalid_tool_calls", .error, "\"tool_calls\" must be a non-empty array of {id, type: \"function\", function: {name, arguments}} on an assistant message")
    public static let invalidToolMessage = Category(24, "invalid_tool_message", .error, "a tool message needs a \"tool_call_id\" and text content")
    public static let invalidContentParts = Category(25, "invalid_content_parts", .error, "content parts must be a non-empty array of {type: \"text\", text} or {type: \"image_url\", image_url: {url}}")
    public static let invalidName = Category(26, "invalid_name", .error, "\"name\" must be a string")
    public static let invalidTools = Category(27, "invalid_tools", .error, "\"tools\" must be an array of {type: \"function\", function: {name, ...}}")
    public static let invalidPreference = Category(28, "invalid_preference", .error, "a preference example needs \"input\": {\"messages\": [...]} and one assistant message in each of \"preferred_output\" and \"non_preferred_output\"")
    public static let invalidCompletion = Category(29, "invalid_completion", .error, "a completion example needs string \"prompt\" and \"completion\"")
    public static let tooFewExamples = Category(30, "too_few_examples", .error, "the provider needs more examples; 50 to 100 is a good start")
    public static let chatTemplateRefused = Category(31, "chat_template_refused", .error, "the model's chat format refuses this conversation (its own words are above); change the example, or pick a model whose template accepts it")

    // Warnings.
    public static let lastMessageNotAssistant = Category(40, "last_message_not_assistant", .warning, "the example ends after the last assistant reply; trailing messages teach nothing")
    public static let overTokenLimit = Category(41, "over_token_limit", .warning, "longer than the model's limit per example; it will be truncated from the end")
    public static let exactDuplicate = Category(42, "exact_duplicate", .warning, "the same example as an earlier line; duplicates weigh it double")
    public static let nearDuplicate = Category(43, "near_duplicate", .warning, "the same as an earlier line once case, spacing and punctuation are ignored")
    public static let loneSurrogate = Category(45, "lone_surrogate", .warning, "a \\uD800-\\uDFFF escape without its pair is not a character: it is read as U+FFFD, and tunesmith's /open refuses the line; write the character you meant")
    public static let systemPromptVaries = Category(44, "system_prompt_varies", .warning, "a different system prompt from most examples; use the one you will use in production")

    /// The categories OpenAI's check has, in its order.
    public static let reference: [Category] = [
        dataType, missingMessagesList, messageMissingKey, messageUnrecognizedKey, unrecognizedRole, missingContent,
        exampleMissingAssistantMessage,
    ]

    public static let all: [Category] = reference + [
        invalidJSON, invalidUTF8, byteOrderMark, blankLine, carriageReturn, noFinalNewline, mixedFormats, messageNotObject,
        invalidWeight, invalidToolCalls, invalidToolMessage, invalidContentParts, invalidName, invalidTools,
        invalidPreference, invalidCompletion, tooFewExamples, chatTemplateRefused, lastMessageNotAssistant, overTokenLimit, exactDuplicate,
        nearDuplicate, loneSurrogate, systemPromptVaries,
    ]

    public static let errors: [Category] = all.filter { $0.severity == .error }
    public static let warnings: [Category] = all.filter { $0.severity == .warning }
}
