import Dataset

/// One operation of a rules file: its method and path template, the query parameters it takes and
/// the body it requires, as its spec states them.
struct SpecOperation: Sendable {
    struct Body: Sendable {
        let required: Bool
        /// Media type (`application/json`, `multipart/form-data`) -> the schema of the body.
        let content: [String: SpecSchema]
    }

    let method: String
    let template: SpecPathTemplate
    /// The spec file it comes from; nil for the operations the spec lacks and the official SDKs send.
    let spec: String?
    let query: [String: (schema: SpecSchema, required: Bool)]
    let body: Body?

    init(_ object: JSONObject) {
        method = object["method"]?.stringValue ?? ""
        template = SpecPathTemplate(object["path"]?.stringValue ?? "")
        spec = object["spec"]?.stringValue
        var query: [String: (SpecSchema, Bool)] = [:]
        for member in object["query"]?.objectValue?.members ?? [] {
            query[member.key] = (SpecSchema(member.value), member.value.objectValue?["required"] == .bool(true))
        }
        self.query = query
        body = object["body"]?.objectValue.map { body in
            var content: [String: SpecSchema] = [:]
            for member in body["content"]?.objectValue?.members ?? [] { content[member.key] = SpecSchema(member.value) }
            return Body(required: body["required"] == .bool(true), content: content)
        }
    }

    /// The first problem of the query, in the validator's words (`query.model_name is required`).
    func queryProblem(_ values: [String: String], _ validator: SpecValidator) -> String? {
        for name in query.keys.sorted() {
            let (schema, required) = query[name]!
            guard let text = values[name] else {
                if required { return "query.\(name) is required" }
                continue
            }
            if let found = validator.problem(Self.typed(text, for: validator.resolved(schema)), schema, at: "query.\(name)") {
                return found.message
            }
        }
        return nil
    }

    /// A query value as the JSON value it stands for, as the schema's type reads it.
    static func typed(_ text: String, for schema: SpecSchema) -> JSONValue {
        let types = schema.types ?? []
        if types.contains("boolean"), text == "true" || text == "false" { return .bool(text == "true") }
        if types.contains("integer") || types.contains("number"), Double(text) != nil { return .number(text) }
        return .string(text)
    }

    /// The first problem of a `multipart/form-data` body: its required fields, fields the spec
    /// forbids, and each field's enum. A field `name[key]` is the object field `name`, as the SDKs send it.
    func formProblem(_ fields: [String: String], _ schema: SpecSchema, _ validator: SpecValidator) -> String? {
        let form = validator.resolved(schema)
        let names = Set(fields.keys.map { String($0.prefix { $0 != "[" }) })
        for name in form.required where !names.contains(name) { return "body.\(name) is required" }
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            let name = String(key.prefix { $0 != "[" })
            guard let field = form.properties[name] else {
                if case .forbidden = form.extra { return "body.\(name) is not allowed: the spec names no such field here" }
                continue
            }
            let resolved = validator.resolved(field)
            if name == key, let allowed = resolved.allowedValues, !allowed.map(SpecSchema.describe).contains(value) {
                return "body.\(name) must be one of \(allowed.map(SpecSchema.describe).joined(separator: ", "))"
            }
        }
        return nil
    }
}
