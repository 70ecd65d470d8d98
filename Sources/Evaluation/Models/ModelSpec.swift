/// A `--model` value: `[LABEL=][PROVIDER:]NAME[@URL]`.
///
/// - `gpt-4.1-mini`: the default provider (`--provider`, `TUNESMITH_PROVIDER`), as `chat` picks it.
/// - `together:Qwen/Qwen3-8B`: that provider, with its key and base URL variables.
/// - `local=llama3.2@http://127.0.0.1:11434/v1`: any OpenAI-compatible server, sent no key.
/// The label names the model in reports and in the results file (default: the value without the URL).
public struct ModelSpec: Sendable, Hashable {
    public let label: String
    /// nil: the default provider (or `baseURL`'s server).
    public let provider: String?
    public let model: String
    /// An OpenAI-compatible server's base URL (`http://host/v1`).
    public let baseURL: String?

    public init(label: String, provider: String?, model: String, baseURL: String?) {
        self.label = label
        self.provider = provider
        self.model = model
        self.baseURL = baseURL
    }

    /// `providers`: the registered names, so `ft:gpt-4.1-mini:org::id` keeps its colons.
    public static func parse(_ text: String, providers: [String]) throws(EvaluationError) -> ModelSpec {
        let usage = "write it as NAME, PROVIDER:NAME (\(providers.joined(separator: ", "))) or LABEL=NAME@http://host/v1"
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var label: String?
        // A label is before the first `=`, when that comes before any `/` or `@` (a URL's query may hold `=`).
        if let equals = rest.firstIndex(of: "="), !rest[..<equals].contains(where: { $0 == "/" || $0 == "@" }) {
            label = String(rest[..<equals])
            rest = rest[rest.index(after: equals)...]
            guard !label!.isEmpty else { throw EvaluationError(.badModelSpec, "\"\(text)\" has an empty label before =; \(usage)") }
        }
        var baseURL: String?
        if let at = rest.range(of: "@http://") ?? rest.range(of: "@https://") {
            baseURL = String(rest[rest.index(after: at.lowerBound)...])
            rest = rest[..<at.lowerBound]
        }
        var provider: String?
        if let colon = rest.firstIndex(of: ":"), providers.contains(rest[..<colon].lowercased()) {
            provider = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        let model = String(rest)
        guard !model.isEmpty, !model.contains(where: \.isWhitespace) else {
            throw EvaluationError(.badModelSpec, "\"\(text)\" names no model; \(usage)")
        }
        if baseURL != nil, provider != nil {
            throw EvaluationError(.badModelSpec, "\"\(text)\" names both a provider and a URL; \(usage)")
        }
        let shown = label ?? (provider.map { "\($0):\(model)" } ?? model)
        return ModelSpec(label: shown, provider: provider, model: model, baseURL: baseURL)
    }
}
