/// A stretch of a piece's text that a split pattern matched or skipped (offsets in bytes).
struct HFSegment {
    var start: Int
    var end: Int
    var isMatch: Bool
}

/// What a split does with the text its pattern matches: `tokenizers`' `SplitDelimiterBehavior`,
/// ported step for step from `NormalizedString::split` (empty results are dropped by the caller,
/// as `PreTokenizedString::split` does).
enum HFSplitBehavior: String, Sendable {
    case removed = "Removed"
    case isolated = "Isolated"
    case mergedWithPrevious = "MergedWithPrevious"
    case mergedWithNext = "MergedWithNext"
    case contiguous = "Contiguous"

    /// The (start, end) of the pieces `segments` (which cover the text in order) become.
    func pieces(_ segments: [HFSegment], into out: inout [(start: Int, end: Int)]) {
        let first = out.count
        var previousMatch = false
        switch self {
        case .isolated:
            for segment in segments { out.append((segment.start, segment.end)) }
        case .removed:
            for segment in segments where !segment.isMatch { out.append((segment.start, segment.end)) }
        case .contiguous:
            for segment in segments {
                if segment.isMatch == previousMatch, out.count > first {
                    out[out.count - 1].end = segment.end
                } else {
                    out.append((segment.start, segment.end))
                }
                previousMatch = segment.isMatch
            }
        case .mergedWithPrevious:
            for segment in segments {
                if segment.isMatch && !previousMatch, out.count > first {
                    out[out.count - 1].end = segment.end
                } else {
                    out.append((segment.start, segment.end))
                }
                previousMatch = segment.isMatch
            }
        case .mergedWithNext:
            for segment in segments.reversed() {
                if segment.isMatch && !previousMatch, out.count > first {
                    out[out.count - 1].start = segment.start
                } else {
                    out.append((segment.start, segment.end))
                }
                previousMatch = segment.isMatch
            }
            out[first...].reverse()
        }
    }
}
