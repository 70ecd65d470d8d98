import Dataset
import Testing

struct DistributionTests {
    func summary(_ values: [Int]) -> Distribution.Summary? {
        var distribution = Distribution()
        for value in values { distribution.add(value) }
        return distribution.summary
    }

    /// Values printed by numpy 2.4 (`np.mean`, `np.median`, `np.quantile(v, 0.05 / 0.95)`).
    @Test func matchesNumpy() throws {
        let a = try #require(summary([1, 2, 3, 4]))
        #expect((a.min, a.max, a.mean, a.median) == (1, 4, 2.5, 2.5))
        #expect(a.p5 == 1.15)
        #expect(a.p95 == 3.8499999999999996)
        let b = try #require(summary([40, 41, 42, 46, 50, 52, 60, 61, 3100, 6200, 9300, 10663, 44]))
        #expect(b.median == 52)
        #expect(b.p5 == 40.6)
        #expect(b.p95 == 9845.199999999999)
        #expect(summary([7])?.p95 == 7)
        #expect(summary([]) == nil)
    }

    @Test func epochsFollowTheGuidesRule() {
        #expect([1, 4, 5, 10, 20, 33, 34, 8333, 8334, 12_500, 12_501, 100_000].map(EpochEstimate.epochs(forExamples:))
            == [25, 25, 20, 10, 5, 3, 3, 3, 2, 2, 1, 1])
    }
}
