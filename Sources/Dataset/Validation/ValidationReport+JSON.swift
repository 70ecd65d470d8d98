extension ValidationReport {
    /// The report as one JSON object for scripts (`validate --json`). Every error category is
    /// present in `format_errors`, every warning category in `warnings`.
    public var jsonValue: JSONValue {
        func number(_ n: Int) -> JSONValue { .number(String(n)) }
        func number(_ d: Double) -> JSONValue { .number(d.isFinite ? "\(d)" : "null") }
        func summary(_ s: Distribution.Summary?) -> JSONValue {
            guard let s else { return .null }
            return .object(JSONObject([
                "min": number(s.min), "max": number(s.max), "mean": number(s.mean), "median": number(s.median),
                "p5": number(s.p5), "p95": number(s.p95),
            ]))
        }
        func counts(_ categories: [Category]) -> JSONValue {
            .object(JSONObject(categories.map { .init($0.name, number(count($0))) }))
        }
        func lines(_ categories: [Category]) -> JSONValue {
            .object(JSONObject(categories.map { .init($0.name, .array(self.lines($0).map(number))) }))
        }
        return .object(JSONObject([
            .init("file", .string(file)),
            .init("format", .string(format.rawValue)),
            .init("examples", number(examples)),
            .init("model", model.map(JSONValue.string) ?? .null),
            .init("encoding", .string(countedWith)),
            .init("max_tokens_per_example", number(maxTokensPerExample)),
            .init("ready", .bool(isReady)),
            .init("purpose", .string(purpose == .validation ? "validation" : "training")),
            .init("format_errors", counts(Category.errors)),
            .init("error_lines", lines(Category.errors)),
            .init("warnings", counts(Category.warnings)),
            .init("warning_lines", lines(Category.warnings)),
            .init("missing_system", number(missingSystem)),
            .init("missing_user", number(missingUser)),
            .init("distributions", .object(JSONObject([
                "messages_per_example": summary(messagesPerExample),
                "total_tokens_per_example": summary(totalTokensPerExample),
                "assistant_tokens_per_example": summary(assistantTokensPerExample),
            ]))),
            .init("over_limit", number(overLimit)),
            .init("billing_tokens", number(billingTokens)),
            .init("epochs", number(epochs)),
            .init("charged_tokens", number(chargedTokens)),
            .init("estimated_cost_usd", estimatedCostUSD.map(number) ?? .null),
        ]))
    }
}
