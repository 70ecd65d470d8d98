/// serde_json's compact `Display` of a value, which openai-harmony writes for a schema's `default`:
/// no spaces, floats as Rust's ryu writes them, the same string escapes as Python's.
enum SerdeJSON {
    static func compact(_ value: TemplateValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: TemplateValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .double(let d): out += FloatText.ryu(d)
        case .string(let s): PythonJSONCodec.writeString(s, into: &out)
        case .array(let items):
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (k, member) in PythonJSONCodec.uniqueMembers(members).enumerated() {
                if k > 0 { out += "," }
                PythonJSONCodec.writeString(member.key, into: &out)
                out += ":"
                write(member.value, into: &out)
            }
            out += "}"
        }
    }
}
