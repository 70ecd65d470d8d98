import Foundation
import ProviderKit

/// What a job has said of its training so far: the losses in order, the step, the time it has
/// run and an estimate of the time left. Provider-neutral, prints nothing; `/watch` and
/// `jobs watch` both draw from it.
public struct TrainingProgress: Sendable {
    public private(set) var trainLosses: [Double] = []
    public private(set) var validLosses: [Double] = []
    public private(set) var step: Int?
    public private(set) var totalSteps: Int?
    /// When the job was created (else when watching began): elapsed time counts from here.
    public private(set) var startedAt: Date?
    /// The provider's own estimate of the end, when it gives one (it beats ours).
    public private(set) var estimatedFinish: Date?
    private var firstStep: (step: Int, at: Date)?
    private var lastStep: (step: Int, at: Date)?

    public init() {}

    public mutating func record(_ job: FineTuningJob, now: Date) {
        if startedAt == nil { startedAt = job.createdAt ?? now }
        estimatedFinish = job.estimatedFinish
    }

    /// Returns whether the event reported a training step.
    @discardableResult
    public mutating func record(_ event: JobEvent, now: Date) -> Bool {
        guard let metrics = event.metrics, let step = metrics.step else { return false }
        if startedAt == nil { startedAt = event.createdAt ?? now }
        if let loss = metrics.trainLoss, loss.isFinite { trainLosses.append(loss) }
        if let loss = metrics.validLoss, loss.isFinite { validLosses.append(loss) }
        if let total = metrics.totalSteps { totalSteps = total }
        let at = event.createdAt ?? now
        if firstStep == nil { firstStep = (step, at) }
        if lastStep.map({ step > $0.step }) ?? true { lastStep = (step, at) }
        self.step = max(self.step ?? step, step)
        return true
    }

    public func elapsed(now: Date) -> TimeInterval? {
        startedAt.map { max(0, now.timeIntervalSince($0)) }
    }

    /// Seconds left: the provider's estimate when it has one, else the steps left at the pace of
    /// the steps seen so far (nil until two steps are apart in time).
    public func remaining(now: Date) -> TimeInterval? {
        if let estimatedFinish { return max(0, estimatedFinish.timeIntervalSince(now)) }
        guard let first = firstStep, let last = lastStep, let total = totalSteps, last.step > first.step else { return nil }
        let perStep = last.at.timeIntervalSince(first.at) / Double(last.step - first.step)
        guard perStep > 0 else { return nil }
        return Double(max(0, total - last.step)) * perStep
    }

    /// 0...1, when the total is known.
    public var fractionDone: Double? {
        guard let step, let totalSteps, totalSteps > 0 else { return nil }
        return min(1, Double(step) / Double(totalSteps))
    }

    /// "45s", "3m05s", "1h02m".
    public static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return String(format: "%dh%02dm", whole / 3600, whole % 3600 / 60)
    }
}
