/// One model's reply to one case, as kept in the results file (a failure too, with its message).
public struct ReplyRecord: Codable, Sendable, Hashable {
    public var kind = "reply"
    public let example: String
    public let turn: Int
    public let model: String
    /// nil when the request failed.
    public let text: String?
    public let error: String?
    public let latencyMs: Int
    public let promptTokens: Int?
    public let completionTokens: Int?
    public let finishReason: String?

    public init(example: String, turn: Int, model: String, text: String?, error: String?, latencyMs: Int,
                promptTokens: Int?, completionTokens: Int?, finishReason: String?) {
        self.example = example
        self.turn = turn
        self.model = model
        self.text = text
        self.error = error
        self.latencyMs = latencyMs
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.finishReason = finishReason
    }

    public var succeeded: Bool { text != nil }

    enum CodingKeys: String, CodingKey {
        case kind, example, turn, model, text, error
        case latencyMs = "latency_ms", promptTokens = "prompt_tokens", completionTokens = "completion_tokens", finishReason = "finish_reason"
    }
}

/// The judge's verdict on two replies to one case.
public struct JudgmentRecord: Codable, Sendable, Hashable {
    public var kind = "judgment"
    public let example: String
    public let turn: Int
    public let judge: String
    /// The two models compared, as labelled in the run (`first` is the run's first model).
    public let first: String
    public let second: String
    /// The seed of the shuffle, and the model whose reply the judge saw as "Reply 1".
    public let seed: UInt64
    public let shownFirst: String
    /// A label of `first` or `second`, or "tie"; nil when the request failed.
    public let winner: String?
    public let reason: String?
    public let error: String?

    public init(example: String, turn: Int, judge: String, first: String, second: String, seed: UInt64, shownFirst: String,
                winner: String?, reason: String?, error: String?) {
        self.example = example
        self.turn = turn
        self.judge = judge
        self.first = first
        self.second = second
        self.seed = seed
        self.shownFirst = shownFirst
        self.winner = winner
        self.reason = reason
        self.error = error
    }

    public var succeeded: Bool { winner != nil }

    enum CodingKeys: String, CodingKey {
        case kind, example, turn, judge, first, second, seed, winner, reason, error
        case shownFirst = "shown_first"
    }
}
