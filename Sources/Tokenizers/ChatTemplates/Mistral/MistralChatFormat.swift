/// Mistral's chat formats as mistral-common 1.13.1 encodes a conversation
/// (`MistralTokenizer.encode_chat_completion` of a `ChatCompletionRequest`, validated for fine-tuning
/// and normalized, then the instruct tokenizer's `encode_instruct`), for its SentencePiece v1 and v3
/// tokenizers and the v3 tekken one: BOS, `[INST] … [/INST]`, the system prompt in the first (v1) or
/// last (v3) user turn, tool definitions before the last user turn and tool calls and results (v3),
/// EOS after each assistant reply. Every piece of text is encoded on its own, as plain text.
///
/// Attribution: `[INST]`, `[/INST]` and a user turn's text count for that user message, the system
/// prompt's share of its turn for the system messages, tool definitions and BOS for none; an
/// assistant reply with weight not 0 trains, with its `[TOOL_CALLS]` and EOS.
public struct MistralChatFormat: ChatRenderer {
    public enum Version: String, Sendable {
        /// Mistral 7B Instruct v0.1/v0.2, Mixtral 8x7B: `[INST]` as text, the system prompt in the first turn, no tools.
        case v1
        /// Mistral 7B Instruct v0.3, Mixtral 8x22B, NeMo (tekken): control tokens, tools, the system prompt in the last turn.
        case v3
    }

    public let version: Version
    private let tokenizer: Tokenizer
    private let bos: Token, eos: Token
    private let controls: [String: Token]

    public init(tokenizer: Tokenizer, version: Version) throws {
        func special(_ text: String) throws -> Token {
            guard let id = tokenizer.specialTokens[text] else {
                throw TokenizersError(.unsupportedTokenizer, "\(tokenizer.name) has no \(text) token, so it cannot render Mistral's \(version.rawValue) format; use that model's own tokenizer")
            }
            return id
        }
        self.version = version
        self.tokenizer = tokenizer
        bos = try special("<s>")
        eos = try special("</s>")
        var controls: [String: Token] = [:]
        if version == .v3 {
            for name in ["[INST]", "[/INST]", "[TOOL_CALLS]", "[AVAILABLE_TOOLS]", "[/AVAILABLE_TOOLS]", "[TOOL_RESULTS]", "[/TOOL_RESULTS]"] {
                controls[name] = try special(name)
            }
        }
        self.controls = controls
    }

    public func render(_ request: ChatRenderRequest) throws -> RenderedChat {
        let checked = try MistralRequest.read(request, version: version)
        let normalized = try MistralNormalizedRequest(checked)
        let users = normalized.messages.indices.filter { normalized.messages[$0].role == .user }
        var builder = RenderedChatBuilder()
        builder.append(bos, message: nil, trains: false)
        for (position, message) in normalized.messages.enumerated() {
            switch message.role {
            case .user:
                let systemHere = version == .v1 ? position == users.first : position == users.last
                let system = systemHere ? normalized.systemPrompt : []
                if version == .v1 {
                    writeV1User(message, system: system, into: &builder)
                } else {
                    if position == users.last, !checked.tools.isEmpty { writeTools(checked.tools, into: &builder) }
                    writeV3User(message, system: system, into: &builder)
                }
            case .assistant: try writeAssistant(message, into: &builder)
            case .tool: try writeToolResult(message, into: &builder)
            case .system: break
            }
        }
        return builder.finish()
    }

    private func control(_ name: String) -> Token { controls[name]! }

    /// The parts of a user turn's text: the system prompt (then a blank line) first, when it goes here.
    private func userParts(_ message: MistralMessage, system: [(text: String, message: Int)]) -> [(text: String, message: Int?)] {
        var parts: [(text: String, message: Int?)] = []
        for (k, piece) in system.enumerated() { parts.append(((k > 0 ? "\n\n" : "") + piece.text, piece.message)) }
        if !parts.isEmpty { parts[parts.count - 1].text += "\n\n" }
        return parts + joinedParts(message.texts ?? [])
    }

    /// Merged messages' texts as encoded: joined with a blank line, each counted for its message.
    private func joinedParts(_ texts: [(text: String, message: Int)]) -> [(text: String, message: Int?)] {
        texts.enumerated().map { k, piece in ((k > 0 ? "\n\n" : "") + piece.text, piece.message) }
    }

    private func writeV1User(_ message: MistralMessage, system: [(text: String, message: Int)], into builder: inout RenderedChatBuilder) {
        // v1 writes `[INST] content [/INST]` as one text.
        var parts = userParts(message, system: system)
        parts.insert(("[INST] ", message.sources.first), at: 0)
        parts.append((" [/INST]", message.sources.last))
        builder.append(encoding: parts, trains: false, with: tokenizer)
    }

    private func writeV3User(_ message: MistralMessage, system: [(text: String, message: Int)], into builder: inout RenderedChatBuilder) {
        builder.append(control("[INST]"), message: message.sources.first, trains: false)
        let parts = userParts(message, system: system)
        if !parts.isEmpty { builder.append(encoding: parts, trains: false, with: tokenizer) }
        builder.append(control("[/INST]"), message: message.sources.last, trains: false)
    }

    private func writeTools(_ tools: [TemplateValue], into builder: inout RenderedChatBuilder) {
        builder.append(control("[AVAILABLE_TOOLS]"), message: nil, trains: false)
        builder.append(tokenizer.encode(PythonJSONCodec.dumps(.array(tools))), message: nil, trains: false)
        builder.append(control("[/AVAILABLE_TOOLS]"), message: nil, trains: false)
    }

    private func writeAssistant(_ message: MistralMessage, into builder: inout RenderedChatBuilder) throws {
        let trains = message.weight != 0
        let owner = message.sources.first
        let calls = message.toolCalls ?? []
        if !calls.isEmpty {
            guard version == .v3 else {
                throw TokenizersError(.chatTemplate, "message \(owner.map { $0 + 1 } ?? 0) calls a tool, but Mistral's v1 format has no tools; remove the tool calls and results, or target a v3 model")
            }
            let list = TemplateValue.array(calls.map { call in
                var members: [(key: String, value: TemplateValue)] = [("name", .string(call.name)), ("arguments", call.arguments)]
                if !call.id.isEmpty && call.id != "null" { members.append(("id", .string(call.id))) }
                return .object(members)
            })
            builder.append(control("[TOOL_CALLS]"), message: owner, trains: trains)
            builder.append(tokenizer.encode(PythonJSONCodec.dumps(list)), message: owner, trains: trains)
        } else {
            guard !message.text.isEmpty else {
                throw TokenizersError(.chatTemplate, "message \(owner.map { $0 + 1 } ?? 0) is an assistant message with empty content, which Mistral's format refuses; write the reply or remove the message")
            }
            var parts = joinedParts(message.texts ?? [])
            // v2 and later drop the reply's trailing spaces (spaces only); v1 keeps them.
            if version == .v3 {
                while let last = parts.last, last.text.unicodeScalars.last == " " {
                    var text = last.text
                    while text.unicodeScalars.last == " " { text.unicodeScalars.removeLast() }
                    if text.isEmpty { parts.removeLast() } else { parts[parts.count - 1].text = text }
                }
            }
            if !parts.isEmpty { builder.append(encoding: parts, trains: trains, with: tokenizer) }
        }
        builder.append(eos, message: message.sources.last, trains: trains)
    }

    private func writeToolResult(_ message: MistralMessage, into builder: inout RenderedChatBuilder) throws {
        let owner = message.sources.first
        guard version == .v3 else {
            throw TokenizersError(.chatTemplate, "message \(owner.map { $0 + 1 } ?? 0) is a tool result, but Mistral's v1 format has no tools; remove the tool calls and results, or target a v3 model")
        }
        let result = TemplateValue.object([("content", MistralRequest.jsonContent(message.text)), ("call_id", .string(message.toolCallID ?? ""))])
        builder.append(control("[TOOL_RESULTS]"), message: owner, trains: false)
        builder.append(tokenizer.encode(PythonJSONCodec.dumps(result)), message: owner, trains: false)
        builder.append(control("[/TOOL_RESULTS]"), message: owner, trains: false)
    }
}
