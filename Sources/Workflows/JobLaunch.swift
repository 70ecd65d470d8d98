import Dataset
import Foundation
import ProviderKit

/// Launching a fine-tuning job, the same for the shell's `/train` and `tunesmith jobs create`:
/// the provider's limits, each local file checked, uploaded once, the price of exactly this job,
/// the person's yes, then the job. It prints nothing: each front end renders the steps.
public struct JobLaunch: Sendable {
    public enum Step: Sendable {
        case checked(path: String, report: ValidationReport)
        case uploading(path: String)
        case uploaded(path: String, file: ProviderFile)
        /// The same bytes were already uploaded to this provider: that file is used.
        case reused(path: String, file: ProviderFile)
        case estimated(PriceEstimate)
        /// No price could be had; the job can still be created.
        case noEstimate(reason: String)
    }

    public let provider: any FineTuningProvider
    public let check: TrainingFileCheck
    /// What was uploaded before, so the same bytes are not sent again (nil: always upload).
    public let uploads: UploadRecord?

    public init(provider: any FineTuningProvider, check: TrainingFileCheck, uploads: UploadRecord? = nil) {
        self.provider = provider
        self.check = check
        self.uploads = uploads
    }

    /// Runs the launch. `trainingPath` and `validationPath` are local files to check and upload
    /// (nil: `request` already names uploaded ids). `confirm` gets the request as it will be sent
    /// and its price; a no ends in `WorkflowError.notConfirmed`, which lists what stays uploaded.
    public func run(_ request: JobRequest, trainingPath: String?, validationPath: String?,
                    progress: (@Sendable (String, Int64, Int64) -> Void)? = nil,
                    step: (Step) -> Void,
                    confirm: (JobRequest, PriceEstimate?) async -> Bool) async throws -> FineTuningJob {
        var request = request
        try await provider.checkLimits(request)
        var report: ValidationReport?
        if let trainingPath {
            report = try check.check(trainingPath)
            step(.checked(path: trainingPath, report: report!))
        }
        if let validationPath {
            step(.checked(path: validationPath, report: try check.forValidationFile.check(validationPath)))
        }
        var uploaded: [String] = []
        func upload(_ path: String) async throws -> String {
            step(.uploading(path: path))
            var sent: (@Sendable (Int64, Int64) -> Void)?
            if let progress { sent = { progress(path, $0, $1) } }
            switch try await OnceUpload(provider: provider, record: uploads).send(path, progress: sent) {
            case .uploaded(let file):
                uploaded.append(file.id)
                step(.uploaded(path: path, file: file))
                return file.id
            case .reused(let file):
                step(.reused(path: path, file: file))
                return file.id
            }
        }
        if let trainingPath { request.trainingFile = try await upload(trainingPath) }
        if let validationPath { request.validationFile = try await upload(validationPath) }
        var estimate: PriceEstimate?
        do {
            estimate = try await provider.estimatePrice(request, trainingTokens: report?.billingTokens, autoEpochs: report?.epochs)
            step(.estimated(estimate!))
        } catch {
            step(.noEstimate(reason: error.localizedDescription))
        }
        guard await confirm(request, estimate) else {
            let kept = uploaded.isEmpty ? "" : "; " + uploaded.joined(separator: " and ") + (uploaded.count == 1 ? " stays" : " stay") + " uploaded for next time"
            throw WorkflowError(.notConfirmed, "not created\(kept)", uploaded: uploaded)
        }
        return try await provider.createJob(request)
    }
}
