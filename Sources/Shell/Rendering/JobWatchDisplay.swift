import Foundation
import ProviderKit
import Workflows

/// What following a job shows, for `/watch` and `jobs watch` alike: a timestamped line per status
/// change and event (a step with its losses, the time elapsed and the time left), and the loss as
/// it falls, train and validation as sparklines fitted to the width. On a terminal (`live`) the
/// chart stays under the lines and is redrawn in place; elsewhere the lines are plain and the
/// chart comes once, at the end.
public struct JobWatchDisplay: Sendable {
    public let columns: Int
    public let live: Bool
    public private(set) var progress = TrainingProgress()
    /// Rows of the chart now on the screen, to erase before the next lines.
    private var chartRows = 0

    public init(columns: Int, live: Bool) {
        self.columns = max(20, columns)
        self.live = live
    }

    /// The text to write for one update.
    public mutating func show(_ update: JobWatcher.Update, now: Date = Date()) -> String {
        var text = erase()
        switch update {
        case .status(let job):
            progress.record(job, now: now)
            text += "\(Self.time(now))  status: \(TerminalSafeText.neutralized("\(job.status)"))\n"
        case .event(let event):
            if progress.record(event, now: now), let metrics = event.metrics {
                text += stepLine(metrics, at: event.createdAt ?? now, now: now)
            } else {
                text += Self.line(for: event) + "\n"
            }
        case .finished(let job):
            progress.record(job, now: now)
        }
        if live { text += drawChart(now: now) }
        return text
    }

    /// Once watching ends (the job finished, or Ctrl-C): on a terminal the chart stays where it
    /// is; elsewhere it is written now.
    public mutating func finish(now: Date = Date()) -> String {
        if live {
            chartRows = 0
            return ""
        }
        return chart(now: now).map { $0 + "\n" }.joined()
    }

    /// `step 3/9  train loss 0.6667  valid loss 0.7000  elapsed 1m05s  ETA 2m10s`, timestamped.
    private func stepLine(_ metrics: JobEvent.Metrics, at time: Date, now: Date) -> String {
        var text = "\(Self.time(time))  step \(metrics.step ?? 0)\(metrics.totalSteps.map { "/\($0)" } ?? "")  train loss \(Self.number(metrics.trainLoss))"
        if let valid = metrics.validLoss { text += "  valid loss \(Self.number(valid))" }
        return text + timing(now: now) + "\n"
    }

    private func timing(now: Date) -> String {
        var text = ""
        if let elapsed = progress.elapsed(now: now) { text += "  elapsed \(TrainingProgress.duration(elapsed))" }
        if let left = progress.remaining(now: now) { text += "  ETA \(TrainingProgress.duration(left))" }
        return text
    }

    /// Up to three rows: the train and validation sparklines on one scale, and the progress.
    func chart(now: Date) -> [String] {
        guard let step = progress.step else { return [] }
        let all = progress.trainLosses + progress.validLosses
        var rows: [String] = []
        if let low = all.min(), let high = all.max() {
            // "train " + sparkline + " 0.1234": the sparkline takes what the label and value leave.
            let width = max(4, columns - 6 - 8 - 1)
            for (label, series) in [("train", progress.trainLosses), ("valid", progress.validLosses)] where !series.isEmpty {
                rows.append("\(label) \(Sparkline.render(series, width: width, range: low...high)) \(Self.number(series.last))")
            }
        }
        let percent = progress.fractionDone.map { " (\(Int(($0 * 100).rounded()))%)" } ?? ""
        let status = "step \(step)\(progress.totalSteps.map { "/\($0)" } ?? "")\(percent)" + timing(now: now)
        rows.append(String(status.prefix(columns - 1)))
        return rows
    }

    private mutating func drawChart(now: Date) -> String {
        let rows = chart(now: now)
        chartRows = rows.count
        return rows.map { $0 + "\n" }.joined()
    }

    /// Moves up over the chart and clears from there down, so the next lines take its place.
    private mutating func erase() -> String {
        guard live, chartRows > 0 else { return "" }
        defer { chartRows = 0 }
        return "\u{1B}[\(chartRows)A\r\u{1B}[J"
    }

    /// An event as one line, timestamped and neutralised (its message is the server's).
    public static func line(for event: JobEvent) -> String {
        if let metrics = event.metrics, let step = metrics.step {
            var text = "step \(step)\(metrics.totalSteps.map { "/\($0)" } ?? "")  train loss \(number(metrics.trainLoss))"
            if metrics.validLoss != nil { text += "  valid loss \(number(metrics.validLoss))" }
            return TerminalSafeText.neutralized("\(time(event.createdAt))  \(text)")
        }
        let level = event.level.map { $0 == "info" ? "" : "[\($0)] " } ?? ""
        return TerminalSafeText.neutralized("\(time(event.createdAt))  \(level)\(event.message)")
    }

    public static func number(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "-" }

    /// HH:mm:ss in UTC, as every time tunesmith prints.
    public static func time(_ date: Date?) -> String {
        guard let date else { return "--:--:--" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }
}
