/// The text of one chat message as the cookbook counts it: every string field (role, content,
/// name, ...) and whether it carries a `name`.
public struct ChatMessageText: Sendable, Hashable {
    public var strings: [String]
    public var hasName: Bool

    public init(strings: [String], hasName: Bool) {
        self.strings = strings
        self.hasName = hasName
    }

    /// A message of role, content and optional name.
    public init(role: String, content: String, name: String? = nil) {
        self.init(strings: [role, content] + (name.map { [$0] } ?? []), hasName: name != nil)
    }
}

/// A function tool as the cookbook's `num_tokens_for_tools` reads it.
public struct ToolDefinition: Sendable, Hashable {
    public struct Property: Sendable, Hashable {
        public var name: String
        public var type: String
        public var description: String
        public var enumValues: [String]?

        public init(name: String, type: String, description: String, enumValues: [String]? = nil) {
            self.name = name
            self.type = type
            self.description = description
            self.enumValues = enumValues
        }
    }

    public var name: String
    public var description: String
    public var properties: [Property]

    public init(name: String, description: String, properties: [Property]) {
        self.name = name
        self.description = description
        self.properties = properties
    }
}

/// Counts chat examples by the OpenAI cookbook's rule: 3 tokens per message, the tokens of every
/// string field, 1 more per `name`, and 3 to prime the reply; tool definitions by its
/// `num_tokens_for_tools`. Counts are per message so a caller can recount only what changed.
public struct ChatTokenCounter: Sendable {
    public static let tokensPerMessage = 3
    public static let tokensPerName = 1
    public static let replyPriming = 3

    public let encoding: Encoding

    public init(encoding: Encoding) {
        self.encoding = encoding
    }

    public func count(_ message: ChatMessageText) -> Int {
        var n = Self.tokensPerMessage + (message.hasName ? Self.tokensPerName : 0)
        for string in message.strings { n += encoding.count(string) }
        return n
    }

    /// The whole example: messages, priming, and tools when present.
    public func total(messageCounts: [Int], toolTokens: Int = 0) -> Int {
        messageCounts.reduce(Self.replyPriming, +) + toolTokens
    }

    public func count(messages: [ChatMessageText], tools: [ToolDefinition] = []) -> Int {
        total(messageCounts: messages.map(count), toolTokens: count(tools: tools))
    }

    /// The cookbook's overhead for function definitions (its gpt-4o figures for o200k models,
    /// its gpt-3.5/gpt-4 figures for cl100k ones).
    public func count(tools: [ToolDefinition]) -> Int {
        guard !tools.isEmpty else { return 0 }
        let functionStart = encoding.name == .o200kBase ? 7 : 10
        let propertiesStart = 3, propertyKey = 3, enumStart = -3, enumItem = 3, functionsEnd = 12
        func trimmed(_ s: String) -> String { s.hasSuffix(".") ? String(s.dropLast()) : s }
        var n = 0
        for tool in tools {
            n += functionStart + encoding.count(tool.name + ":" + trimmed(tool.description))
            guard !tool.properties.isEmpty else { continue }
            n += propertiesStart
            for property in tool.properties {
                n += propertyKey
                if let values = property.enumValues {
                    n += enumStart
                    for value in values { n += enumItem + encoding.count(value) }
                }
                n += encoding.count("\(property.name):\(property.type):\(trimmed(property.description))")
            }
        }
        return n + functionsEnd
    }
}
