import Dataset
import Foundation
import ProviderKit

/// A model that reads the conversation, the author's reference reply and two candidate replies (in
/// an order shuffled by a seeded generator, against position bias) and says which candidate is
/// closer to the reference's intent and style, or that they tie, with a one-sentence reason.
public enum PairwiseJudge {
    /// The instructions the judge model gets, word for word (`tunesmith eval --help` shows them).
    public static let prompt = """
        You compare two candidate replies with a reference reply written by the dataset's author. \
        Decide which candidate is closer to the reference in intent and in style (tone, length, format, persona); \
        do not reward a candidate for being longer or more helpful than the reference. \
        The order of the candidates is random. \
        Answer with one JSON object and nothing else: {"winner": "1" or "2" or "tie", "reason": "one sentence"}.
        """

    /// What the judge's answer said.
    public enum Verdict: Sendable, Hashable {
        case shownFirst, shownSecond, tie
    }

    /// The request: the instructions as the system message, the case as the user message.
    public static func request(judge model: String, for evalCase: EvalCase, shownFirst: String, shownSecond: String) -> ChatRequest {
        var conversation = ""
        for message in evalCase.messages {
            conversation += "[\(message.role.rawValue)]\n\(message.text)\n\n"
        }
        let user = """
            Conversation so far:
            \(conversation)Reference reply:
            \(evalCase.reference)

            Reply 1:
            \(shownFirst)

            Reply 2:
            \(shownSecond)
            """
        return ChatRequest(model: model, messages: [ChatMessage(role: .system, text: prompt), ChatMessage(role: .user, text: user)], temperature: 0)
    }

    /// Reads `{"winner": ..., "reason": ...}`, also inside a code fence or among other words;
    /// nil when the answer has no verdict.
    public static func verdict(in answer: String) -> (Verdict, reason: String)? {
        guard let start = answer.firstIndex(of: "{"), let end = answer.lastIndex(of: "}"), start < end,
              let object = try? JSONParser.parse(String(answer[start...end])).objectValue else { return nil }
        let winner = object["winner"]?.stringValue ?? object["winner"].flatMap { $0.integerValue.map(String.init) }
        let reason = (object["reason"]?.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch winner?.lowercased().trimmingCharacters(in: .whitespaces) {
        case "1": return (.shownFirst, reason)
        case "2": return (.shownSecond, reason)
        case "tie": return (.tie, reason)
        default: return nil
        }
    }
}
