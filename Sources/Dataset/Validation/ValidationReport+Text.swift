import Foundation

extension ValidationReport {
    /// The report for a person: errors first with their lines, then warnings, the figures, and
    /// (unless the caller says its own) what to do next with the command-line tool.
    public func render(into out: inout some TextOutputStream, detailsPerCategory: Int = 5, nextStep: Bool = true) {
        let target = model.map { "\($0) (\(countedWith), \(Self.grouped(maxTokensPerExample)) tokens per example)" }
            ?? "\(countedWith), \(Self.grouped(maxTokensPerExample)) tokens per example"
        out.write("\(file): \(Self.grouped(examples)) \(format) example\(examples == 1 ? "" : "s") for \(target)\n")
        for (title, categories) in [("Errors", Category.errors), ("Warnings", Category.warnings)] {
            let present = categories.filter { count($0) > 0 }
            guard !present.isEmpty else { continue }
            out.write("\n\(title)\n")
            for category in present { renderFindings(category, into: &out, limit: detailsPerCategory) }
        }
        out.write("\nFigures\n")
        func row(_ label: String, _ value: String) { out.write("  " + label.padding(toLength: 28, withPad: " ", startingAt: 0) + value + "\n") }
        if format != .completion {
            row("missing a system message", Self.grouped(missingSystem))
            row("missing a user message", Self.grouped(missingUser))
        }
        out.write("  " + "".padding(toLength: 24, withPad: " ", startingAt: 0)
            + ["min", "max", "mean", "median", "p5", "p95"].map { $0.leftPadded(9) }.joined() + "\n")
        for (label, summary) in [("messages per example", messagesPerExample), ("tokens per example", totalTokensPerExample),
                                 ("assistant tokens", assistantTokensPerExample)] {
            guard let s = summary else { continue }
            let cells = [Self.grouped(s.min), Self.grouped(s.max)] + [s.mean, s.median, s.p5, s.p95].map { String(format: "%.1f", $0) }
            out.write("  " + label.padding(toLength: 24, withPad: " ", startingAt: 0) + cells.map { $0.leftPadded(9) }.joined() + "\n")
        }
        row("over the limit", Self.grouped(overLimit))
        if purpose == .validation {
            row("billed", "no: a validation file is scored during training, not trained on")
        } else {
            row("billed tokens per epoch", Self.grouped(billingTokens))
            row("epochs (\(epochsRule))", "\(epochs)")
            row("charged tokens", Self.grouped(chargedTokens))
            if let cost = estimatedCostUSD, let model {
                row("estimated cost", String(format: "$%.2f", cost) + "  (\(model) training)")
            }
        }
        guard nextStep else { return }
        out.write("\n")
        if isReady && purpose == .validation {
            out.write("Ready as a validation file\(warningCount > 0 ? " (read the warnings above)" : "").\n")
        } else if isReady {
            let warnings = warningCount > 0 ? " (read the warnings above)" : ""
            out.write("Ready to train\(warnings). Next: `tunesmith split \(ShellQuoting.path(file))` for a validation set, then upload and train.\n")
        } else {
            out.write("Not ready: fix the \(Self.grouped(errorCount)) error\(errorCount == 1 ? "" : "s") above, then run `tunesmith validate \(ShellQuoting.path(file))` again.\n")
        }
    }

    private func renderFindings(_ category: Category, into out: inout some TextOutputStream, limit: Int) {
        let lines = self.lines(category)
        let where_ = lines.isEmpty ? "" : " on line\(lines.count == 1 ? "" : "s") " + Self.lineList(lines, total: count(category))
        out.write("  \(category.name): \(Self.grouped(count(category)))\(where_)\n")
        for finding in (findings[category] ?? []).prefix(limit) {
            out.write(finding.line > 0 ? "    line \(finding.line): \(finding.detail)\n" : "    \(finding.detail)\n")
        }
        out.write("    -> \(category.advice)\n")
    }

    static func lineList(_ lines: [Int], total: Int) -> String {
        let shown = lines.prefix(12).map(String.init).joined(separator: ", ")
        return lines.count > 12 || total > lines.count && lines.count >= ValidationReport.maximumLinesPerCategory ? shown + ", ..." : shown
    }

    static func grouped(_ n: Int) -> String { n.grouped }
}

extension Int {
    /// 65536 -> "65,536", as the reports print counts.
    public var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return self < 0 ? "-" + out : out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
