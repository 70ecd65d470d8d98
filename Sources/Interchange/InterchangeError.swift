import Foundation

/// Every error the `Interchange` module throws; the message says what went wrong and what to do.
public struct InterchangeError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The source's format could not be told, or is not the one named.
        public static let unknownFormat = Kind("unknownFormat")
        /// The source cannot be read at all (no such file, not SQLite, not JSON).
        public static let unreadableSource = Kind("unreadableSource")
        /// An option does not fit (CSV columns, a method a trainer lacks).
        public static let usage = Kind("usage")
        /// An output exists and would be replaced.
        public static let outputExists = Kind("outputExists")
        /// Nothing to export.
        public static let nothingToExport = Kind("nothingToExport")
        /// A file could not be written.
        public static let fileSystem = Kind("fileSystem")
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
