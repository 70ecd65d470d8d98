/// Every error the `Tiktoken` module throws. Match on `kind`; the message says what to do next.
///
/// The kinds are a struct of static values rather than an enum so that adding one breaks nobody.
public struct TiktokenError: Error, CustomStringConvertible, Sendable {
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
        /// A model name the catalog does not know.
        public static let unknownModel = Kind("unknownModel")
        /// An encoding name other than cl100k_base and o200k_base.
        public static let unknownEncoding = Kind("unknownEncoding")
        /// A token id the encoding does not have.
        public static let unknownToken = Kind("unknownToken")
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

    extension TiktokenError: LocalizedError {
        public var errorDescription: String? { message }
    }
#endif
