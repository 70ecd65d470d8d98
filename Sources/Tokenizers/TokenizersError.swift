/// Every error the `Tokenizers` module throws. Match on `kind`; the message says what to do next.
///
/// The kinds are a struct of static values rather than an enum so that adding one breaks nobody.
public struct TokenizersError: Error, CustomStringConvertible, Sendable {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// No rank file anywhere it was looked for, and none could be downloaded.
        public static let encodingFileNotFound = Kind("encodingFileNotFound")
        /// A rank file whose sha256 is not the official one.
        public static let checksumMismatch = Kind("checksumMismatch")
        /// A rank file with the right size of problem: a line that is not `<base64> <rank>`.
        public static let malformedRankFile = Kind("malformedRankFile")
        /// An encoding name other than cl100k_base and o200k_base.
        public static let unknownEncoding = Kind("unknownEncoding")
        /// A token id the encoding does not have.
        public static let unknownToken = Kind("unknownToken")
        /// A tokenizer file that uses a piece tunesmith does not implement exactly (named in the message).
        public static let unsupportedTokenizer = Kind("unsupportedTokenizer")
        /// A tokenizer file that is not what its format says (bad JSON, protobuf, or a missing part).
        public static let malformedTokenizerFile = Kind("malformedTokenizerFile")
        /// No tokenizer files for a model where they were looked for, and none could be downloaded.
        public static let tokenizerNotFound = Kind("tokenizerNotFound")
        /// A chat template refused a conversation (`raise_exception`, a role it does not know) or
        /// failed (a syntax error, a limit on recursion, loop iterations or output reached).
        public static let chatTemplate = Kind("chatTemplate")
        /// Reading or writing a file failed.
        public static let fileSystem = Kind("fileSystem")
    }

    public let kind: Kind
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

#if canImport(Foundation)
    import Foundation

    extension TokenizersError: LocalizedError {
        public var errorDescription: String? { message }
    }
#endif
