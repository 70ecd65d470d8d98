/// The `# Tools` section of a harmony developer message: each function as a TypeScript type, written
/// exactly as openai-harmony 0.0.8 writes it (`template_tools_section`, `json_schema_to_typescript`
/// in its encoding.rs), quirks included.
enum HarmonyToolsSection {
    struct Function {
        let name: String
        let description: String
        let parameters: TemplateValue?
    }

    static func text(functions: [Function]) -> String {
        var lines = ["## functions\n", "namespace functions {\n"]
        for function in functions {
            for line in rustLines(function.description) { lines.append("// " + line) }
            if let parameters = function.parameters {
                lines.append("type \(function.name) = (_: \(typescript(parameters, indent: ""))) => any;\n")
            } else {
                lines.append("type \(function.name) = () => any;\n")
            }
        }
        lines.append("} // namespace functions")
        return "# Tools\n\n" + lines.joined(separator: "\n")
    }

    /// Rust's `str::lines`: split at "\n", drop one "\r" before it, no empty line after a final "\n".
    static func rustLines(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if text.utf8.last == UInt8(ascii: "\n") { lines.removeLast() }
        return lines.map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
    }

    private static func isEnum(_ schema: TemplateValue) -> Bool {
        if case .array(let values)? = schema["enum"] { return !values.isEmpty }
        return false
    }

    private static func string(_ value: TemplateValue?) -> String? { value?.stringValue }

    private static func nullable(_ type: String, _ schema: TemplateValue) -> String {
        schema["nullable"] == .bool(true) && !type.contains("null") ? type + " | null" : type
    }

    /// serde_json's `Display` of a default: compact JSON.
    private static func json(_ value: TemplateValue) -> String { SerdeJSON.compact(value) }

    /// A default as a trailing comment: quoted text unless the schema is an enum, else JSON.
    private static func defaultText(_ value: TemplateValue, in schema: TemplateValue, rawEnumStrings: Bool) -> String {
        if case .string(let text) = value {
            if !isEnum(schema) { return "default: \"\(text)\"" }
            if rawEnumStrings { return "default: \(text)" }
        }
        return "default: \(json(value))"
    }

    static func typescript(_ schema: TemplateValue, indent: String) -> String {
        if case .array(let variants)? = schema["oneOf"] {
            var out = ""
            for variant in variants {
                out += "\n\(indent) | " + nullable(typescript(variant, indent: indent + "   "), variant)
                var trailing: [String] = []
                if let description = string(variant["description"]) { trailing.append(description) }
                if let value = variant["default"] { trailing.append(defaultText(value, in: variant, rawEnumStrings: false)) }
                if !trailing.isEmpty { out += " // " + trailing.joined(separator: " ") }
            }
            return out
        }
        if case .array(let types)? = schema["type"] {
            let names = types.compactMap(\.stringValue).map { $0 == "integer" ? "number" : $0 }
            if !names.isEmpty { return names.joined(separator: " | ") }
        }
        guard let type = string(schema["type"]) else { return "any" }
        switch type {
        case "object": return object(schema, indent: indent)
        case "string":
            if case .array(let values)? = schema["enum"] {
                let quoted = values.compactMap(\.stringValue).map { "\"\($0)\"" }
                if !quoted.isEmpty { return quoted.joined(separator: " | ") }
            }
            return "string"
        case "number", "integer": return "number"
        case "boolean": return "boolean"
        case "array":
            if let items = schema["items"] { return typescript(items, indent: indent) + "[]" }
            return "Array<any>"
        default: return "any"
        }
    }

    private static func object(_ schema: TemplateValue, indent: String) -> String {
        var out = ""
        if let description = string(schema["description"]) { out += "\(indent)// \(description)\n" }
        out += "{\n"
        if case .object(let properties)? = schema["properties"] {
            var required = Set<String>()
            if case .array(let names)? = schema["required"] { required = Set(names.compactMap(\.stringValue)) }
            for (key, value) in PythonJSONCodec.uniqueMembers(properties) {
                let mark = required.contains(key) ? "" : "?"
                if let title = string(value["title"]) { out += "\(indent)// \(title)\n\(indent)//\n" }
                if value["oneOf"] == nil, let description = string(value["description"]) { out += "\(indent)// \(description)\n" }
                if case .array(let examples)? = value["examples"], !examples.isEmpty {
                    out += "\(indent)// Examples:\n"
                    for example in examples.compactMap(\.stringValue) { out += "\(indent)// - \"\(example)\"\n" }
                }
                if case .array(let variants)? = value["oneOf"] {
                    out += oneOfProperty(key + mark, value, variants, indent: indent)
                    continue
                }
                out += "\(indent)\(key)\(mark): " + nullable(typescript(value, indent: indent + "    "), value) + ","
                if value["oneOf"] == nil, let fallback = value["default"] {
                    out += " // " + defaultText(fallback, in: value, rawEnumStrings: true)
                }
                out += "\n"
            }
        }
        return out + "\(indent)}"
    }

    private static func oneOfProperty(_ name: String, _ value: TemplateValue, _ variants: [TemplateValue], indent: String) -> String {
        var out = ""
        let propertyDescription = string(value["description"])
        let skip = propertyDescription != nil && string(variants.first?["description"]) == propertyDescription
        var renderedAbove = false
        if !skip, let description = propertyDescription {
            out += "\(indent)// \(description)\n"
            renderedAbove = true
        }
        if let fallback = value["default"] { out += "\(indent)// " + defaultText(fallback, in: value, rawEnumStrings: true) + "\n" }
        out += "\(indent)\(name):\n"
        for (k, variant) in variants.enumerated() {
            out += "\(indent) | " + nullable(typescript(variant, indent: indent + "   "), variant)
            var trailing: [String] = []
            if !(k == 0 && renderedAbove), let description = string(variant["description"]), description != propertyDescription {
                trailing.append(description)
            }
            if let fallback = variant["default"] { trailing.append(defaultText(fallback, in: variant, rawEnumStrings: true)) }
            if !trailing.isEmpty { out += " // " + trailing.joined(separator: " ") }
            out += "\n"
        }
        return out + "\(indent),\n"
    }
}
