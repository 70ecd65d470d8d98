import Foundation

/// Whether splitting `count` examples leaves enough to train on (a provider's minimum), and what
/// to do when it does not: the shell's /validate, /split and the `split` command give the same advice.
public struct SplitAdvice: Sendable, Equatable {
    public let count: Int
    public let fraction: Double
    public let minimumTraining: Int

    public init(count: Int, fraction: Double, minimumTraining: Int) {
        self.count = count
        self.fraction = fraction
        self.minimumTraining = minimumTraining
    }

    public var validationCount: Int { count < 2 ? 0 : DatasetSplitter.validationCount(of: count, fraction: fraction) }
    public var trainCount: Int { count - validationCount }

    /// Both halves would be usable: at least one example to validate on, and enough to train on.
    public var leavesEnough: Bool { count >= 2 && trainCount >= minimumTraining }

    /// A smaller validation share (two decimals) that leaves enough to train on; nil when none does.
    public var smallerFraction: Double? {
        guard count >= 2, count - 1 >= minimumTraining else { return nil }
        var hundredths = Int((fraction * 100).rounded(.down))
        while hundredths > 1 && DatasetSplitter.validationCount(of: count, fraction: Double(hundredths) / 100) > count - minimumTraining {
            hundredths -= 1
        }
        return Double(hundredths) / 100
    }

    /// How many more examples make a split at `fraction` leave enough.
    public var examplesNeeded: Int {
        var more = 0
        while !SplitAdvice(count: count + more, fraction: fraction, minimumTraining: minimumTraining).leavesEnough { more += 1 }
        return more
    }

    /// "11 examples split 9 + 2, and 9 are too few to train on (OpenAI needs 10)".
    public func shortfall(provider: String) -> String {
        "\(count) examples split \(trainCount) + \(validationCount), and \(trainCount) \(trainCount == 1 ? "is" : "are") too few to train on (\(provider) needs \(minimumTraining))"
    }

    /// What to do instead: a smaller share, or more examples, or training on the whole file.
    public func remedy(splitCommand: String, wholeFile: String) -> String {
        var choices: [String] = []
        if let smaller = smallerFraction { choices.append("`\(splitCommand) \(String(format: "%.2f", smaller))` holds out fewer") }
        choices.append("write \(examplesNeeded) more")
        choices.append(wholeFile)
        return choices.joined(separator: ", or ")
    }
}
