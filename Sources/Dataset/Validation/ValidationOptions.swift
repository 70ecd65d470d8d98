import Tokenizers

/// What a file is validated for: a target model (which brings how it counts, its limit, price and
/// provider rules), or an encoding and a limit; and whether it is the training file or a validation file.
public struct ValidationTarget: Sendable {
    /// A validation file has the training file's format but no minimum number of examples.
    public enum Purpose: Sendable {
        case training, validation
    }

    public let model: String?
    public let counting: ExampleCounting
    public let maxTokensPerExample: Int
    public let trainingPricePerMillion: Double?
    public var purpose: Purpose
    /// Who trains it, for the report's words ("OpenAI needs at least 10").
    public var provider: String
    /// The fewest examples the provider accepts (0: no minimum).
    public var minimumExamples: Int
    /// The epochs a job runs by default: nil for OpenAI's `"auto"` rule, else the provider's number.
    public var defaultEpochs: Int?

    public init(model: String?, counting: ExampleCounting, maxTokensPerExample: Int, trainingPricePerMillion: Double?,
                purpose: Purpose = .training, provider: String = "OpenAI", minimumExamples: Int = 10, defaultEpochs: Int? = nil) {
        self.model = model
        self.counting = counting
        self.maxTokensPerExample = maxTokensPerExample
        self.trainingPricePerMillion = trainingPricePerMillion
        self.purpose = purpose
        self.provider = provider
        self.minimumExamples = minimumExamples
        self.defaultEpochs = defaultEpochs
    }

    /// An OpenAI target: counted by the cookbook's rule over `encoding`.
    public init(model: String?, encoding: Encoding, maxTokensPerExample: Int, trainingPricePerMillion: Double?,
                purpose: Purpose = .training) {
        self.init(model: model, counting: .cookbook(encoding), maxTokensPerExample: maxTokensPerExample,
                  trainingPricePerMillion: trainingPricePerMillion, purpose: purpose)
    }

    /// The epochs a job on this many examples runs by default.
    public func epochs(forExamples n: Int) -> Int {
        defaultEpochs ?? EpochEstimate.epochs(forExamples: n)
    }
}
