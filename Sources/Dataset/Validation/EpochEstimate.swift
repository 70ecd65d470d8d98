/// How many epochs OpenAI's `"auto"` picks for a dataset, by the rule of its data-prep guide:
/// aim for 3 epochs, but at least 100 and at most 25,000 example passes, within 1...25 epochs.
public enum EpochEstimate {
    public static let target = 3
    public static let minimumExamplePasses = 100
    public static let maximumExamplePasses = 25_000

    public static func epochs(forExamples n: Int) -> Int {
        guard n > 0 else { return target }
        if n * target < minimumExamplePasses { return min(25, minimumExamplePasses / n) }
        if n * target > maximumExamplePasses { return max(1, maximumExamplePasses / n) }
        return target
    }
}
