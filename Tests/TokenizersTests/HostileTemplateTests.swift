import Foundation
import Testing
@testable import Tokenizers

/// Templates come from the internet: every way to loop, recurse or grow without end stops at a
/// named limit, with an error and no crash. (The suite's time limit only catches a hang; how fast
/// a limit is reached is not timed here, since a loaded machine makes any bound flaky.)
@Suite(.timeLimit(.minutes(10)))
struct HostileTemplateTests {
    static let hostile: [(name: String, source: String, limit: String)] = [
        ("endless recursion", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "recursion limit"),
        ("exponential recursion", "{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}", "call limit"),
        ("nested huge loops", "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "loop limit"),
        ("huge range", "{% for i in range(1000000000) %}{% endfor %}", "range()"),
        ("doubling string", "{% set ns = namespace(s='xxxxxxxx') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}", "work limit"),
        ("string times huge", "{{ 'x' * 1000000000 }}", "work limit"),
        ("list doubling", "{% set ns = namespace(l=[1]) %}{% for i in range(64) %}{% set ns.l = ns.l + ns.l %}{% endfor %}", "work limit"),
        ("printing bomb", "{% for i in range(100000) %}{% for j in range(100) %}" + String(repeating: "x", count: 4000) + "{% endfor %}{% endfor %}", "output limit"),
        ("self-nesting value", "{% set ns = namespace(v=[]) %}{% for i in range(5000) %}{% set ns.v = [ns.v] %}{% endfor %}{{ ns.v|tojson }}", "deep"),
        ("self-nesting dict", "{% set ns = namespace(v={}) %}{% for i in range(5000) %}{% set ns.v = {'k': ns.v} %}{% endfor %}{{ ns.v }}", "deep"),
        ("integer overflow", "{{ 9223372036854775807 + 1 }}", "overflow"),
        ("power overflow", "{{ 2 ** 100000 }}", "overflow"),
    ]

    @Test(arguments: hostile.map(\.name))
    func endsInANamedError(name: String) throws {
        let entry = try #require(Self.hostile.first { $0.name == name })
        let template = try JinjaTemplate(entry.source)
        let error = try #require(throws: TokenizersError.self) { _ = try template.renderText(context: [:]) }
        #expect(error.kind == .chatTemplate)
        #expect(error.message.contains(entry.limit), "\(error.message)")
    }

    @Test func deepNestingIsASyntaxErrorNotAStackOverflow() throws {
        for source in ["{{ " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + " }}",
                       String(repeating: "{% if true %}", count: 10_000),
                       "{{ " + String(repeating: "not ", count: 100_000) + "x }}",
                       "{{ " + String(repeating: "-", count: 100_000) + "1 }}",
                       "{{ " + String(repeating: "[", count: 100_000) + " }}"] {
            let error = try #require(throws: TokenizersError.self) { _ = try JinjaTemplate(source) }
            #expect(error.message.contains("syntax error"))
        }
    }

    @Test func noAccessOutsideTheTemplate() throws {
        // Names that reach files, the environment or Python's internals in other engines are simply undefined here.
        for source in ["{{ self }}", "{{ config }}", "{{ cycler }}", "{{ lipsum }}", "{{ request }}", "{{ os }}"] {
            #expect(try JinjaTemplate(source).renderText(context: [:]) == "")
        }
        for source in ["{% include 'x' %}", "{% import 'x' as y %}", "{% extends 'x' %}", "{% from 'x' import y %}"] {
            let error = try #require(throws: TokenizersError.self) { _ = try JinjaTemplate(source) }
            #expect(error.message.contains("reads other templates"))
        }
        let error = try #require(throws: TokenizersError.self) { _ = try JinjaTemplate("{{ ''.__class__ }}").renderText(context: [:]) }
        #expect(error.kind == .chatTemplate)
    }
}
