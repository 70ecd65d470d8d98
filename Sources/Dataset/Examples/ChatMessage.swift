/// One message of a chat example. Keys tunesmith does not model are kept in `extra`, in order.
public struct ChatMessage: Sendable, Hashable {
    public var role: ChatRole
    /// A string, an array of content parts (kept as JSON), or nil (an assistant turn with tool calls).
    public var content: JSONValue?
    public var name: String?
    /// Assistant turns only: 1 (or nil) is trained on, 0 is context only.
    public var weight: Int?
    /// Assistant turns only: `[{id, type: "function", function: {name, arguments}}]`, kept as JSON.
    public var toolCalls: JSONValue?
    /// Tool turns only.
    public var toolCallID: String?
    public var extra: [JSONObject.Member]

    public init(role: ChatRole, text: String, name: String? = nil, weight: Int? = nil) {
        self.role = role
        self.content = .string(text)
        self.name = name
        self.weight = weight
        self.toolCalls = nil
        self.toolCallID = nil
        self.extra = []
    }

    /// The message's text when its content is a string, or the text parts joined.
    public var text: String {
        switch content {
        case .string(let s): return s
        case .array(let parts):
            return parts.compactMap { $0.objectValue?["text"]?.stringValue }.joined(separator: "\n")
        default: return ""
        }
    }

    static let modelledKeys: Set<String> = ["role", "content", "name", "weight", "tool_calls", "tool_call_id"]

    /// Reads a message object; fails (with the reason) when it has no string role.
    public init(json object: JSONObject) throws(DatasetError) {
        guard let role = object["role"]?.stringValue else {
            throw DatasetError(.invalidExample, "a message has no \"role\" string")
        }
        self.role = ChatRole(rawValue: role)
        self.content = object["content"].flatMap { $0 == .null ? nil : $0 }
        self.name = object["name"]?.stringValue
        self.weight = object["weight"]?.integerValue
        self.toolCalls = object["tool_calls"]
        self.toolCallID = object["tool_call_id"]?.stringValue
        self.extra = object.members.filter { !Self.modelledKeys.contains($0.key) }
    }

    public var json: JSONObject {
        var members = [JSONObject.Member("role", .string(role.rawValue))]
        if let content { members.append(.init("content", content)) } else if toolCalls != nil { members.append(.init("content", .null)) }
        if let name { members.append(.init("name", .string(name))) }
        if let toolCalls { members.append(.init("tool_calls", toolCalls)) }
        if let toolCallID { members.append(.init("tool_call_id", .string(toolCallID))) }
        if let weight { members.append(.init("weight", .number(String(weight)))) }
        return JSONObject(members + extra)
    }
}
