/// Python's text forms of values, which a template prints: `str()` (`True`, `None`, `1.0`,
/// `['a', 'b']`), `repr()` of strings, and `str.isspace()`.
enum PythonText {
    /// ASCII whitespace as Python's `str.isspace()` sees it (plus the separators \x1c-\x1f).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
    }

    /// `str.isspace()` for one code point.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `str(value)`.
    static func string(_ value: JinjaValue, depth: Int = 0) throws -> String {
        switch value {
        case .string(let s): s
        case .undefined: ""
        default: try representation(value, depth: depth)
        }
    }

    /// `repr(value)`; containers print their items this way.
    static func representation(_ value: JinjaValue, depth: Int = 0) throws -> String {
        guard depth < JinjaLimits.maximumDataDepth else {
            throw TokenizersError(.chatTemplate, "the chat template built a value nested more than \(JinjaLimits.maximumDataDepth) deep; it cannot be printed")
        }
        switch value {
        case .undefined: return ""
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let n): return String(n)
        case .double(let d): return FloatText.pythonRepr(d)
        case .string(let s): return quoted(s)
        case .list(let list):
            let items = try list.items.map { try representation($0, depth: depth + 1) }.joined(separator: ", ")
            guard list.isTuple else { return "[" + items + "]" }
            return "(" + items + (list.items.count == 1 ? ",)" : ")")
        case .dict(let dict):
            return "{" + (try dict.entries.map { quoted($0.key) + ": " + (try representation($0.value, depth: depth + 1)) }.joined(separator: ", ")) + "}"
        case .namespace(let dict):
            return "<Namespace " + (try representation(.dict(dict), depth: depth + 1)) + ">"
        case .macro(let macro): return "<Macro '\(macro.name)'>"
        case .function: return "<function>"
        case .loop: return "<LoopContext>"
        }
    }

    /// Python's `repr` of a string: single quotes unless it holds one and no double quote.
    static func quoted(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
