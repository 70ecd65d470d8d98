extension TemplateValue {
    /// Parses JSON as Python's `json.loads` reads it (the one parser, `PythonJSONParser`): member
    /// order kept, `1` an int and `1.0` or `1e5` a float, `NaN` and `Infinity` read, a repeated key
    /// keeping its first position and last value.
    public init(json: String) throws {
        var parser = PythonJSONParser(bytes: Array(json.utf8))
        guard let value = parser.document() else {
            throw TokenizersError(.chatTemplate, "invalid JSON near byte \(parser.at): Python's json.loads would refuse it; check the text is one JSON value")
        }
        self = value
    }
}
