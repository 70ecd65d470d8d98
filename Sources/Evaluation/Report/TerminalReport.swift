import Foundation

/// The report for a terminal or a pager: each case side by side (reference, then each model, the
/// words that differ from the reference coloured), then the summary table. `color` false gives
/// plain text (NO_COLOR, a pipe); `columns` is the width to fit.
public struct TerminalReport: Sendable {
    public let color: Bool
    public let columns: Int

    public init(color: Bool, columns: Int) {
        self.color = color
        self.columns = max(40, columns)
    }

    func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func red(_ text: String) -> String { color ? "\u{1B}[31m\(text)\u{1B}[0m" : text }

    /// Every case, then the summary.
    public func render(_ report: EvalReport) -> String {
        report.rows.map(sideBySide).joined(separator: "\n") + "\n" + summary(report)
    }

    /// One case: the reference and every reply in columns (or one under another when they would
    /// be narrower than 24 columns), then the judge's verdicts.
    public func sideBySide(_ row: EvalReport.Row) -> String {
        let count = row.replies.count + 1
        let separator = " │ "
        let stacked = (columns - separator.count * (count - 1)) / count < 24
        let width = stacked ? columns : (columns - separator.count * (count - 1)) / count
        var headers = ["reference"]
        var bodies = [TextColumns.wrap(WordDiff(plain: row.evalCase.reference), width: width, color: nil)]
        for reply in row.replies {
            let name = VisibleText.neutralized(reply.model)
            if let text = reply.record?.text, let score = reply.score {
                headers.append(name + String(format: " (%.2f%@)", score.similarity, score.exactMatch ? ", exact" : ""))
                bodies.append(TextColumns.wrap(WordDiff(reference: row.evalCase.reference, reply: text), width: width, color: color ? "33" : nil))
            } else {
                headers.append(name + " (failed)")
                let message = reply.record?.error ?? "no reply yet; run again to ask for it"
                bodies.append(TextColumns.wrap(WordDiff(plain: message), width: width, color: nil).map { TextColumns.Line(text: red($0.text), width: $0.width) })
            }
        }
        var out = bold("── \(row.evalCase.title) " + String(repeating: "─", count: max(0, min(columns, 100) - row.evalCase.title.count - 4))) + "\n"
        if stacked {
            for (header, body) in zip(headers, bodies) {
                out += bold(String(header.prefix(columns))) + "\n"
                out += body.map(\.text).joined(separator: "\n") + "\n"
            }
        } else {
            out += headers.map { bold(TextColumns.padded(TextColumns.Line(text: String($0.prefix(width)), width: min(width, $0.count)), to: width)) }
                .joined(separator: dim(separator)) + "\n"
            for k in 0..<(bodies.map(\.count).max() ?? 0) {
                out += bodies.map { k < $0.count ? TextColumns.padded($0[k], to: width) : String(repeating: " ", count: width) }
                    .joined(separator: dim(separator)) + "\n"
            }
        }
        for judgment in row.judgments {
            let pair = "\(judgment.first) vs \(judgment.second)"
            let verdict = judgment.winner.map { $0 == "tie" ? "tie" : "\($0) is closer" } ?? "no verdict (\(judgment.error ?? "failed"))"
            let reason = judgment.reason.map { $0.isEmpty ? "" : ": \($0)" } ?? ""
            out += dim("judge \(judgment.judge), \(pair): ") + VisibleText.neutralized(verdict + reason) + "\n"
        }
        return out
    }

    /// The summary table: per model its replies, failures, exact matches, mean similarity and length
    /// ratio, latency, tokens, cost and (with a judge) wins, ties and losses.
    public func summary(_ report: EvalReport) -> String {
        var header = ["model", "replies", "failed", "exact", "similarity", "length", "latency", "prompt tok", "completion tok", "cost"]
        if report.judge != nil { header += ["wins", "ties", "losses"] }
        var rows: [[String]] = [header]
        for summary in report.summaries {
            let similarity = summary.meanSimilarity.map { String(format: "%.3f", $0) } ?? "–"
            let length = summary.meanLengthRatio.map { String(format: "%.2f×", $0) } ?? "–"
            let latency = summary.meanLatencyMs.map { "\($0) ms" } ?? "–"
            let cost = summary.cost.map { String(format: "$%.4f", $0) } ?? "unknown"
            var row: [String] = [VisibleText.neutralized(summary.model), "\(summary.replies)", "\(summary.failures)", "\(summary.exactMatches)"]
            row += [similarity, length, latency, "\(summary.promptTokens)", "\(summary.completionTokens)", cost]
            if report.judge != nil { row += ["\(summary.wins)", "\(summary.ties)", "\(summary.losses)"] }
            rows.append(row)
        }
        let widths = header.indices.map { k in rows.map { $0[k].count }.max() ?? 0 }
        var out = rows.enumerated().map { index, row in
            let line = row.enumerated().map { k, cell in
                k == 0 ? cell.padding(toLength: widths[k], withPad: " ", startingAt: 0) : String(repeating: " ", count: widths[k] - cell.count) + cell
            }.joined(separator: "  ")
            return index == 0 ? bold(line) : line
        }.joined(separator: "\n") + "\n"
        out += dim("similarity: token LCS ratio with \(report.tokenizerName) (1 = the reference's tokens in its order); length: reply/reference tokens") + "\n"
        if let judge = report.judge {
            out += dim("judge \(judge): each model against \(report.summaries.first?.model ?? "the first")" + (report.judgeFailures > 0 ? "; \(report.judgeFailures) verdicts failed" : "")) + "\n"
        }
        return out
    }
}
