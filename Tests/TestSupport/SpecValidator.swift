import Dataset

/// The first broken rule of a value, in the words a schema validator uses.
struct SpecProblem: Sendable {
    let message: String
    let path: String
    /// Set when the value is not the kind the schema is for (another type, or another value of a
    /// one-value tag such as `"type": "Lora"`), with what the schema wants: among alternatives, those
    /// the value was never meant for are skipped.
    let tag: (path: String, wanted: [String])?

    init(_ message: String, at path: String, tag: (path: String, wanted: [String])? = nil) {
        self.message = message
        self.path = path
        self.tag = tag
    }

    var depth: Int { path.count { $0 == "." || $0 == "[" } }
}

/// Checks JSON values against the schemas of one rules file.
struct SpecValidator: Sendable {
    let schemas: [String: SpecSchema]

    func problem(_ value: JSONValue, _ schema: SpecSchema, at path: String, nesting: Int = 0) -> SpecProblem? {
        guard nesting < 64 else { return SpecProblem("\(path) nests deeper than the rules follow (64 levels)", at: path) }
        if let name = schema.reference {
            guard let named = schemas[name] else {
                return SpecProblem("the rules name a schema \(name) they do not hold; run scripts/generate-spec-rules.py", at: path)
            }
            return problem(value, named, at: path, nesting: nesting + 1)
        }
        if let types = schema.types, !types.contains(where: { Self.value(value, is: $0) }) {
            return SpecProblem("\(path) must be \(types.joined(separator: " or ")), not \(value.typeName)", at: path, tag: (path, schema.wanted))
        }
        if let allowed = schema.allowedValues, !allowed.contains(where: { Self.same($0, value) }) {
            let wanted = allowed.map(SpecSchema.describe)
            return SpecProblem("\(path) must be one of \(wanted.joined(separator: ", "))", at: path, tag: allowed.count == 1 ? (path, wanted) : nil)
        }
        switch value {
        case .object(let object):
            if let found = objectProblem(object, schema, at: path, nesting: nesting) { return found }
        case .array(let elements):
            if let items = schema.items {
                for (index, element) in elements.enumerated() {
                    if let found = problem(element, items, at: "\(path)[\(index)]", nesting: nesting + 1) { return found }
                }
            }
        default:
            break
        }
        if let alternatives = schema.alternatives { return alternativesProblem(value, alternatives, at: path, nesting: nesting) }
        return nil
    }

    /// Fields first (so a wrong one-value tag marks the schema as not meant for this object), then
    /// the required ones.
    private func objectProblem(_ object: JSONObject, _ schema: SpecSchema, at path: String, nesting: Int) -> SpecProblem? {
        for member in object.members {
            let memberPath = "\(path).\(member.key)"
            if let field = schema.properties[member.key] {
                if let found = problem(member.value, field, at: memberPath, nesting: nesting + 1) { return found }
                continue
            }
            switch schema.extra {
            case .allowed: continue
            case .forbidden: return SpecProblem("\(memberPath) is not allowed: the spec names no such field here", at: memberPath)
            case .each(let each): if let found = problem(member.value, each, at: memberPath, nesting: nesting + 1) { return found }
            }
        }
        for name in schema.required where !object.has(name) {
            return SpecProblem("\(path).\(name) is required", at: "\(path).\(name)")
        }
        return nil
    }

    /// Any one alternative that fits is enough. Otherwise the problem of the alternative the value
    /// was meant for (the one that got deepest); when it was meant for none, what they all want.
    private func alternativesProblem(_ value: JSONValue, _ alternatives: [SpecSchema], at path: String, nesting: Int) -> SpecProblem? {
        var meant: [SpecProblem] = []
        var tagged: [SpecProblem] = []
        for alternative in alternatives {
            guard let found = problem(value, alternative, at: path, nesting: nesting + 1) else { return nil }
            if let tag = found.tag, tag.path == path || Self.parent(of: tag.path) == path {
                tagged.append(found)
            } else {
                meant.append(found)
            }
        }
        if let best = meant.max(by: { $0.depth < $1.depth }) { return best }
        guard let deepest = tagged.map({ $0.tag!.path }).max(by: { $0.count < $1.count }) else {
            return SpecProblem("\(path) matches none of its alternatives", at: path)
        }
        var wanted: [String] = []
        for found in tagged where found.tag!.path == deepest {
            for item in found.tag!.wanted where !wanted.contains(item) { wanted.append(item) }
        }
        return SpecProblem("\(deepest) must be one of \(wanted.joined(separator: ", "))", at: deepest, tag: (deepest, wanted))
    }

    /// The schema a reference names (followed through references), or the schema itself.
    func resolved(_ schema: SpecSchema) -> SpecSchema {
        var current = schema
        for _ in 0..<16 {
            guard let name = current.reference, let named = schemas[name] else { return current }
            current = named
        }
        return current
    }

    static func parent(of path: String) -> String {
        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return String(path[..<cut])
    }

    static func value(_ value: JSONValue, is type: String) -> Bool {
        switch (type, value) {
        case ("integer", .number): value.integerValue != nil
        case ("number", .number), ("string", .string), ("boolean", .bool), ("object", .object), ("array", .array), ("null", .null): true
        default: false
        }
    }

    /// JSON equality, numbers by value (`1` and `1.0` are one number).
    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if case .number(let x) = a, case .number(let y) = b { return Double(x) == Double(y) }
        return a == b
    }
}
