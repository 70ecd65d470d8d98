import Tokenizers

/// Token counts of whole training examples, by the same rules the validation report uses.
public struct ExampleCounter: Sendable {
    private let checker: LineChecker

    public init(encoding: Encoding) {
        self.init(counting: .cookbook(encoding))
    }

    public init(counting: ExampleCounting) {
        checker = LineChecker(counting: counting)
    }

    /// One line's count, or why it has none.
    public struct LineCount: Sendable {
        public let line: Int
        public let tokens: Int?
        public let problem: String?
    }

    /// The tokens of one example line; nil when it is not an example tunesmith can count.
    public func count(_ value: JSONValue) -> Int? {
        checker.check(value, line: 0).figures?.totalTokens
    }

    public func count(_ example: TrainingExample) -> Int {
        count(.object(example.json)) ?? 0
    }

    /// Every non-blank line of a file, in order.
    public func countLines(path: String, _ body: (LineCount) throws -> Void) throws {
        try JSONLReader.read(path: path) { lines in
            for line in lines where !line.isBlank {
                guard let outcome = Validator.check(line, checker) else { continue }
                if let figures = outcome.figures {
                    try body(LineCount(line: line.number, tokens: figures.totalTokens, problem: nil))
                } else {
                    let problem = outcome.problems.first.map { "\($0.category.name): \($0.detail)" } ?? "not a training example"
                    try body(LineCount(line: line.number, tokens: nil, problem: problem))
                }
            }
        }
    }
}
