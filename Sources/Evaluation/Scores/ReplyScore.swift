import Foundation
import Tokenizers

/// How close a reply is to the reference, as the summary and the reports show it.
///
/// Similarity is the token LCS ratio: 2·LCS / (|reference| + |reply|) over the target tokenizer's
/// tokens, where LCS is the longest common subsequence (difflib's `ratio`, with tokens for
/// characters): 1 for identical text, 0 when no token is shared, and order matters, so a reply
/// with the right words in the wrong order scores lower than a bag-of-tokens F1 would give it.
public struct ReplyScore: Sendable, Hashable {
    /// The reply equals the reference, ignoring leading and trailing white space.
    public let exactMatch: Bool
    public let similarity: Double
    /// Reply tokens / reference tokens (nil when the reference is empty).
    public let lengthRatio: Double?
    public let referenceTokens: Int
    public let replyTokens: Int

    /// Replies longer than this many tokens are compared by their first part only (an LCS is
    /// quadratic; 4,096 tokens is far beyond a reference reply).
    static let comparedTokens = 4_096

    public init(reference: String, reply: String, tokenizer: Tokenizer) {
        exactMatch = reference.trimmingCharacters(in: .whitespacesAndNewlines) == reply.trimmingCharacters(in: .whitespacesAndNewlines)
        let a = tokenizer.encode(reference), b = tokenizer.encode(reply)
        referenceTokens = a.count
        replyTokens = b.count
        lengthRatio = a.isEmpty ? nil : Double(b.count) / Double(a.count)
        if a.isEmpty && b.isEmpty {
            similarity = 1
        } else {
            let shortA = Array(a.prefix(Self.comparedTokens)), shortB = Array(b.prefix(Self.comparedTokens))
            similarity = 2 * Double(LongestCommonSubsequence.length(shortA, shortB)) / Double(shortA.count + shortB.count)
        }
    }
}
