/// A message role. Open: a role tunesmith does not know is kept as written.
public struct ChatRole: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let system: ChatRole = "system"
    public static let developer: ChatRole = "developer"
    public static let user: ChatRole = "user"
    public static let assistant: ChatRole = "assistant"
    public static let tool: ChatRole = "tool"
    /// The legacy function-calling role.
    public static let function: ChatRole = "function"

    /// The roles fine-tuning accepts today.
    public static let known: [ChatRole] = [.system, .developer, .user, .assistant, .tool, .function]
}
