import Foundation

/// OpenAI's objects with `HostileServerText.raw` in every string a person would see: ids, names,
/// statuses, messages, errors. Any id is answered; `DELETE` and `POST` are refused with a hostile
/// error message.
enum HostileObjects {
    static let text = HostileServerText.raw

    static var job: [String: Any] { [
        "object": "fine_tuning.job", "id": "ftjob-" + text, "model": "gpt-4.1-mini" + text, "created_at": 1_700_000_000,
        "status": "failed", "training_file": "file-" + text, "validation_file": "file-v" + text, "fine_tuned_model": "ft:" + text,
        "finished_at": 1_700_000_600, "estimated_finish": 1_700_000_700, "error": ["code": "code" + text, "message": "bad data " + text],
        "trained_tokens": 12, "hyperparameters": ["n_epochs": 3],
    ] }
    static var event: [String: Any] { [
        "object": "fine_tuning.job.event", "id": "ftevent-" + text, "created_at": 1_700_000_100, "level": "warn" + text,
        "message": "event " + text, "type": "message",
    ] }
    static var checkpoint: [String: Any] { [
        "object": "fine_tuning.job.checkpoint", "id": "ftckpt-" + text, "created_at": 1_700_000_200,
        "fine_tuned_model_checkpoint": "ft:ckpt" + text, "step_number": 10, "metrics": ["train_loss": 0.5, "valid_loss": 0.6],
    ] }
    static var file: [String: Any] { [
        "object": "file", "id": "file-" + text, "bytes": 10, "created_at": 1_700_000_000, "filename": "name" + text + ".jsonl",
        "purpose": "fine-tune" + text, "status": "processed" + text, "status_details": "details " + text,
    ] }
    static var model: [String: Any] { ["object": "model", "id": "model" + text, "created": 1_700_000_000, "owned_by": "owner" + text] }

    static func list(_ item: [String: Any]) -> StubResponse {
        .json(["object": "list", "data": [item], "has_more": false])
    }

    static func answer(_ route: String) -> StubResponse {
        let parts = route.split(separator: " ", maxSplits: 1).map(String.init)
        let (method, path) = (parts[0], parts.count > 1 ? parts[1] : "/")
        let segments = path.split(separator: "/").map(String.init)
        guard method == "GET" else {
            return OpenAIStub.errorResponse(400, "refused " + text, type: "invalid_request_error" + text, code: "code" + text)
        }
        switch (segments.first, segments.count) {
        case ("fine_tuning", 2): return list(job)
        case ("fine_tuning", 3): return .json(job)
        case ("fine_tuning", 4) where segments[3] == "events": return list(event)
        case ("fine_tuning", 4) where segments[3] == "checkpoints": return list(checkpoint)
        case ("files", 1): return list(file)
        case ("files", 2): return .json(file)
        case ("models", 1): return list(model)
        default: return OpenAIStub.errorResponse(404, "no such thing " + text, type: "invalid_request_error" + text)
        }
    }
}
