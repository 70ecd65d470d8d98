import Foundation

/// Text a server could send that would take over a terminal if printed raw: an OSC retitle ended
/// by BEL, a CSI clear, the single-character C1 CSI, a right-to-left override and an isolate, and
/// an invisible right-to-left mark.
public enum HostileServerText {
    public static let raw = "A\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}lve\u{2066}\u{200F}Z"
    /// How it reads once neutralised.
    public static let shown = "A^[]0;pwned^G^[[2J<U+9B>31m<U+202E>lve<U+2066><U+200F>Z"
    /// True when none of its dangerous characters reached `text`.
    public static func isAbsent(from text: String) -> Bool {
        !text.unicodeScalars.contains { ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200F}"].contains($0) }
    }
}

extension OpenAIStub {
    /// Scripts a failed job `id` whose every server-given string is hostile: model, fine-tuned
    /// model, error and event message; the job list shows it too. `polls`: how many times the
    /// job and its events may be read.
    public func scriptHostileJob(_ id: String, polls: Int = 10) {
        let text = HostileServerText.raw
        let job: [String: Any] = [
            "object": "fine_tuning.job", "id": id, "model": "gpt-4.1-mini" + text, "created_at": 1_700_000_000, "status": "failed",
            "training_file": "file-" + text, "validation_file": NSNull(), "fine_tuned_model": "ft:" + text, "finished_at": 1_700_000_600,
            "error": ["code": "invalid_data", "message": "bad data " + text], "trained_tokens": NSNull(), "hyperparameters": NSNull(),
        ]
        let event: [String: Any] = ["object": "fine_tuning.job.event", "id": "ftevent-\(id)-1", "created_at": 1_700_000_100,
                                    "level": "warn" + text, "message": "event " + text, "type": "message"]
        scripted["GET /v1/fine_tuning/jobs/\(id)/events"] = Array(repeating: .json(["object": "list", "data": [event], "has_more": false]), count: polls)
        scripted["GET /v1/fine_tuning/jobs/\(id)"] = Array(repeating: .json(job), count: polls)
        scripted["GET /v1/fine_tuning/jobs"] = Array(repeating: .json(["object": "list", "data": [job], "has_more": false]), count: polls)
        scripted["GET /v1/models"] = Array(repeating: .json(["object": "list", "data": [["id": "model" + text, "object": "model", "created": 1_700_000_000,
                                                                                      "owned_by": "owner" + text]]]), count: polls)
        scripted["GET /v1/files"] = Array(repeating: .json(["object": "list", "data": [[
            "id": "file-1", "object": "file", "bytes": 10, "created_at": 1_700_000_000, "filename": "name" + text + ".jsonl",
            "purpose": "fine-tune", "status": "processed",
        ]], "has_more": false]), count: polls)
        scripted["GET /v1/fine_tuning/jobs/ftjob-refused"] = Array(repeating: OpenAIStub.errorResponse(400, "refused " + text, type: "invalid_request_error"), count: polls)
    }
}
