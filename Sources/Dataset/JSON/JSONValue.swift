/// A JSON value that keeps what a training line says: member order, duplicate keys, and the exact
/// text of numbers, so unknown keys survive a round trip.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number as written (`1`, `1.0`, `1e3` stay distinct).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The number as an integer when it is one exactly (`1` and `1.0` both are, as in Python's `== 1`).
    public var integerValue: Int? {
        guard case .number(let text) = self else { return nil }
        if let n = Int(text) { return n }
        if let d = Double(text), d.rounded() == d, abs(d) < 1e15 { return Int(d) }
        return nil
    }

    /// Python's truthiness, which OpenAI's check relies on (`if not messages`, `if not content`).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .number(let text): (Double(text) ?? 1) != 0
        case .string(let s): !s.isEmpty
        case .array(let a): !a.isEmpty
        case .object(let o): !o.members.isEmpty
        }
    }

    /// Python's name for the type, for messages a person reads.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON object's members in the order they were written.
public struct JSONObject: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    public init(_ pairs: KeyValuePairs<String, JSONValue>) {
        self.members = pairs.map { Member($0.key, $0.value) }
    }

    /// The value of `key`; with duplicate keys the last one wins, as in Python's `json`.
    public subscript(key: String) -> JSONValue? {
        get { members.last { $0.key == key }?.value }
        set {
            if let newValue {
                if let index = members.lastIndex(where: { $0.key == key }) {
                    members[index].value = newValue
                } else {
                    members.append(Member(key, newValue))
                }
            } else {
                members.removeAll { $0.key == key }
            }
        }
    }

    public var keys: [String] { members.map(\.key) }

    public func has(_ key: String) -> Bool { members.contains { $0.key == key } }
}
