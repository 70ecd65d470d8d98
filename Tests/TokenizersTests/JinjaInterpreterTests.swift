import Foundation
import Testing
@testable import Tokenizers

/// The interpreter against jinja2 itself: one template per construct (loops, macros, whitespace
/// control, filters, tests, methods, slicing, Python's printed forms), with jinja2's output as
/// transformers configures it, from scripts/generate-chat-template-fixtures.py.
struct JinjaInterpreterTests {
    struct Case: Sendable {
        let name: String
        let template: String
        let variables: [(key: String, value: TemplateValue)]
        var context: [String: JinjaValue] { Dictionary(variables.map { ($0.key, JinjaValue($0.value)) }, uniquingKeysWith: { $1 }) }
        let output: String?
        let error: String?
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/chat-templates/interpreter", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let document = try? TemplateValue(json: String(decoding: data, as: UTF8.self)),
              case .array(let cases)? = document["cases"]
        else { return [] }
        return cases.map { value in
            var variables: [(key: String, value: TemplateValue)] = []
            if case .object(let members)? = value["context"] { variables = members }
            return Case(name: value["name"]?.stringValue ?? "?", template: value["template"]?.stringValue ?? "",
                        variables: variables, output: value["output"]?.stringValue, error: value["error"]?.stringValue)
        }
    }()

    static func render(_ source: String, _ context: [String: JinjaValue] = [:]) throws -> String {
        try JinjaTemplate(source).renderText(context: context)
    }

    @Test func theFixtureIsThere() {
        #expect(Self.cases.count >= 80)
    }

    @Test(arguments: cases.map(\.name))
    func rendersAsJinja2Does(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        if let expected = testCase.output {
            let output = try Self.render(testCase.template, testCase.context)
            #expect(output == expected, "template: \(testCase.template)")
        } else {
            let error = try #require(throws: TokenizersError.self) { try Self.render(testCase.template, testCase.context) }
            #expect(error.kind == .chatTemplate)
            // A refusal carries the template's own words.
            if let words = testCase.error, words.hasPrefix("TemplateError: ") {
                #expect(error.message.contains(words.dropFirst("TemplateError: ".count)))
            }
        }
    }

    @Test func syntaxErrorsNameTheirLine() throws {
        for (source, line) in [("a\nb\n{{ 1 + }}", 3), ("x\n{% frobnicate %}", 2), ("{% if true %}\n\n{% endfor %}", 3),
                               ("one\n{% for x in y %}\nnever closed", 3), ("{{ 'unterminated }}\n", 1), ("\n\n{# open comment", 3)] {
            let error = try #require(throws: TokenizersError.self) { _ = try JinjaTemplate(source) }
            #expect(error.kind == .chatTemplate)
            #expect(error.message.contains("line \(line):"), "\(source.debugDescription): \(error.message)")
        }
    }

    @Test func raiseExceptionReportsTheTemplatesWordsAndLine() throws {
        let source = "{% for m in messages %}\n{% if m.role == 'robot' %}\n{{ raise_exception('Only user and assistant roles are supported!') }}\n{% endif %}\n{% endfor %}"
        let context: [String: JinjaValue] = ["messages": JinjaValue(.array([.object([("role", .string("robot"))])]))]
        let error = try #require(throws: TokenizersError.self) { try Self.render(source, context) }
        #expect(error.message == "the chat template refused this conversation (its line 3): Only user and assistant roles are supported!")
    }

    @Test func strftimeNowFormatsTodayAsLlama32Does() throws {
        let source = "{%- if not date_string is defined %}{%- set date_string = strftime_now('%d %b %Y') %}{%- endif %}Today Date: {{ date_string }}"
        let output = try Self.render(source)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "dd MMM yyyy"
        #expect(output == "Today Date: " + formatter.string(from: Date()))
        #expect(try Self.render(source, ["date_string": .string("26 Jul 2024")]) == "Today Date: 26 Jul 2024")
    }

    @Test func pythonFloatForms() {
        let cases: [(Double, String)] = [(1, "1.0"), (0.1, "0.1"), (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1e-5, "1e-05"),
                                         (0.0001, "0.0001"), (123456789.125, "123456789.125"), (-2.5, "-2.5"), (1.5e300, "1.5e+300"),
                                         (Double.leastNonzeroMagnitude, "5e-324"), (Double(1 << 62) * 4, "1.8446744073709552e+19")]
        for (value, text) in cases { #expect(FloatText.pythonRepr(value) == text && FloatText.pythonJSON(value) == text) }
        #expect(FloatText.pythonRepr(-0.0) == "-0.0" && FloatText.pythonRepr(.nan) == "nan" && FloatText.pythonRepr(-.infinity) == "-inf")
        #expect(FloatText.pythonJSON(.nan) == "NaN" && FloatText.pythonJSON(.infinity) == "Infinity")
    }
}
