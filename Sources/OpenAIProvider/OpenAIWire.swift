import Dataset
import Foundation
import ProviderKit

/// OpenAI's response objects, decoded leniently as the real server needs: every field optional
/// but ids, unknown fields ignored, open enums kept as strings.
enum OpenAIWire {
    struct List<Item: Decodable & Sendable>: Decodable, Sendable {
        let data: [Item]
        let has_more: Bool?
        let first_id: String?
        let last_id: String?
    }

    struct File: Decodable, Sendable {
        let id: String
        let bytes: Int64?
        let created_at: Double?
        let filename: String?
        let purpose: String?
        let status: String?
        let status_details: String?
    }

    struct Deleted: Decodable, Sendable {
        let id: String?
        let deleted: Bool?
    }

    struct Upload: Decodable, Sendable {
        let id: String
        let status: String?
        let file: File?
    }

    struct UploadPart: Decodable, Sendable {
        let id: String
    }

    struct Job: Decodable, Sendable {
        struct JobError: Decodable, Sendable {
            let code: String?
            let message: String?
        }
        struct Hyperparameters: Decodable, Sendable {
            let n_epochs: AutoOr<Int>?
        }
        let id: String
        let model: String?
        let status: String?
        let created_at: Double?
        let finished_at: Double?
        let estimated_finish: Double?
        let fine_tuned_model: String?
        let training_file: String?
        let validation_file: String?
        let trained_tokens: Int?
        let error: JobError?
        let hyperparameters: Hyperparameters?
    }

    struct Event: Decodable, Sendable {
        struct Metrics: Decodable, Sendable {
            let step: Double?
            let total_steps: Double?
            let train_loss: Double?
            let valid_loss: Double?
            let train_mean_token_accuracy: Double?
        }
        let id: String
        let created_at: Double?
        let level: String?
        let message: String?
        let type: String?
        let data: Metrics?
    }

    struct Checkpoint: Decodable, Sendable {
        struct Metrics: Decodable, Sendable {
            let train_loss: Double?
            let valid_loss: Double?
        }
        let id: String
        let created_at: Double?
        let fine_tuned_model_checkpoint: String?
        let step_number: Int?
        let metrics: Metrics?
    }

    struct Model: Decodable, Sendable {
        let id: String
        let created: Double?
        let owned_by: String?
        /// `YYYY-MM-DD`, or null while the model has no announced shutdown.
        let shutdown_date: String?
    }

    static func date(_ seconds: Double?) -> Date? { seconds.map { Date(timeIntervalSince1970: $0) } }
}

extension OpenAIWire.File {
    func providerFile(raw: JSONValue?) -> ProviderFile {
        var file = ProviderFile(id: id, filename: filename ?? id, bytes: bytes, createdAt: OpenAIWire.date(created_at), purpose: purpose,
                                status: status_details.map { "\(status ?? "error"): \($0)" } ?? status)
        file.raw = raw
        return file
    }
}

extension OpenAIWire.Job {
    func job(raw: JSONValue?) -> FineTuningJob {
        var job = FineTuningJob(id: id, model: model ?? "", status: JobStatus(status ?? "unknown"))
        job.createdAt = OpenAIWire.date(created_at)
        job.finishedAt = OpenAIWire.date(finished_at)
        job.estimatedFinish = OpenAIWire.date(estimated_finish)
        job.fineTunedModel = fine_tuned_model
        job.trainingFile = training_file
        job.validationFile = validation_file
        job.trainedTokens = trained_tokens
        // `"error": {}` and all-null errors mean no error.
        job.error = error.flatMap { $0.message ?? $0.code }
        job.epochs = hyperparameters?.n_epochs?.value
        job.raw = raw
        return job
    }
}

extension OpenAIWire.Event {
    func event(raw: JSONValue?) -> JobEvent {
        let metrics = type == "metrics" || data?.step != nil
            ? data.map { JobEvent.Metrics(step: $0.step.map { Int($0) }, totalSteps: $0.total_steps.map { Int($0) },
                                         trainLoss: $0.train_loss, validLoss: $0.valid_loss,
                                         trainAccuracy: $0.train_mean_token_accuracy) }
            : nil
        var event = JobEvent(id: id, createdAt: OpenAIWire.date(created_at), level: level, message: message ?? "", metrics: metrics)
        event.raw = raw
        return event
    }
}
