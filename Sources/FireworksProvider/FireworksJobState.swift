import ProviderKit

/// Fireworks' `gatewayJobState` names (`JOB_STATE_RUNNING`) onto the neutral statuses; a state
/// tunesmith does not know is kept in words.
enum FireworksJobState {
    static func status(_ state: String?) -> JobStatus {
        let name = (state ?? "JOB_STATE_UNSPECIFIED").uppercased()
        let bare = name.hasPrefix("JOB_STATE_") ? String(name.dropFirst("JOB_STATE_".count)) : name
        switch bare {
        case "VALIDATING": return .validatingFiles
        case "CREATING", "PENDING", "RE_QUEUEING", "CREATING_INPUT_DATASET", "IDLE": return .queued
        case "RUNNING", "WRITING_RESULTS", "CANCELLING": return .running
        case "PAUSED": return .paused
        // An early stop still writes the output model.
        case "COMPLETED", "EARLY_STOPPED": return .succeeded
        case "FAILED", "EXPIRED": return .failed
        case "CANCELLED", "DELETING", "DELETING_CLEANING_UP", "DELETED": return .cancelled
        default: return .other(bare.lowercased())
        }
    }

    /// "running", "writing results": the state in words, for events and messages.
    static func words(_ state: String?) -> String {
        let name = (state ?? "unspecified").uppercased()
        let bare = name.hasPrefix("JOB_STATE_") ? String(name.dropFirst("JOB_STATE_".count)) : name
        return bare.lowercased().replacingOccurrences(of: "_", with: " ")
    }
}
