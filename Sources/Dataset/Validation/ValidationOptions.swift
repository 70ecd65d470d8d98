import Tiktoken

/// What a file is validated for: a target model (which brings its encoding, limit and price), or
/// an encoding and a limit.
public struct ValidationTarget: Sendable {
    public let model: String?
    public let encoding: Encoding
    public let maxTokensPerExample: Int
    public let trainingPricePerMillion: Double?

    public init(model: String?, encoding: Encoding, maxTokensPerExample: Int, trainingPricePerMillion: Double?) {
        self.model = model
        self.encoding = encoding
        self.maxTokensPerExample = maxTokensPerExample
        self.trainingPricePerMillion = trainingPricePerMillion
    }
}
