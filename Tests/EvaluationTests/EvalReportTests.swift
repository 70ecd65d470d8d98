import Dataset
import Evaluation
import Foundation
import TestSupport
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("eval reports")
struct EvalReportTests {
    /// References full of what must be escaped in a page and neutralised on a terminal.
    static func hostileReference(_ k: Int) -> String {
        "answer \(k) is yes <b>&amp;</b> \"quoted\" 'single' \u{1B}[31m \u{202E}dlrow </td></html>"
    }

    func judgedRun(count: Int = 20, reference: @escaping (Int) -> String = { "answer \($0) is yes" }) async throws -> EvalReport {
        let stub = try await EvalStub.start()
        defer { Task { await stub.shutdown() } }
        let fixture = try EvalFixture(count: count, reference: reference)
        let (_, store) = try await fixture.run(stub)
        return try await fixture.report(stub, store: store)
    }

    @Test("--json: one object per example with the documented keys, then a summary object")
    func jsonKeys() async throws {
        let report = try await judgedRun(count: 5)
        let lines = JSONReport.lines(report)
        #expect(lines.count == 6)
        let objects = try lines.map { line in
            let value = try JSONParser.parse(line)
            return try #require(value.objectValue)
        }
        for (k, object) in objects.dropLast().enumerated() {
            #expect(object.keys == ["example", "line", "turn", "example_sha256", "reference", "replies", "judgments"])
            #expect(object["example"]?.integerValue == k + 1)
            let replies = (object["replies"]?.arrayValue ?? []).compactMap(\.objectValue)
            try #require(replies.count == 2)
            #expect(replies.map { $0["model"]?.stringValue } == ["tuned", "base"])
            #expect(replies[0].keys == ["model", "text", "error", "exact_match", "similarity", "length_ratio", "latency_ms",
                                        "prompt_tokens", "completion_tokens", "cost_usd"])
            #expect(replies[0]["exact_match"] == .bool(true) && replies[0]["similarity"] == .number("1"))
            let judgment = try #require(object["judgments"]?.arrayValue?.first?.objectValue)
            #expect(judgment.keys == ["judge", "first", "second", "shown_first", "seed", "winner", "reason", "error"])
            #expect(judgment["winner"]?.stringValue == "tuned")
        }
        let summary = try #require(objects.last?["summary"]?.objectValue)
        #expect(summary.keys == ["examples", "tokenizer", "judge", "models"])
        let models = (summary["models"]?.arrayValue ?? []).compactMap(\.objectValue)
        try #require(models.count == 2)
        #expect(models[0].keys == ["model", "replies", "failures", "exact_matches", "mean_similarity", "mean_length_ratio", "mean_latency_ms",
                                   "prompt_tokens", "completion_tokens", "cost_usd", "wins", "ties", "losses"])
        #expect(models[0]["wins"]?.integerValue == 5 && models[1]["losses"]?.integerValue == 5 && models[0]["cost_usd"] == .null)
    }

    @Test("--html: the page parses back, holds every example's escaped text, and fetches nothing")
    func htmlParsesBack() async throws {
        let report = try await judgedRun(reference: Self.hostileReference)
        let page = HTMLReport.page(report, title: "eval of <data> & more")
        #expect(!page.contains("<script") && !page.contains("src=") && !page.contains("href=") && !page.contains("@import"))
        #expect(!page.contains("\u{1B}") && !page.contains("\u{202E}"))
        #if canImport(FoundationXML) || canImport(Darwin)
            let document = try XMLDocument(data: Data(page.utf8), options: [.nodePreserveWhitespace])
            let root = try #require(document.rootElement())
            func elements(_ name: String, in element: XMLElement) -> [XMLElement] {
                let children = (element.children ?? []).compactMap { $0 as? XMLElement }
                return children.filter { $0.localName == name } + children.flatMap { elements(name, in: $0) }
            }
            #expect(elements("title", in: root).first?.stringValue == "eval of <data> & more")
            #expect(elements("svg", in: root).count == 1)
            #expect(elements("rect", in: root).count == 4)  // similarity and wins for two models
            let cases = elements("div", in: root).filter { $0.attributes?.first { $0.name == "class" }?.stringValue == "case" }
            #expect(cases.count == 20)
            for k in 1...20 {
                let section = try #require(cases.first { $0.attributes?.first { $0.name == "id" }?.stringValue == "case-\(k)-3" })
                let cells = elements("td", in: section)
                try #require(cells.count == 3, "the page did not parse back as written")
                let expected = Self.hostileReference(k).replacingOccurrences(of: "\u{1B}", with: "\u{241B}")
                    .replacingOccurrences(of: "\u{202E}", with: "<U+202E>")
                #expect(cells.map { $0.stringValue ?? "" } == [expected, "answer \(k) is yes", "I think answer \(k) might be no"])
                #expect(elements("mark", in: cells[1]).isEmpty)
                #expect(elements("mark", in: cells[2]).map { $0.stringValue ?? "" } == ["I", "think", "might", "be", "no"])
            }
        #else
            Issue.record("no XML parser on this platform to read the page back")
        #endif
    }

    @Test("the terminal view: NO_COLOR gives plain text, colour marks the changed words, and it fits the width")
    func terminalView() async throws {
        let report = try await judgedRun(count: 3)
        let plain = TerminalReport(color: false, columns: 80).render(report)
        #expect(!plain.contains("\u{1B}"), "\(plain.debugDescription)")
        #expect(plain.contains("answer 1 is yes") && plain.contains("judge judge, tuned vs base: tuned is closer: It says yes"))
        #expect(plain.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("model") || $0.hasPrefix("tuned") || $0.hasPrefix("base") || $0.hasPrefix("similarity") || $0.hasPrefix("judge") })
        let colored = TerminalReport(color: true, columns: 80).render(report)
        #expect(colored.contains("\u{1B}[33mmight\u{1B}[0m"))
        #expect(!colored.contains("\u{1B}[33manswer"))
        let hostile = try await judgedRun(count: 1, reference: Self.hostileReference)
        #expect(!TerminalReport(color: false, columns: 120).render(hostile).contains("\u{1B}"))
    }
}
