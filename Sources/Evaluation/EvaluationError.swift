import Foundation

/// Every error the Evaluation module throws, each saying what to do next.
public struct EvaluationError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Hashable {
        /// A line of the file is not an example (its number is in the message).
        case badExample
        /// Nothing to evaluate: no example has a trained assistant turn.
        case nothingToEvaluate
        /// A `--model` or `--judge` value that does not parse or names no provider.
        case badModelSpec
        /// The results file beside the dataset cannot be read or written.
        case resultsFile
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
