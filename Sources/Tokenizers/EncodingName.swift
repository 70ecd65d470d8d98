/// The encodings tunesmith knows, with the facts needed to find and trust their rank files.
public enum EncodingName: String, CaseIterable, Sendable, CustomStringConvertible {
    case cl100kBase = "cl100k_base"
    case o200kBase = "o200k_base"

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

    /// The file name in OpenAI's bucket and in tunesmith's folders.
    public var fileName: String { rawValue + ".tiktoken" }

    /// The official file's sha256, checked before any file is used.
    public var sha256: String {
        switch self {
        case .cl100kBase: "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
        case .o200kBase: "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
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
        }
    }
}
