import Foundation

extension OpenAIStub {
    /// Total training steps of every stub job; each poll of a running job advances three steps.
    static let totalSteps = 9

    func jobsRoute(_ request: StubRequest, _ segments: [String]) -> StubResponse {
        guard segments.first == "jobs" else { return Self.error(404, "Unknown route", type: "invalid_request_error") }
        if segments.count == 1 {
            return request.method == "POST" ? createJob(request) : page(jobOrder.reversed().compactMap { jobs[$0] }, request, ids: false)
        }
        let id = segments[1]
        guard jobs[id] != nil else {
            return Self.error(404, "Could not find fine-tune job: \(id)", type: "invalid_request_error", code: "fine_tune_not_found")
        }
        switch segments.count == 3 ? segments[2] : "" {
        case "":
            advance(id)
            return .json(jobs[id]!)
        case "cancel":
            if ["succeeded", "failed", "cancelled"].contains(jobs[id]!["status"] as? String) {
                return Self.error(400, "Job has already completed: \(id)", type: "invalid_request_error")
            }
            return setStatus(id, "cancelled", message: "Fine-tuning job cancelled")
        case "pause": return setStatus(id, "paused", message: "Fine-tuning job paused")
        case "resume": return setStatus(id, "queued", message: "Fine-tuning job resumed")
        case "events": return page(Array((jobEvents[id] ?? []).reversed()), request, ids: false)
        case "checkpoints":
            let steps = stride(from: 3, through: Self.totalSteps, by: 3).filter { $0 <= (jobs[id]!["trained_steps"] as? Int ?? 0) }
            let checkpoints: [[String: Any]] = steps.reversed().map { step in
                ["object": "fine_tuning.job.checkpoint", "id": "ftckpt_\(id)_\(step)", "created_at": clock + step, "step_number": step,
                 "fine_tuning_job_id": id, "fine_tuned_model_checkpoint": "ft:\(jobs[id]!["model"]!):acme::\(id):ckpt-step-\(step)",
                 "metrics": ["step": step, "train_loss": 2.0 / Double(step), "valid_loss": 2.1 / Double(step)]]
            }
            return page(checkpoints, request)
        default:
            return Self.error(404, "Unknown job route", type: "invalid_request_error")
        }
    }

    func createJob(_ request: StubRequest) -> StubResponse {
        let body = request.json ?? [:]
        guard let model = body["model"] as? String, let training = body["training_file"] as? String else {
            return Self.error(400, "Missing model or training_file", type: "invalid_request_error")
        }
        guard files[training] != nil else {
            return Self.error(400, "invalid training_file: \(training)", type: "invalid_request_error", code: "invalid_file")
        }
        let id = nextID("ftjob")
        let method = body["method"] as? [String: Any] ?? ["type": "supervised"]
        jobs[id] = ["object": "fine_tuning.job", "id": id, "model": model, "created_at": clock, "status": "validating_files",
                    "training_file": training, "validation_file": body["validation_file"] ?? NSNull(), "fine_tuned_model": NSNull(),
                    "finished_at": NSNull(), "error": [String: Any](), "result_files": [], "trained_tokens": NSNull(),
                    "suffix": body["suffix"] ?? NSNull(), "seed": body["seed"] ?? 42, "method": method, "hyperparameters": NSNull(),
                    "metadata": body["metadata"] ?? NSNull(), "trained_steps": 0, "user_provided_suffix": body["suffix"] ?? NSNull()]
        jobOrder.append(id)
        jobEvents[id] = []
        addEvent(id, "Validating training file: \(training)")
        return .json(jobs[id]!)
    }

    func addEvent(_ id: String, _ message: String, metrics: [String: Any]? = nil) {
        var event: [String: Any] = ["object": "fine_tuning.job.event", "id": "ftevent-\(id)-\(jobEvents[id]!.count + 1)",
                                    "created_at": clock + jobEvents[id]!.count, "level": "info", "message": message,
                                    "type": metrics == nil ? "message" : "metrics"]
        if let metrics { event["data"] = metrics }
        jobEvents[id]!.append(event)
    }

    func setStatus(_ id: String, _ status: String, message: String) -> StubResponse {
        jobs[id]!["status"] = status
        addEvent(id, message)
        return .json(jobs[id]!)
    }

    /// Each look at a job moves it on: validating_files -> queued -> running (three steps per look,
    /// each a metrics event) -> succeeded with a model name.
    func advance(_ id: String) {
        var job = jobs[id]!
        switch job["status"] as? String {
        case "validating_files":
            job["status"] = "queued"
            jobs[id] = job
            addEvent(id, "Files validated, moving job to queued state")
        case "queued":
            job["status"] = "running"
            jobs[id] = job
            addEvent(id, "Fine-tuning job started")
        case "running":
            var step = job["trained_steps"] as? Int ?? 0
            for _ in 0..<3 where step < Self.totalSteps {
                step += 1
                // The validation loss comes every third step, as OpenAI reports it now and then.
                var metrics: [String: Any] = ["step": step, "total_steps": Self.totalSteps, "train_loss": 2.0 / Double(step),
                                              "train_mean_token_accuracy": 0.5 + Double(step) / 20]
                if step % 3 == 0 { metrics["valid_loss"] = 2.2 / Double(step) }
                addEvent(id, "Step \(step)/\(Self.totalSteps): training loss=\(String(format: "%.3f", 2.0 / Double(step)))", metrics: metrics)
            }
            job["trained_steps"] = step
            if step >= Self.totalSteps {
                job["status"] = "succeeded"
                job["fine_tuned_model"] = "ft:\(job["model"]!):acme:\((job["suffix"] as? String) ?? ""):\(id.suffix(4))"
                job["finished_at"] = clock + 600
                job["trained_tokens"] = 12_345
                jobs[id] = job
                addEvent(id, "New fine-tuned model created")
                addEvent(id, "The job has successfully completed")
                return
            }
            jobs[id] = job
        default:
            break
        }
    }
}
