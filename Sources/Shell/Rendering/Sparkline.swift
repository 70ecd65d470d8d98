/// A series drawn as a row of Unicode blocks (▁ lowest to █ highest), to see a loss fall.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// `values` in at most `width` columns, scaled to `range` (default: their own). Longer series
    /// are averaged into `width` buckets, so the whole run keeps its shape.
    public static func render(_ values: [Double], width: Int, range: ClosedRange<Double>? = nil) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        let points = resampled(values, to: width)
        let low = range?.lowerBound ?? points.min()!
        let high = range?.upperBound ?? points.max()!
        let span = high - low
        return String(points.map { value in
            guard span > 0 else { return blocks[blocks.count / 2] }
            let level = Int(((value - low) / span * Double(blocks.count - 1)).rounded())
            return blocks[min(blocks.count - 1, max(0, level))]
        })
    }

    static func resampled(_ values: [Double], to width: Int) -> [Double] {
        guard values.count > width else { return values }
        return (0..<width).map { column in
            let start = column * values.count / width
            let end = max(start + 1, (column + 1) * values.count / width)
            let bucket = values[start..<end]
            return bucket.reduce(0, +) / Double(bucket.count)
        }
    }
}
