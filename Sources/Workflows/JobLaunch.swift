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
    /// (nil: `request` already names uploaded ids). Nothing is uploaded before a yes: when the
    /// price is known without the upload (from the catalog, or the files are already there),
    /// `confirm` gets the request and its price first and the upload follows; when the provider
    /// prices only an uploaded file, `confirmUpload` is asked first (nil: upload), then `confirm`.
    /// A no ends in `WorkflowError.notConfirmed`, which lists what stays uploaded.
    public func run(_ request: JobRequest, trainingPath: String?, validationPath: String?,
                    progress: (@Sendable (String, Int64, Int64) -> Void)? = nil,
                    step: (Step) -> Void,
                    confirmUpload: (([String]) async -> Bool)? = nil,
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
        let once = OnceUpload(provider: provider, record: uploads)
        var pending: [OnceUpload.Lookup] = []
        for path in [trainingPath, validationPath].compactMap({ $0 }) {
            let lookup = try await once.lookUp(path)
            if let file = lookup.previous {
                step(.reused(path: path, file: file))
                if path == trainingPath { request.trainingFile = file.id } else { request.validationFile = file.id }
            } else {
                pending.append(lookup)
                // Until it is uploaded the file has no id; a local path must never reach the provider.
                if path == trainingPath { request.trainingFile = "" } else { request.validationFile = "" }
            }
        }
        var uploaded: [String] = []
        func uploadPending() async throws {
            for lookup in pending {
                let path = lookup.path
                step(.uploading(path: path))
                var sent: (@Sendable (Int64, Int64) -> Void)?
                if let progress { sent = { progress(path, $0, $1) } }
                let file = try await once.upload(lookup, progress: sent)
                uploaded.append(file.id)
                step(.uploaded(path: path, file: file))
                if path == trainingPath { request.trainingFile = file.id } else { request.validationFile = file.id }
            }
        }
        func refused() -> WorkflowError {
            let kept = uploaded.isEmpty ? (pending.isEmpty ? "" : "; nothing was uploaded")
                : "; " + uploaded.joined(separator: " and ") + (uploaded.count == 1 ? " stays" : " stay") + " uploaded for next time"
            return WorkflowError(.notConfirmed, "not created\(kept)", uploaded: uploaded)
        }
        // The price before the upload, where the provider can give it without the file.
        var estimate = pending.isEmpty ? nil : try? await provider.estimatePrice(request, trainingTokens: report?.billingTokens, autoEpochs: report?.epochs)
        if let known = estimate {
            step(.estimated(known))
            guard await confirm(request, known) else { throw refused() }
            try await uploadPending()
            return try await provider.createJob(request)
        }
        if !pending.isEmpty, let confirmUpload, !(await confirmUpload(pending.map(\.path))) { throw refused() }
        try await uploadPending()
        do {
            estimate = try await provider.estimatePrice(request, trainingTokens: report?.billingTokens, autoEpochs: report?.epochs)
            step(.estimated(estimate!))
        } catch {
            step(.noEstimate(reason: error.localizedDescription))
        }
        guard await confirm(request, estimate) else { throw refused() }
        return try await provider.createJob(request)
    }
}
