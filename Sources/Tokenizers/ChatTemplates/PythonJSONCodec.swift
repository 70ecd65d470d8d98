/// JSON as Python's `json` module reads and writes it, which mistral-common (and a trainer's own
/// mapping for harmony) use on tool definitions, calls and results: `loads` accepts `NaN` and
/// `Infinity` and keeps the last value of a repeated key at its first place; `dumps` writes floats
/// as `repr` does and, with `ensure_ascii=False`, leaves non-ASCII text as it is.
enum PythonJSONCodec {
    /// `json.dumps(value, ensure_ascii=False)`, with `separators=(",", ":")` when `compact`.
    static func dumps(_ value: TemplateValue, compact: Bool = false) -> String {
        var out = ""
        write(value, compact: compact, into: &out)
        return out
    }

    /// `json.loads(text)`, or nil where Python raises (a JSONDecodeError, or an integer wider than
    /// 64 bits, which tunesmith does not carry).
    static func loads(_ text: String) -> TemplateValue? {
        var parser = PythonJSONParser(bytes: Array(text.utf8))
        return parser.document()
    }

    private static func write(_ value: TemplateValue, compact: Bool, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .double(let d): out += FloatText.pythonJSON(d)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += compact ? "," : ", " }
                write(item, compact: compact, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (k, member) in uniqueMembers(members).enumerated() {
                if k > 0 { out += compact ? "," : ", " }
                writeString(member.key, into: &out)
                out += compact ? ":" : ": "
                write(member.value, compact: compact, into: &out)
            }
            out += "}"
        }
    }

    /// A Python dict's members: a repeated key keeps its first place and its last value.
    static func uniqueMembers(_ members: [(key: String, value: TemplateValue)]) -> [(key: String, value: TemplateValue)] {
        var seen: [String: Int] = [:]
        var result: [(key: String, value: TemplateValue)] = []
        for member in members {
            if let at = seen[member.key] {
                result[at].value = member.value
            } else {
                seen[member.key] = result.count
                result.append(member)
            }
        }
        return result
    }

    /// Python's string escaping: quotes, backslashes and control characters; with `ensureASCII`
    /// (`ensure_ascii=True`) also everything outside space...`~`, as UTF-16 `\uXXXX` escapes.
    static func writeString(_ s: String, ensureASCII: Bool = false, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20: out += "\\u" + PythonText.hex(scalar.value, width: 4)
            case _ where ensureASCII && scalar.value > 0xFFFF:
                let v = scalar.value - 0x10000
                out += "\\u" + PythonText.hex(0xD800 + (v >> 10), width: 4) + "\\u" + PythonText.hex(0xDC00 + (v & 0x3FF), width: 4)
            case _ where ensureASCII && scalar.value > 0x7E: out += "\\u" + PythonText.hex(scalar.value, width: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
