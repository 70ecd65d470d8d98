import Dataset
import Foundation

/// Why a workflow stopped. Match on `kind`; the payload a front end renders (the report, the
/// provider's problems, what stays uploaded) travels with it.
public struct WorkflowError: Error, LocalizedError, Sendable {
    public struct Kind: Hashable, Sendable {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The file has errors; `report` says which.
        public static let fileHasErrors = Kind("fileHasErrors")
        /// The provider's own file rules refuse the file; `problems` lists them.
        public static let providerRejects = Kind("providerRejects")
        /// The person said no; `uploaded` lists the files that stay with the provider.
        public static let notConfirmed = Kind("notConfirmed")
    }

    public let kind: Kind
    public let message: String
    public let path: String?
    public let report: ValidationReport?
    public let problems: [String]
    public let uploaded: [String]

    init(_ kind: Kind, _ message: String, path: String? = nil, report: ValidationReport? = nil, problems: [String] = [], uploaded: [String] = []) {
        self.kind = kind
        self.message = message
        self.path = path
        self.report = report
        self.problems = problems
        self.uploaded = uploaded
    }

    public var errorDescription: String? { message }
}
