import Foundation

/// The pre-tokenizer patterns tunesmith matches exactly, each with a hand-written matcher. A
/// tokenizer file names its pattern as regex text; that text must be one of these, or the file is
/// refused with the pattern named (never matched approximately).
public enum SplitPattern: String, Sendable, CaseIterable {
    case cl100k, llama3, qwen2, o200k, tekken, gpt2

    /// The texts each pattern is written as in the files that use it.
    static let spellings: [SplitPattern: [String]] = [
        .cl100k: [#"'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"#],
        .llama3: [#"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"#],
        .qwen2: [#"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"#],
        .o200k: [
            #"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+"#
        ],
        .tekken: [
            #"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+"#
        ],
        .gpt2: [#"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"#],
    ]

    /// The pattern these regex texts spell (also accepted: the case name, as in `--pattern qwen2`).
    public init(regex: String, source: String) throws {
        if let known = SplitPattern(rawValue: regex) {
            self = known
            return
        }
        // tiktoken writes the o200k alternatives joined with "|"; some copies keep a trailing newline.
        let text = regex.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = Self.spellings.first(where: { $0.value.contains(text) })?.key else {
            throw TokenizersError(.unsupportedTokenizer, """
                \(source) splits text with a pattern tunesmith has no exact matcher for: \(regex.prefix(200)); \
                known patterns: \(Self.allCases.map(\.rawValue).joined(separator: ", ")) (pass --pattern NAME if the file is one of them)
                """)
        }
        self = match
    }

    /// Calls `body` with the end of each piece of `text`, in order.
    @inline(__always)
    func forEachPiece(in text: UTF8Text, _ body: (Int, Int) -> Void) {
        switch self {
        case .cl100k: Self.pieces(text, CL100KSplitter.self, body)
        case .llama3: Self.pieces(text, Llama3Splitter.self, body)
        case .qwen2: Self.pieces(text, Qwen2Splitter.self, body)
        case .o200k: Self.pieces(text, O200KSplitter.self, body)
        case .tekken: Self.pieces(text, TekkenSplitter.self, body)
        case .gpt2: Self.pieces(text, GPT2Splitter.self, body)
        }
    }

    @inline(__always)
    private static func pieces<Splitter: PieceSplitter>(_ text: UTF8Text, _: Splitter.Type, _ body: (Int, Int) -> Void) {
        var i = 0
        while i < text.count {
            let end = Splitter.pieceEnd(in: text, from: i)
            body(i, end)
            i = end
        }
    }
}
