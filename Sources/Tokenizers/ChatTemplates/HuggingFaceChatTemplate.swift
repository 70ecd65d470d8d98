import Synchronization

/// A model's Hugging Face chat template (`chat_template` of its `tokenizer_config.json`, or
/// `chat_template.jinja`), rendered as `transformers`' `apply_chat_template` renders it without a
/// generation prompt, each piece attributed to the message it renders.
///
/// Attribution: output belongs to the message object the template read most recently while
/// producing it (templates walk `messages`, slices of it, or copies; the objects stay the same);
/// the tool definitions and text before any message belong to none. A piece trains when its
/// message is an assistant's with a weight other than 0, minus the assistant header (what the
/// template writes as its generation prompt). A template with `{% generation %}` blocks marks the
/// trained spans itself.
public struct HuggingFaceChatTemplate: ChatRenderer {
    /// The template's text, for people and caches.
    public let source: String
    /// The variables the template reads besides the conversation: `bos_token`, `eos_token`, ...
    public let variables: [String: TemplateValue]
    let template: JinjaTemplate
    /// The template used when the conversation has tools (the list form's "tool_use").
    let toolTemplate: JinjaTemplate?
    private let headers = HeaderCache()

    /// Parses `source` once; a syntax error throws `TokenizersError(.chatTemplate)` with its line.
    public init(source: String, toolUseSource: String? = nil, variables: [String: TemplateValue] = [:]) throws {
        self.source = source
        self.variables = variables
        template = try JinjaTemplate(source)
        toolTemplate = try toolUseSource.map(JinjaTemplate.init)
    }

    /// The template of a loaded `tokenizer_config.json` or `chat_template.jinja`.
    public init(_ file: ChatTemplateFile) throws {
        try self.init(source: file.source, toolUseSource: file.toolUseSource, variables: file.variables)
    }

    public func render(_ request: ChatRenderRequest) throws -> RenderedChat {
        let chosen = request.tools != nil ? (toolTemplate ?? template) : template
        let (context, messages, tools) = makeContext(request, addGenerationPrompt: false)
        let runs = try chosen.render(context: context, messages: messages, tools: tools)
        let header = chosen.usesGeneration ? "" : assistantHeader(request, chosen)
        var segments: [RenderedSegment] = []
        segments.reserveCapacity(runs.count + 4)
        var headerChecked = Set<Int>()
        for run in runs {
            guard let index = run.message, messages.indices.contains(index) else {
                segments.append(RenderedSegment(.text(run.text), message: run.message, trains: chosen.usesGeneration && run.generation))
                continue
            }
            let message = messages[index]
            let weighted = !Self.hasZeroWeight(message)
            if chosen.usesGeneration {
                segments.append(RenderedSegment(.text(run.text), message: index, trains: run.generation && weighted))
                continue
            }
            let trains = weighted && message["role"].map { (try? PythonText.string($0)) == "assistant" } == true
            if trains, headerChecked.insert(index).inserted, let split = Self.headerLength(of: run.text, header: header), split > 0 {
                let utf8 = run.text.utf8
                let cut = utf8.index(utf8.startIndex, offsetBy: split)
                segments.append(RenderedSegment(.text(String(run.text[..<cut])), message: index, trains: false))
                if cut < run.text.endIndex { segments.append(RenderedSegment(.text(String(run.text[cut...])), message: index, trains: true)) }
            } else {
                segments.append(RenderedSegment(.text(run.text), message: index, trains: trains))
            }
        }
        return RenderedChat(segments: segments)
    }

    /// The rendering as one string, with or without the generation prompt.
    public func renderText(_ request: ChatRenderRequest, addGenerationPrompt: Bool = false) throws -> String {
        let chosen = request.tools != nil ? (toolTemplate ?? template) : template
        let (context, messages, tools) = makeContext(request, addGenerationPrompt: addGenerationPrompt)
        return try chosen.render(context: context, messages: messages, tools: tools).map(\.text).joined()
    }

    /// The bytes at the start of an assistant message's first piece that are its header: the whole
    /// generation prompt, or its first line when the prompt goes on (Qwen3's empty think block).
    static func headerLength(of text: String, header: String) -> Int? {
        guard !header.isEmpty else { return nil }
        if JinjaStrings.hasPrefix(text, header) { return header.utf8.count }
        if let newline = header.utf8.firstIndex(of: 0x0A) {
            let firstLine = header.utf8.distance(from: header.utf8.startIndex, to: newline) + 1
            if firstLine < header.utf8.count, text.utf8.starts(with: header.utf8.prefix(firstLine)) { return firstLine }
        }
        return nil
    }

    static func hasZeroWeight(_ message: JinjaDict) -> Bool {
        switch message["weight"] {
        case .int(0)?, .bool(false)?: true
        case .double(let d)?: d == 0
        default: false
        }
    }

    /// The variables as transformers passes them: its special tokens, the request's variables, the
    /// messages without null members and with reasoning under all its names, `tools` (None without).
    func makeContext(_ request: ChatRenderRequest, addGenerationPrompt: Bool) -> ([String: JinjaValue], [JinjaDict], [JinjaDict]) {
        var context: [String: JinjaValue] = [:]
        context.reserveCapacity(variables.count + request.variables.count + 4)
        for (name, value) in variables { context[name] = JinjaValue(value) }
        for (name, value) in request.variables { context[name] = JinjaValue(value) }
        let messages = request.messages.map(Self.normalizedMessage)
        context["messages"] = .list(JinjaList(messages.map { .dict($0) }))
        var tools: [JinjaDict] = []
        if let requestTools = request.tools {
            let values = requestTools.map(JinjaValue.init)
            for case .dict(let tool) in values { tools.append(tool) }
            context["tools"] = .list(JinjaList(values))
        } else {
            context["tools"] = JinjaValue.none
        }
        context["documents"] = JinjaValue.none
        context["add_generation_prompt"] = .bool(addGenerationPrompt)
        return (context, messages, tools)
    }

    /// transformers drops a message's null members and copies its reasoning (`reasoning_content`,
    /// `thinking` or `reasoning`) to `thinking` (first) and `reasoning_content`.
    static func normalizedMessage(_ value: TemplateValue) -> JinjaDict {
        let message = JinjaDict()
        guard case .object(let members) = value else { return message }
        let reasoning = ["reasoning_content", "thinking", "reasoning"].lazy.compactMap { key -> TemplateValue? in
            guard let found = value[key], found != .null else { return nil }
            return found
        }.first
        if let reasoning { message["thinking"] = JinjaValue(reasoning) }
        message.entries.reserveCapacity(members.count + 2)
        for member in members where member.value != .null { message[member.key] = JinjaValue(member.value) }
        if let reasoning { message["reasoning_content"] = JinjaValue(reasoning) }
        return message
    }

    /// What the template adds for `add_generation_prompt=True` after a one-message conversation,
    /// with this request's variables; learned once per set of variables.
    func assistantHeader(_ request: ChatRenderRequest, _ chosen: JinjaTemplate) -> String {
        let key = HeaderCache.Key(variables: request.variables, tools: request.tools != nil)
        if let known = headers.value(key) { return known }
        let probe = ChatRenderRequest(messages: [.object([("role", .string("user")), ("content", .string("x"))])], tools: nil, variables: request.variables)
        var header = ""
        if let without = try? renderText(probe, addGenerationPrompt: false), let with = try? renderText(probe, addGenerationPrompt: true),
           JinjaStrings.hasPrefix(with, without) {
            header = String(decoding: with.utf8.dropFirst(without.utf8.count), as: UTF8.self)
        }
        headers.store(key, header)
        return header
    }
}

/// Generation prompts by the variables they were rendered with.
final class HeaderCache: Sendable {
    struct Key: Hashable, Sendable {
        let variables: [String: TemplateValue]
        let tools: Bool
    }

    private let storage = Mutex<[Key: String]>([:])

    func value(_ key: Key) -> String? { storage.withLock { $0[key] } }

    func store(_ key: Key, _ header: String) {
        storage.withLock { cache in
            if cache.count > 64 { cache.removeAll() }
            cache[key] = header
        }
    }
}
