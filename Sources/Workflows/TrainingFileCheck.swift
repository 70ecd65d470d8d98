import Dataset
import Foundation
import ProviderKit

/// What a file passes before it is uploaded: the validation report's errors, then the provider's
/// own file rules. The report's figures price the job.
public struct TrainingFileCheck: Sendable {
    public let target: ValidationTarget
    /// Whose file rules apply besides the report's (nil: none).
    public let provider: (any FineTuningProvider)?
    public let threads: Int

    public init(target: ValidationTarget, provider: (any FineTuningProvider)?, threads: Int = 2) {
        self.target = target
        self.provider = provider
        self.threads = threads
    }

    /// The same check for a job's validation file (its format, no minimum number of examples).
    public var forValidationFile: TrainingFileCheck {
        var target = target
        target.purpose = .validation
        return TrainingFileCheck(target: target, provider: provider, threads: threads)
    }

    /// The file's report, or a `WorkflowError` that carries the report or the provider's problems.
    public func check(_ path: String) throws -> ValidationReport {
        let report = try Validator(target: target, threads: threads).validate(path: path)
        guard report.isReady else {
            throw WorkflowError(.fileHasErrors, "\(path) has errors, so it was not uploaded; fix them and try again", path: path, report: report)
        }
        let problems = try provider?.localFileProblems(path: path) ?? []
        if let provider, !problems.isEmpty {
            throw WorkflowError(.providerRejects, "\(provider.displayName) would reject \(path):\n  " + problems.prefix(20).joined(separator: "\n  ")
                                + "\nfix these and try again", path: path, problems: problems)
        }
        return report
    }
}
