import Dataset
import Foundation

/// `--json`: one object per case, then one `{"summary": ...}` object, one per line.
///
/// A case: `example`, `line`, `turn`, `example_sha256`, `reference`, `replies` (per model: `model`,
/// `text` or `error`, `exact_match`, `similarity`, `length_ratio`, `latency_ms`, `prompt_tokens`,
/// `completion_tokens`, `cost_usd`) and `judgments` (`judge`, `first`, `second`, `shown_first`,
/// `seed`, `winner`, `reason`, `error`). The summary: `examples`, `tokenizer`, `judge` and `models`
/// (per model: `model`, `replies`, `failures`, `exact_matches`, `mean_similarity`,
/// `mean_length_ratio`, `mean_latency_ms`, `prompt_tokens`, `completion_tokens`, `cost_usd`,
/// `wins`, `ties`, `losses`). An unknown value is null.
public enum JSONReport {
    public static func lines(_ report: EvalReport) -> [String] {
        report.rows.map { JSONWriter.string(.object(object($0))) } + [JSONWriter.string(.object(JSONObject([.init("summary", .object(summary(report)))])))]
    }

    static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(String(format: "%.6g", value))
    }

    static func integer(_ value: Int?) -> JSONValue { value.map { .number("\($0)") } ?? .null }
    static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    static func object(_ row: EvalReport.Row) -> JSONObject {
        JSONObject([
            .init("example", integer(row.evalCase.example)), .init("line", integer(row.evalCase.line)), .init("turn", integer(row.evalCase.turn)),
            .init("example_sha256", .string(row.evalCase.exampleHash)), .init("reference", .string(row.evalCase.reference)),
            .init("replies", .array(row.replies.map { reply in
                .object(JSONObject([
                    .init("model", .string(reply.model)), .init("text", string(reply.record?.text)),
                    .init("error", string(reply.record == nil ? "no reply yet; run again to ask for it" : reply.record?.error)),
                    .init("exact_match", reply.score.map { .bool($0.exactMatch) } ?? .null), .init("similarity", number(reply.score?.similarity)),
                    .init("length_ratio", number(reply.score?.lengthRatio)), .init("latency_ms", integer(reply.record?.latencyMs)),
                    .init("prompt_tokens", integer(reply.record?.promptTokens)), .init("completion_tokens", integer(reply.record?.completionTokens)),
                    .init("cost_usd", number(reply.cost)),
                ]))
            })),
            .init("judgments", .array(row.judgments.map { judgment in
                .object(JSONObject([
                    .init("judge", .string(judgment.judge)), .init("first", .string(judgment.first)), .init("second", .string(judgment.second)),
                    .init("shown_first", .string(judgment.shownFirst)), .init("seed", .number("\(judgment.seed)")),
                    .init("winner", string(judgment.winner)), .init("reason", string(judgment.reason)), .init("error", string(judgment.error)),
                ]))
            })),
        ])
    }

    static func summary(_ report: EvalReport) -> JSONObject {
        JSONObject([
            .init("examples", integer(report.rows.count)), .init("tokenizer", .string(report.tokenizerName)), .init("judge", string(report.judge)),
            .init("models", .array(report.summaries.map { summary in
                .object(JSONObject([
                    .init("model", .string(summary.model)), .init("replies", integer(summary.replies)), .init("failures", integer(summary.failures)),
                    .init("exact_matches", integer(summary.exactMatches)), .init("mean_similarity", number(summary.meanSimilarity)),
                    .init("mean_length_ratio", number(summary.meanLengthRatio)), .init("mean_latency_ms", integer(summary.meanLatencyMs)),
                    .init("prompt_tokens", integer(summary.promptTokens)), .init("completion_tokens", integer(summary.completionTokens)),
                    .init("cost_usd", number(summary.cost)), .init("wins", integer(summary.wins)), .init("ties", integer(summary.ties)),
                    .init("losses", integer(summary.losses)),
                ]))
            })),
        ])
    }
}
