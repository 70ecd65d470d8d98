/// A fine-tuning job's status, provider-neutral. Open: a status tunesmith does not know is kept.
public enum JobStatus: Sendable, Hashable, CustomStringConvertible {
    case validatingFiles
    case queued
    case running
    case paused
    case succeeded
    case failed
    case cancelled
    case other(String)

    /// OpenAI's names; providers map theirs (any letter case) onto these.
    public init(_ name: String) {
        switch name.lowercased() {
        case "validating_files": self = .validatingFiles
        case "queued", "pending": self = .queued
        case "running": self = .running
        case "paused": self = .paused
        case "succeeded", "completed": self = .succeeded
        case "failed", "error": self = .failed
        case "cancelled", "canceled": self = .cancelled
        default: self = .other(name)
        }
    }

    public var description: String {
        switch self {
        case .validatingFiles: "validating_files"
        case .queued: "queued"
        case .running: "running"
        case .paused: "paused"
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .cancelled: "cancelled"
        case .other(let name): name
        }
    }

    /// The job will not change any more.
    public var isFinished: Bool {
        switch self {
        case .succeeded, .failed, .cancelled: true
        default: false
        }
    }
}
