import Foundation

/// `--html`: one self-contained page to share: inline CSS, no scripts, nothing fetched. A bar chart
/// of the summary in inline SVG, the summary table, then every case side by side with the words
/// that differ from the reference marked (`<mark>`). Every text is escaped; the page is also
/// well-formed XML, so tools (and the tests) can read it back.
public enum HTMLReport {
    public static func page(_ report: EvalReport, title: String) -> String {
        var html = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>
            <title>\(escape(title))</title>
            <style>
            body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}
            th{background:#f4f4f4;text-align:left}td.num{text-align:right}
            .case{margin:1.5em 0}.case td{white-space:pre-wrap;width:1%;min-width:16em}
            mark{background:#fff3a0}.failed{color:#b00}.verdict{color:#555;margin:.3em 0}
            </style></head><body>
            <h1>\(escape(title))</h1>

            """
        html += chart(report) + table(report)
        for row in report.rows { html += section(row) }
        return html + "</body></html>\n"
    }

    /// & < > " ' as entities, after control characters are made visible (XML forbids most of them).
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in VisibleText.neutralized(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Mean similarity per model (and wins, with a judge) as horizontal bars.
    static func chart(_ report: EvalReport) -> String {
        let barHeight = 22, labelWidth = 180, barWidth = 360
        var bars: [(String, Double, String)] = report.summaries.map { summary in
            ("\(summary.model) similarity", summary.meanSimilarity ?? 0, summary.meanSimilarity.map { String(format: "%.3f", $0) } ?? "–")
        }
        if report.judge != nil {
            let most = max(1, report.summaries.map { $0.wins + $0.ties + $0.losses }.max() ?? 1)
            bars += report.summaries.map { ("\($0.model) wins", Double($0.wins) / Double(most), "\($0.wins)") }
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" height=\(quoted(bars.count * (barHeight + 6) + 6)) role=\"img\" aria-label=\"summary chart\">\n"
        for (k, bar) in bars.enumerated() {
            let y = 6 + k * (barHeight + 6)
            svg += "<text x=\"0\" y=\"\(y + 16)\" font-size=\"13\">\(escape(bar.0))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(Int((bar.1 * Double(barWidth)).rounded()))\" height=\"\(barHeight)\" fill=\"\(k < report.summaries.count ? "#4a7fd4" : "#3aa66a")\"/>"
            svg += "<text x=\"\(labelWidth + Int((bar.1 * Double(barWidth)).rounded()) + 6)\" y=\"\(y + 16)\" font-size=\"13\">\(escape(bar.2))</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func quoted(_ value: Int) -> String { "\"\(value)\"" }

    static func table(_ report: EvalReport) -> String {
        var headers = ["model", "replies", "failed", "exact", "similarity", "length", "latency", "prompt tok", "completion tok", "cost"]
        if report.judge != nil { headers += ["wins", "ties", "losses"] }
        var html = "<table class=\"summary\"><tr>" + headers.map { "<th>\($0)</th>" }.joined() + "</tr>\n"
        for summary in report.summaries {
            let similarity = summary.meanSimilarity.map { String(format: "%.3f", $0) } ?? "–"
            let length = summary.meanLengthRatio.map { String(format: "%.2f×", $0) } ?? "–"
            let latency = summary.meanLatencyMs.map { "\($0) ms" } ?? "–"
            let cost = summary.cost.map { String(format: "$%.4f", $0) } ?? "unknown"
            var cells: [String] = ["\(summary.replies)", "\(summary.failures)", "\(summary.exactMatches)", similarity, length, latency]
            cells += ["\(summary.promptTokens)", "\(summary.completionTokens)", cost]
            if report.judge != nil { cells += ["\(summary.wins)", "\(summary.ties)", "\(summary.losses)"] }
            html += "<tr><td>\(escape(summary.model))</td>" + cells.map { "<td class=\"num\">\(escape($0))</td>" }.joined() + "</tr>\n"
        }
        html += "</table>\n<p>Similarity: token LCS ratio with \(escape(report.tokenizerName)). Length: reply tokens / reference tokens.</p>\n"
        return html
    }

    static func marked(_ diff: WordDiff) -> String {
        diff.paragraphs.map { words in
            words.map { $0.changed ? "<mark>\(escape($0.text))</mark>" : escape($0.text) }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    static func section(_ row: EvalReport.Row) -> String {
        var html = "<div class=\"case\" id=\"case-\(row.evalCase.example)-\(row.evalCase.turn)\"><h2>\(escape(row.evalCase.title))</h2>\n<table><tr><th>reference</th>"
        html += row.replies.map { reply in
            "<th>\(escape(reply.model))" + (reply.score.map { String(format: " (%.2f)", $0.similarity) } ?? "") + "</th>"
        }.joined() + "</tr>\n<tr><td class=\"reference\">\(escape(row.evalCase.reference))</td>"
        for reply in row.replies {
            if let text = reply.record?.text {
                html += "<td class=\"reply\">\(marked(WordDiff(reference: row.evalCase.reference, reply: text)))</td>"
            } else {
                html += "<td class=\"reply failed\">\(escape(reply.record?.error ?? "no reply yet"))</td>"
            }
        }
        html += "</tr></table>\n"
        for judgment in row.judgments {
            let verdict = judgment.winner.map { $0 == "tie" ? "tie" : "\($0) is closer" } ?? "no verdict (\(judgment.error ?? "failed"))"
            html += "<p class=\"verdict\">judge \(escape(judgment.judge)), \(escape(judgment.first)) vs \(escape(judgment.second)): \(escape(verdict))"
                + (judgment.reason.map { $0.isEmpty ? "" : ": " + escape($0) } ?? "") + "</p>\n"
        }
        return html + "</div>\n"
    }
}
