import Models
import Tokenizers

/// The results of a run put together for the reports: per case, the reference and each model's
/// reply with its scores, and the judge's verdicts; per model, the summary.
public struct EvalReport: Sendable {
    public struct Reply: Sendable {
        public let model: String
        public let record: ReplyRecord?
        /// nil when the reply failed or is missing.
        public let score: ReplyScore?
        /// USD, when the model's price and the usage are known.
        public let cost: Double?
    }

    public struct Row: Sendable {
        public let evalCase: EvalCase
        public let replies: [Reply]
        public let judgments: [JudgmentRecord]
    }

    public struct ModelSummary: Sendable, Hashable {
        public let model: String
        public var replies = 0
        public var failures = 0
        public var exactMatches = 0
        public var similaritySum = 0.0
        public var lengthRatioSum = 0.0
        public var lengthRatioCount = 0
        public var latencyMsSum = 0
        public var promptTokens = 0
        public var completionTokens = 0
        /// nil when the price of this model is not known.
        public var cost: Double?
        /// Judge verdicts: against the first model (for it, against every other model).
        public var wins = 0
        public var ties = 0
        public var losses = 0

        public var meanSimilarity: Double? { replies == 0 ? nil : similaritySum / Double(replies) }
        public var meanLengthRatio: Double? { lengthRatioCount == 0 ? nil : lengthRatioSum / Double(lengthRatioCount) }
        public var meanLatencyMs: Int? { replies == 0 ? nil : latencyMsSum / replies }
    }

    public let rows: [Row]
    public let summaries: [ModelSummary]
    public let judge: String?
    /// Judgments that failed (also counted in no model's failures).
    public let judgeFailures: Int
    /// How similarity was counted: "o200k_base", "Qwen/Qwen3-8B".
    public let tokenizerName: String

    public init(cases: [EvalCase], models: [EvaluatedModel], judge: EvaluatedModel?, store: ResultStore, tokenizer: Tokenizer) async {
        var rows: [Row] = []
        var summaries = models.map { model in
            var summary = ModelSummary(model: model.label)
            if model.price != nil { summary.cost = 0 }
            return summary
        }
        var judgeFailures = 0
        for evalCase in cases {
            var replies: [Reply] = []
            for (k, model) in models.enumerated() {
                let record = await store.reply(evalCase.exampleHash, evalCase.turn, model.label)
                let score = record?.text.map { ReplyScore(reference: evalCase.reference, reply: $0, tokenizer: tokenizer) }
                var cost: Double?
                if let price = model.price, let record, let prompt = record.promptTokens, let completion = record.completionTokens {
                    cost = price.cost(promptTokens: prompt, completionTokens: completion)
                }
                replies.append(Reply(model: model.label, record: record, score: score, cost: cost))
                if let record, let score {
                    summaries[k].replies += 1
                    summaries[k].exactMatches += score.exactMatch ? 1 : 0
                    summaries[k].similaritySum += score.similarity
                    if let ratio = score.lengthRatio {
                        summaries[k].lengthRatioSum += ratio
                        summaries[k].lengthRatioCount += 1
                    }
                    summaries[k].latencyMsSum += record.latencyMs
                    summaries[k].promptTokens += record.promptTokens ?? 0
                    summaries[k].completionTokens += record.completionTokens ?? 0
                    if let cost { summaries[k].cost? += cost }
                } else {
                    summaries[k].failures += 1
                }
            }
            var judgments: [JudgmentRecord] = []
            if let judge, models.count > 1 {
                for (k, second) in models.enumerated().dropFirst() {
                    guard let judgment = await store.judgment(evalCase.exampleHash, evalCase.turn, judge: judge.label, models[0].label, second.label) else { continue }
                    judgments.append(judgment)
                    switch judgment.winner {
                    case nil: judgeFailures += 1
                    case "tie"?:
                        summaries[0].ties += 1
                        summaries[k].ties += 1
                    case models[0].label?:
                        summaries[0].wins += 1
                        summaries[k].losses += 1
                    default:
                        summaries[k].wins += 1
                        summaries[0].losses += 1
                    }
                }
            }
            rows.append(Row(evalCase: evalCase, replies: replies, judgments: judgments))
        }
        self.rows = rows
        self.summaries = summaries
        self.judge = judge?.label
        self.judgeFailures = judgeFailures
        self.tokenizerName = tokenizer.name
    }
}
