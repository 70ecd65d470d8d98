/// `json.dumps` as transformers' `tojson` filter calls it: `ensure_ascii=False`, `sort_keys=False`,
/// `indent=None` unless the template passes them; separators `", "` and `": "` (`","` with an indent).
struct PythonJSON {
    var indent: String?
    var ensureASCII = false
    var sortKeys = false
    var itemSeparator: String
    var keySeparator = ": "

    init(indent: String?, ensureASCII: Bool = false, sortKeys: Bool = false, separators: (String, String)? = nil) {
        self.indent = indent
        self.ensureASCII = ensureASCII
        self.sortKeys = sortKeys
        itemSeparator = separators?.0 ?? (indent == nil ? ", " : ",")
        if let separators { keySeparator = separators.1 }
    }

    func dumps(_ value: JinjaValue) throws -> String {
        var out = ""
        try write(value, into: &out, level: 0)
        return out
    }

    private func write(_ value: JinjaValue, into out: inout String, level: Int) throws {
        guard level < JinjaLimits.maximumDataDepth else {
            throw TokenizersError(.chatTemplate, "tojson: a value nested more than \(JinjaLimits.maximumDataDepth) deep; the chat template builds a value that cannot be written as JSON")
        }
        switch value {
        case .none: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .double(let d):
            out += FloatText.pythonJSON(d)
        case .string(let s): writeString(s, into: &out)
        case .list(let list):
            try writeContainer(list.items, open: "[", close: "]", into: &out, level: level) { item, out in
                try write(item, into: &out, level: level + 1)
            }
        case .dict(let dict), .namespace(let dict):
            var entries = dict.entries
            if sortKeys { entries.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } }
            try writeContainer(entries, open: "{", close: "}", into: &out, level: level) { entry, out in
                writeString(entry.key, into: &out)
                out += keySeparator
                try write(entry.value, into: &out, level: level + 1)
            }
        case .undefined(let name):
            throw TokenizersError(.chatTemplate, "tojson: \(name) is undefined and cannot be written as JSON; check that the conversation has the fields the template reads")
        default:
            throw TokenizersError(.chatTemplate, "tojson: an object of type \(value.typeName) is not JSON serializable")
        }
    }

    private func writeContainer<Item>(_ items: [Item], open: String, close: String, into out: inout String, level: Int,
                                      item writeItem: (Item, inout String) throws -> Void) throws {
        guard !items.isEmpty else { out += open + close; return }
        out += open
        let newline = indent.map { "\n" + String(repeating: $0, count: level + 1) }
        for (position, item) in items.enumerated() {
            if position > 0 { out += itemSeparator }
            if let newline { out += newline }
            try writeItem(item, &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += close
    }

    private func writeString(_ s: String, into out: inout String) {
        PythonJSONCodec.writeString(s, ensureASCII: ensureASCII, into: &out)
    }
}
