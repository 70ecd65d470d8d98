import Dataset

/// One schema of a generated rules file (`scripts/generate-spec-rules.py`): the part of an OpenAPI
/// schema a validator checks here. Named schemas stay references, resolved when validating.
final class SpecSchema: Sendable {
    enum Extra: Sendable {
        case allowed
        case forbidden
        case each(SpecSchema)
    }

    let reference: String?
    let types: [String]?
    let allowedValues: [JSONValue]?
    let properties: [String: SpecSchema]
    let required: [String]
    let extra: Extra
    let items: SpecSchema?
    let alternatives: [SpecSchema]?

    init(_ value: JSONValue) {
        let object = value.objectValue ?? JSONObject()
        reference = object["$ref"]?.stringValue
        types = object["type"]?.arrayValue?.compactMap(\.stringValue)
        allowedValues = object["enum"]?.arrayValue
        var properties: [String: SpecSchema] = [:]
        for member in object["properties"]?.objectValue?.members ?? [] { properties[member.key] = SpecSchema(member.value) }
        self.properties = properties
        required = object["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        switch object["additionalProperties"] {
        case .bool(false): extra = .forbidden
        case .object(let schema): extra = .each(SpecSchema(.object(schema)))
        default: extra = .allowed
        }
        items = object["items"].map(SpecSchema.init)
        alternatives = object["anyOf"]?.arrayValue?.map(SpecSchema.init)
    }

    /// What this schema wants, in a few words ("boolean", "\"auto\"", "integer or string").
    var wanted: [String] {
        if let allowedValues { return allowedValues.map(Self.describe) }
        return types ?? ["anything"]
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array, .object: value.typeName
        }
    }
}
