import Dataset
import Foundation
import ProviderKit

/// Together's objects, decoded leniently: PascalCase file keys, ISO-8601 job times, statuses and
/// event types in any letter case.
enum TogetherWire {
    struct List<Item: Decodable & Sendable>: Decodable, Sendable {
        let data: [Item]
    }

    struct File: Decodable, Sendable {
        struct Report: Decodable, Sendable {
            let valid: Bool?
            let error: String?
            let error_type: String?
            let nlines: Int?
            let dataset_format: String?
        }
        let id: String
        let filename: String?
        let bytes: Int64?
        let created_at: Double?
        let purpose: String?
        let FileType: String?
        let Processed: Bool?
        let LineCount: Int?
        let processing_status: String?
        let validation_report: Report?

        /// Together's processing status and validation report, in words.
        var statusText: String? {
            var parts: [String] = []
            if let status = processing_status?.lowercased() { parts.append(status) } else if let processed = Processed {
                parts.append(processed ? "processed" : "processing")
            }
            if let lines = LineCount ?? validation_report?.nlines { parts.append("\(lines) lines") }
            if let report = validation_report, report.valid == false {
                parts.append("invalid: \(report.error ?? report.error_type ?? "the file does not validate")")
            }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        }

        func providerFile(raw: JSONValue?) -> ProviderFile {
            var file = ProviderFile(id: id, filename: filename ?? id, bytes: bytes, createdAt: created_at.map { Date(timeIntervalSince1970: $0) },
                                    purpose: purpose, status: statusText)
            file.raw = raw
            return file
        }
    }

    struct Job: Decodable, Sendable {
        let id: String
        let status: String?
        let model: String?
        let model_output_name: String?
        let training_file: String?
        let validation_file: String?
        let created_at: String?
        let updated_at: String?
        let n_epochs: Int?
        let token_count: Int?
        let total_steps: Int?
        let steps_completed: Int?

        func job(raw: JSONValue?) -> FineTuningJob {
            var job = FineTuningJob(id: id, model: model ?? "", status: TogetherWire.status(status ?? "unknown"))
            job.createdAt = TogetherWire.date(created_at)
            if job.status.isFinished { job.finishedAt = TogetherWire.date(updated_at) }
            job.fineTunedModel = model_output_name
            job.trainingFile = training_file
            job.validationFile = validation_file
            job.trainedTokens = token_count
            job.epochs = n_epochs
            if job.status == .failed {
                job.error = raw?.objectValue?["events"]?.arrayValue?.last { $0.objectValue?["level"]?.stringValue?.lowercased() == "error" }?
                    .objectValue?["message"]?.stringValue
            }
            job.raw = raw
            return job
        }
    }

    struct Event: Decodable, Sendable {
        let created_at: String?
        let level: String?
        let message: String?
        let type: String?
        let step: Int?
        let total_steps: Int?
        let hash: String?

        func event(index: Int, raw: JSONValue?) -> JobEvent {
            let metrics = step.map { JobEvent.Metrics(step: $0, totalSteps: total_steps) }
            var event = JobEvent(id: hash ?? "\(index)-\(created_at ?? "")-\(type ?? "")", createdAt: TogetherWire.date(created_at),
                                 level: level?.lowercased(), message: message ?? type?.lowercased().replacingOccurrences(of: "_", with: " ") ?? "",
                                 metrics: metrics)
            event.raw = raw
            return event
        }
    }

    struct Checkpoint: Decodable, Sendable {
        let step: Int?
        let path: String?
        let created_at: String?
        let checkpoint_type: String?
    }

    struct PriceEstimate: Decodable, Sendable {
        let estimated_total_price: Double?
        let allowed_to_proceed: Bool?
        let estimated_train_token_count: Int?
        let estimation_available: Bool?
        let unavailable_reason: String?
    }

    struct Limits: Decodable, Sendable {
        struct Training: Decodable, Sendable {
            let min_batch_size: Int?
            let max_batch_size: Int?
            let max_batch_size_dpo: Int?
            let max_rank: Int?
        }
        let max_num_epochs: Int?
        let min_learning_rate: Double?
        let max_learning_rate: Double?
        let full_training: Training?
        let lora_training: Training?
    }

    /// `GET /fine-tunes/models/supported`.
    struct SupportedModels: Decodable, Sendable {
        let models: [String]
    }

    /// One item of `GET /models` (the spec's `ModelInfo`), the fields the catalog reads.
    struct ModelInfo: Decodable, Sendable {
        let id: String
        let context_length: Int?
    }

    struct Hardware: Decodable, Sendable {
        struct Pricing: Decodable, Sendable { let cents_per_minute: Double? }
        struct Availability: Decodable, Sendable { let status: String? }
        let id: String
        let pricing: Pricing?
        let availability: Availability?
    }

    /// Together's statuses onto the neutral ones (any letter case).
    static func status(_ name: String) -> JobStatus {
        switch name.lowercased() {
        case "pending", "queued": .queued
        case "running", "compressing", "uploading", "cancel_requested": .running
        case "completed": .succeeded
        case "error", "user_error": .failed
        case "cancelled", "canceled": .cancelled
        default: .other(name)
        }
    }

    static func date(_ text: String?) -> Date? { WireDate.rfc3339(text) }
}
