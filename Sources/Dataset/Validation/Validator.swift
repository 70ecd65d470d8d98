import Dispatch
import Tokenizers

/// Validates a training file in one streaming pass: lines are read in large batches, parsed and
/// counted on every core, then folded in line order (format, duplicates, system prompts).
public struct Validator: Sendable {
    public let target: ValidationTarget
    public var threads: Int

    public init(target: ValidationTarget, threads: Int = 2) {
        self.target = target
        self.threads = max(1, threads)
    }

    public func validate(path: String) throws -> ValidationReport {
        var fold = ReportFold(target: target, file: path)
        let checker = LineChecker(counting: target.counting)
        try JSONLReader.read(path: path) { lines in
            let outcomes = checkInParallel(lines, checker)
            for (line, outcome) in zip(lines, outcomes) { fold.add(line, outcome) }
        }
        return fold.finish()
    }

    /// Checks one line's bytes (after framing was noted).
    static func check(_ line: JSONLLine, _ checker: LineChecker) -> LineOutcome? {
        if line.isBlank { return nil }
        do {
            let parsed = try JSONParser.parseReportingLoneSurrogates(line.bytes)
            var outcome = checker.check(parsed.value, line: line.number, bytes: line.bytes)
            if let column = parsed.loneSurrogateColumn { outcome.add(.loneSurrogate, "column \(column): a lone surrogate escape") }
            return outcome
        } catch {
            var outcome = LineOutcome(line: line.number)
            outcome.add(error.isEncodingError ? .invalidUTF8 : .invalidJSON, "column \(error.column(in: line.bytes)): \(error.reason)")
            return outcome
        }
    }

    private func checkInParallel(_ lines: [JSONLLine], _ checker: LineChecker) -> [LineOutcome?] {
        let results = OutcomeSlots(count: lines.count)
        let workers = lines.count >= 64 ? threads : 1
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < lines.count {
                results.set(i, Self.check(lines[i], checker))
                i += workers
            }
        }
        return results.values
    }
}

/// Outcomes written by index from concurrent workers; each slot is written once, then read after.
private final class OutcomeSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<LineOutcome?>
    init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: nil) }
    deinit { slots.deinitialize(); slots.deallocate() }
    func set(_ i: Int, _ value: LineOutcome?) { slots[i] = value }
    var values: [LineOutcome?] { Array(slots) }
}

extension JSONLLine: @unchecked Sendable {}
