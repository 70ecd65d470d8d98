import Dataset
import Foundation

/// What a provider's published OpenAPI spec demands of each request, generated from the spec by
/// `scripts/generate-spec-rules.py` into `SpecRules/<provider>.json`: the operations (method and
/// path template), their required query parameters, and their bodies' schemas (required fields at
/// every level, types, enums, `additionalProperties: false` where the spec says so).
/// A stub server asks `problem(of:)` of every request and answers the provider's 400 when there is
/// one, so a request the real service would refuse fails the test that sent it:
///
///     if let problem = SpecRules.named("fireworks").problem(of: request) { return error(400, problem) }
public struct SpecRules: Sendable {
    public let provider: String
    /// The spec files the rules come from, for messages.
    public let specs: [String]
    let operations: [SpecOperation]
    let validator: SpecValidator
    /// Why the rules could not be read; every request then gets this as its problem.
    let loadProblem: String?

    static let openAI = SpecRules.load("openai")
    static let together = SpecRules.load("together")
    static let fireworks = SpecRules.load("fireworks")

    /// The rules of `openai`, `together` or `fireworks` (read once per process).
    public static func named(_ provider: String) -> SpecRules {
        switch provider.lowercased() {
        case "openai": openAI
        case "together": together
        case "fireworks": fireworks
        default: SpecRules(provider: provider, problem: "there are no spec rules for \(provider); use openai, together or fireworks")
        }
    }

    static func load(_ provider: String) -> SpecRules {
        guard let url = Bundle.module.url(forResource: provider, withExtension: "json", subdirectory: "SpecRules"),
              let data = try? Data(contentsOf: url)
        else {
            return SpecRules(provider: provider, problem: "SpecRules/\(provider).json is missing from TestSupport's resources; run scripts/generate-spec-rules.py")
        }
        let document: JSONObject
        do {
            guard let object = try JSONParser.parse(String(decoding: data, as: UTF8.self)).objectValue else { throw JSONSyntaxError(byteOffset: 0, reason: "not an object", isEncodingError: false) }
            document = object
        } catch {
            return SpecRules(provider: provider, problem: "SpecRules/\(provider).json is not a rules file (\(error)); run scripts/generate-spec-rules.py")
        }
        let specs = document["specs"]?.arrayValue?.compactMap { $0.objectValue?["file"]?.stringValue } ?? []
        let operations = (document["operations"]?.arrayValue ?? []).compactMap { $0.objectValue.map(SpecOperation.init) }
            .sorted { $0.template.literalLength > $1.template.literalLength }
        var schemas: [String: SpecSchema] = [:]
        for member in document["schemas"]?.objectValue?.members ?? [] { schemas[member.key] = SpecSchema(member.value) }
        let problem = operations.isEmpty ? "SpecRules/\(provider).json holds no operations; run scripts/generate-spec-rules.py" : nil
        return SpecRules(provider: provider, specs: specs, operations: operations, validator: SpecValidator(schemas: schemas), loadProblem: problem)
    }

    private init(provider: String, specs: [String], operations: [SpecOperation], validator: SpecValidator, loadProblem: String?) {
        self.provider = provider
        self.specs = specs
        self.operations = operations
        self.validator = validator
        self.loadProblem = loadProblem
    }

    private init(provider: String, problem: String) {
        self.init(provider: provider, specs: [], operations: [], validator: SpecValidator(schemas: [:]), loadProblem: problem)
    }

    /// Whether the spec has this method at this path (a stub answers 404 to what it lacks, as the
    /// real services do, and 400 to a known operation whose request breaks a rule).
    public func knows(method: String, path: String) -> Bool {
        operations.contains { $0.method == method.uppercased() && $0.template.matches(path) }
    }

    public func problem(of request: StubRequest) -> String? {
        problem(method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body)
    }

    /// The first rule of the spec that this request breaks ("body.training_type.lora_r is required",
    /// "no such operation in together-openapi.yaml: GET /v1/nothing"), nil when the spec allows it.
    /// `path` is the whole path after the host, percent-decoded (`/v1/fine-tunes`).
    public func problem(method: String, path: String, query: [String: String], headers: [(String, String)], body: [UInt8]) -> String? {
        if let loadProblem { return loadProblem }
        let atPath = operations.filter { $0.template.matches(path) }
        guard let operation = atPath.first(where: { $0.method == method.uppercased() }) else {
            let specNames = specs.joined(separator: " or ")
            guard let other = atPath.first else { return "no such operation in \(specNames): \(method) \(path)" }
            let methods = atPath.filter { $0.template.text == other.template.text }.map(\.method)
            return "no such operation in \(specNames): \(method) \(path) (\(other.template.text) takes \(methods.joined(separator: ", ")))"
        }
        if let found = operation.queryProblem(query, validator) { return found }
        return bodyProblem(operation, headers: headers, body: body)
    }

    private func bodyProblem(_ operation: SpecOperation, headers: [(String, String)], body: [UInt8]) -> String? {
        guard let rules = operation.body else { return nil }
        let contentType = headers.first { $0.0.lowercased() == "content-type" }?.1 ?? ""
        let media = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        let taken = rules.content.keys.sorted()
        if body.isEmpty {
            return rules.required ? "the body is required (\(taken.joined(separator: " or ")))" : nil
        }
        if media == "multipart/form-data", let schema = rules.content[media] {
            let request = StubRequest(method: operation.method, path: operation.template.text, query: [:], headers: headers, body: body)
            let fields = parseMultipart(request).mapValues { String(decoding: $0.bytes, as: UTF8.self) }
            return operation.formProblem(fields, schema, validator)
        }
        if media.isEmpty || media.hasSuffix("json"), let schema = rules.content["application/json"] {
            let value: JSONValue
            do {
                value = try JSONParser.parse(String(decoding: body, as: UTF8.self))
            } catch {
                return "the body is not JSON: \(error.reason) at byte \(error.byteOffset)"
            }
            return validator.problem(value, schema, at: "body")?.message
        }
        return "the body is \(media.isEmpty ? "sent without a content type" : media), but the spec takes \(taken.joined(separator: " or "))"
    }
}
