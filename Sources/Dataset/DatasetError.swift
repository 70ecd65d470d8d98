import Foundation

/// Every error the `Dataset` module throws. Match on `kind`; the message names the line and says
/// what to do next. (Kinds are static values, not enum cases, so adding one breaks nobody.)
public struct DatasetError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A file could not be opened, read, written, locked or renamed.
        public static let fileSystem = Kind("fileSystem")
        /// A line is not JSON, or not a training example of a known shape.
        public static let invalidExample = Kind("invalidExample")
        /// An example number or line number that the file does not have.
        public static let noSuchExample = Kind("noSuchExample")
        /// The line a replace or delete named no longer says what was read: the file changed since.
        public static let exampleChanged = Kind("exampleChanged")
        /// Outputs exist already, or the input is too small to split.
        public static let splitRefused = Kind("splitRefused")
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
