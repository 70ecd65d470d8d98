/// Every error the `Models` module throws. Match on `kind`; the message says what to do next.
///
/// The kinds are a struct of static values rather than an enum so that adding one breaks nobody.
public struct ModelsError: Error, CustomStringConvertible, Sendable {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A model name the catalog does not know.
        public static let unknownModel = Kind("unknownModel")
        /// A model tunesmith cannot count exactly (its family's tokenizer or template is not supported).
        public static let notCountable = Kind("notCountable")
        /// A cached provider report that cannot be read or written.
        public static let unreadableCache = Kind("unreadableCache")
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

    extension ModelsError: LocalizedError {
        public var errorDescription: String? { message }
    }
#endif
