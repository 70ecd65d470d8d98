/// One place a rank file may be, in the order they are looked at.
public struct RankFileLocation: Sendable, Hashable {
    public enum Source: String, Sendable {
        /// `$TUNESMITH_ENCODINGS/<name>.tiktoken`
        case tunesmithEncodings = "$TUNESMITH_ENCODINGS"
        /// `$XDG_CACHE_HOME/tunesmith/<name>.tiktoken` (or `~/.cache/tunesmith`)
        case userCache = "user cache"
        /// `$TIKTOKEN_CACHE_DIR/<sha1 of the URL>`, tiktoken's own cache
        case tiktokenCache = "$TIKTOKEN_CACHE_DIR"
    }

    public let source: Source
    public let path: String
}

/// What `EncodingLoader.status` found for one encoding.
public struct RankFileStatus: Sendable {
    public let name: EncodingName
    /// Every place looked at, in order.
    public let candidates: [RankFileLocation]
    /// The first place that has a file (not yet checked against its sha256).
    public let found: RankFileLocation?
    /// The compact cache derived from a verified file, when present and intact.
    public let compiledCache: String?
}
