import Tokenizers

/// What a file is validated for: a target model (which brings its encoding, limit and price), or
/// an encoding and a limit; and whether it is the training file or a validation file.
public struct ValidationTarget: Sendable {
    /// A validation file has the training file's format but no minimum number of examples.
    public enum Purpose: Sendable {
        case training, validation
    }

    public let model: String?
    public let encoding: Encoding
    public let maxTokensPerExample: Int
    public let trainingPricePerMillion: Double?
    public var purpose: Purpose

    public init(model: String?, encoding: Encoding, maxTokensPerExample: Int, trainingPricePerMillion: Double?,
                purpose: Purpose = .training) {
        self.model = model
        self.encoding = encoding
        self.maxTokensPerExample = maxTokensPerExample
        self.trainingPricePerMillion = trainingPricePerMillion
        self.purpose = purpose
    }
}
