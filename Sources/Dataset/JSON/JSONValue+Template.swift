import Tokenizers

extension JSONValue {
    /// The value as Python's `json.loads` hands it to a chat template: numbers written with a
    /// fraction or exponent are floats, others integers; a repeated key keeps its first place and
    /// its last value.
    public var templateValue: TemplateValue {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let text):
            if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let n = Int(text) { return .int(n) }
            return .double(Double(text) ?? .nan)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.templateValue))
        case .object(let object): return .object(object.templateMembers)
        }
    }
}

extension JSONObject {
    var templateMembers: [(key: String, value: TemplateValue)] {
        var members: [(key: String, value: TemplateValue)] = []
        var index: [String: Int] = [:]
        for member in self.members {
            let value = member.value.templateValue
            if let k = index[member.key] {
                members[k].value = value
            } else {
                index[member.key] = members.count
                members.append((member.key, value))
            }
        }
        return members
    }
}
