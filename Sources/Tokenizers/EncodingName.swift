/// The encodings tunesmith knows, with the facts needed to find and trust their rank files.
public enum EncodingName: String, CaseIterable, Sendable, CustomStringConvertible {
    case cl100kBase = "cl100k_base"
    case o200kBase = "o200k_base"
    /// gpt-oss: o200k_base's ranks and pattern with the harmony format's special tokens.
    case o200kHarmony = "o200k_harmony"

    public var description: String { rawValue }

    /// Parses `cl100k_base` or `o200k_base` (also without the `_base`), or throws a helpful error.
    public init(parsing text: String) throws {
        let lowered = text.lowercased()
        if let name = EncodingName(rawValue: lowered) ?? EncodingName(rawValue: lowered + "_base") {
            self = name
        } else {
            let known = EncodingName.allCases.map(\.rawValue).joined(separator: ", ")
            throw TokenizersError(.unknownEncoding, "unknown encoding \"\(text)\"; use one of: \(known)")
        }
    }

    /// The encoding whose rank file this one reads (o200k_harmony has no file of its own).
    public var rankFile: EncodingName { self == .o200kHarmony ? .o200kBase : self }

    /// The encodings that have a rank file of their own.
    public static var withRankFiles: [EncodingName] { allCases.filter { $0.rankFile == $0 } }

    var pattern: SplitPattern { self == .cl100kBase ? .cl100k : .o200k }

    /// The file name in OpenAI's bucket and in tunesmith's folders.
    public var fileName: String { rankFile.rawValue + ".tiktoken" }

    /// The official file's sha256, checked before any file is used.
    public var sha256: String {
        switch self {
        case .cl100kBase: "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
        case .o200kBase, .o200kHarmony: "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
        }
    }

    /// The official download address.
    public var officialURL: String { EncodingName.officialBaseURL + "/" + fileName }
    public static let officialBaseURL = "https://openaipublic.blob.core.windows.net/encodings"

    public var specialTokens: [String: UInt32] {
        switch self {
        case .cl100kBase:
            [
                "<|endoftext|>": 100257, "<|fim_prefix|>": 100258, "<|fim_middle|>": 100259,
                "<|fim_suffix|>": 100260, "<|endofprompt|>": 100276,
            ]
        case .o200kBase:
            ["<|endoftext|>": 199999, "<|endofprompt|>": 200018]
        case .o200kHarmony:
            Self.harmonySpecialTokens
        }
    }

    /// tiktoken's `o200k_harmony`: named tokens, `<|reserved_N|>` for every other id from 200000 to
    /// 201087, and o200k_base's `<|endofprompt|>`, which shares 200018 with `<|reserved_200018|>`.
    static let harmonySpecialTokens: [String: UInt32] = {
        let named: [String: UInt32] = [
            "<|startoftext|>": 199998, "<|endoftext|>": 199999, "<|return|>": 200002, "<|constrain|>": 200003,
            "<|channel|>": 200005, "<|start|>": 200006, "<|end|>": 200007, "<|message|>": 200008, "<|call|>": 200012,
        ]
        var tokens = named
        let taken = Set(named.values)
        for id in UInt32(200000)...201087 where !taken.contains(id) { tokens["<|reserved_\(id)|>"] = id }
        tokens["<|endofprompt|>"] = 200018
        return tokens
    }()
}
