/// Integer values kept as a histogram: memory grows with the number of distinct values, not with
/// the number of examples, and every figure is exact.
public struct Distribution: Sendable {
    private var counts: [Int: Int] = [:]
    public private(set) var count = 0
    private var sum = 0

    public init() {}

    public mutating func add(_ value: Int, times: Int = 1) {
        counts[value, default: 0] += times
        count += times
        sum += value * times
    }

    public mutating func merge(_ other: Distribution) {
        for (value, times) in other.counts { add(value, times: times) }
    }

    /// min, max, mean, median and the true 5th and 95th percentiles, each as numpy computes it
    /// (`np.mean`, `np.median`, `np.quantile` with its default linear method).
    public struct Summary: Sendable, Hashable, Codable {
        public let min: Int
        public let max: Int
        public let mean: Double
        public let median: Double
        public let p5: Double
        public let p95: Double
    }

    public var summary: Summary? {
        guard count > 0 else { return nil }
        let sorted = counts.sorted { $0.key < $1.key }
        return Summary(
            min: sorted.first!.key, max: sorted.last!.key, mean: Double(sum) / Double(count),
            median: quantile(0.5, sorted), p5: quantile(0.05, sorted), p95: quantile(0.95, sorted))
    }

    /// The value at sorted position `index` (0-based) of the expanded data.
    private func value(at index: Int, _ sorted: [(key: Int, value: Int)]) -> Double {
        var seen = 0
        for (value, times) in sorted {
            seen += times
            if index < seen { return Double(value) }
        }
        return Double(sorted.last!.key)
    }

    /// numpy's linear quantile, including its `_lerp`, which interpolates from the upper value
    /// when the fraction is 0.5 or more (so the last bits of the result agree too).
    private func quantile(_ q: Double, _ sorted: [(key: Int, value: Int)]) -> Double {
        let position = Double(count - 1) * q
        let below = position.rounded(.down)
        let lower = value(at: Int(below), sorted)
        let upper = value(at: Swift.min(Int(below) + 1, count - 1), sorted)
        let fraction = position - below
        let difference = upper - lower
        return fraction >= 0.5 ? upper - difference * (1 - fraction) : lower + difference * fraction
    }
}
