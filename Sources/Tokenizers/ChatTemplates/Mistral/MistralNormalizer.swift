/// mistral-common's `InstructRequestNormalizer`: system prompts gathered into one, consecutive
/// messages of a role (and, for the assistant, of one weight) merged, and an empty user message put
/// first when the conversation does not start with one.
struct MistralNormalizedRequest {
    /// The system messages' texts, joined with a blank line; empty: no system prompt.
    var systemPrompt: [(text: String, message: Int)]
    var messages: [MistralMessage]

    init(_ request: MistralRequest) throws {
        systemPrompt = request.messages.filter { $0.role == .system && $0.hasContent }.flatMap { message in
            // A system message of empty text parts still adds its (empty) text to the join.
            message.texts.flatMap { $0.isEmpty ? nil : $0 } ?? [("", message.sources[0])]
        }
        messages = []
        var start = 0
        let all = request.messages
        while start < all.count {
            var stop = start + 1
            while stop < all.count, all[stop].role == all[start].role, all[stop].weight == all[start].weight { stop += 1 }
            let run = all[start..<stop]
            switch all[start].role {
            case .system: break
            case .tool: messages += run
            case .user, .assistant: messages.append(try Self.merge(run))
            }
            start = stop
        }
        if messages.first?.role != .user {
            messages.insert(MistralMessage(role: .user, texts: [], hasContent: false, sources: []), at: 0)
        }
    }

    private static func merge(_ run: ArraySlice<MistralMessage>) throws -> MistralMessage {
        guard run.count > 1, var merged = run.first else { return run.first! }
        merged.texts = run.flatMap { $0.texts ?? [] }
        merged.hasContent = !merged.texts!.isEmpty
        merged.sources = run.flatMap(\.sources)
        if merged.role == .assistant {
            let calls = run.flatMap { $0.toolCalls ?? [] }
            merged.toolCalls = calls.isEmpty ? nil : calls
            if !calls.isEmpty && merged.hasContent {
                throw MistralRequest.refuse("messages \(merged.sources.map { String($0 + 1) }.joined(separator: ", ")) are consecutive assistant messages that Mistral merges into one with both text and tool calls, which it refuses; separate them with a user turn or drop the text")
            }
        }
        return merged
    }
}
