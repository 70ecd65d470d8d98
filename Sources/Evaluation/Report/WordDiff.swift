/// A reply's words, each marked when it is not part of the longest run of words it shares with
/// the reference (in order): what the side-by-side views colour.
public struct WordDiff: Sendable, Hashable {
    public struct Word: Sendable, Hashable {
        public let text: String
        public let changed: Bool
    }

    /// Paragraphs (split at line breaks), each a list of words.
    public let paragraphs: [[Word]]

    public init(reference: String, reply: String) {
        let referenceWords = reference.split(whereSeparator: \.isWhitespace).map(String.init)
        let paragraphs = reply.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        let matched = LongestCommonSubsequence.matched(referenceWords, in: paragraphs.flatMap { $0 })
        var k = 0
        self.paragraphs = paragraphs.map { words in
            words.map { word in
                defer { k += 1 }
                return Word(text: word, changed: !matched[k])
            }
        }
    }

    /// The reference itself, nothing marked.
    public init(plain text: String) {
        paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(whereSeparator: \.isWhitespace).map { Word(text: String($0), changed: false) }
        }
    }
}
