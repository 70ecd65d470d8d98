import Dataset
import Foundation
import ProviderKit
import Workflows

extension Shell {
    var hasProvider: Bool {
        if provider == nil { fail("no fine-tuning provider; \(configuration.providers.keyAdvice), and restart") }
        return provider != nil
    }

    /// The file's report, refusing it when it has errors or the provider's rules would.
    func readyReport(_ path: String, purpose: ValidationTarget.Purpose = .training) -> ValidationReport? {
        do {
            return try fileCheck(purpose).check(path)
        } catch {
            refuse(error)
            return nil
        }
    }

    func fileCheck(_ purpose: ValidationTarget.Purpose = .training) -> TrainingFileCheck {
        TrainingFileCheck(target: validationTarget(purpose), provider: provider)
    }

    /// Says why a workflow stopped: a file's report and its errors, the provider's refusal, or a no.
    func refuse(_ error: Error) {
        guard let refusal = error as? WorkflowError else { return fail(error.localizedDescription) }
        switch refusal.kind {
        case .fileHasErrors:
            var text = ""
            refusal.report?.render(into: &text, nextStep: false)
            output.write(text + "\n")
            fail("\(fileName(refusal.path ?? "the file")) has errors; fix them first")
        case .notConfirmed:
            note(refusal.message)
        default:
            fail(refusal.message)
        }
    }

    func uploadFile(_ path: String) async -> String? {
        guard let provider else { return nil }
        do {
            let file = try await provider.uploadFile(path: path, progress: nil)
            sayFromServer("uploaded \(fileName(path)) as \(file.id)")
            return file.id
        } catch {
            fail(error.localizedDescription)
            return nil
        }
    }

    func upload(_ path: String? = nil) async {
        let path = path ?? configuration.datasetPath
        guard FileManager.default.fileExists(atPath: path) else {
            return fail(samePath(path, configuration.datasetPath) ? "no examples yet; /save writes the first" : "no file \(path); check the path (Tab completes it)")
        }
        guard hasProvider, readyReport(path, purpose: purpose(of: path)) != nil else { return }
        lastFileID = await uploadFile(path)
    }

    /// What a supervised job trains on: /split's two files when its record says they are the halves
    /// of the dataset as it is now; the whole dataset when there are none; nil (refused) otherwise.
    func trainingFiles() -> (train: String, validation: String?)? {
        let dataset = configuration.datasetPath
        switch DatasetSplitter.status(of: dataset) {
        case .current(let train, let validation):
            note("training on \(fileName(train)), holding out \(fileName(validation)) for validation (from /split)")
            return (train, validation)
        case .none:
            return (dataset, nil)
        case .stale(let why):
            let outputs = DatasetSplitter.outputPaths(for: dataset)
            fail("not trained: \(why); /split again (or delete \(fileName(outputs.train)) and \(fileName(outputs.validation)) to train on the whole file)")
            return nil
        }
    }

    func train(_ words: [String]) async {
        guard hasProvider, let provider else { return }
        var request = JobRequest(model: targetModel, trainingFile: "")
        var k = 0
        while k < words.count {
            let value = k + 1 < words.count ? words[k + 1] : nil
            switch (words[k], value) {
            case ("--epochs", let v?) where Int(v) != nil: request.epochs = .value(Int(v)!)
            case ("--suffix", let v?): request.suffix = v
            case ("--method", let v?) where JobRequest.Method(rawValue: v) != nil: request.method = JobRequest.Method(rawValue: v)!
            case ("--lora-rank", let v?) where Int(v) != nil: request.loraRank = Int(v)!
            case ("--full", _): request.lora = false; k -= 1
            default: return fail("usage: \(CommandSpec.named("train")!.usage)")
            }
            k += 2
        }
        guard FileManager.default.fileExists(atPath: request.method == .dpo ? preferencePath : configuration.datasetPath) else {
            return fail(request.method == .dpo ? "no preference pairs yet; /prefer saves them" : "no examples yet; /save writes the first")
        }
        guard let (path, validationPath) = request.method == .dpo ? (preferencePath, nil) : trainingFiles() else { return }
        let launch = JobLaunch(provider: provider, check: fileCheck())
        do {
            let job = try await launch.run(request, trainingPath: path, validationPath: validationPath, step: { step in
                switch step {
                case .uploaded(let path, let file): sayFromServer("uploaded \(fileName(path)) as \(file.id)")
                case .estimated(let estimate): sayFromServer(String(format: "estimated cost: $%.2f (%@)", estimate.usd, estimate.basis))
                case .noEstimate(let reason): sayFromServer("estimated cost: unknown (\(reason))")
                case .reused(let path, let file): sayFromServer("\(fileName(path)) is already uploaded as \(file.id); using it")
                case .checked, .uploading: break
                }
            }, confirm: { _, _ in
                guard reader.isInteractive else { return true }
                guard case .line(let answer) = reader.readLine(prompt: "create the \(provider.displayName) job for \(targetModel)? [y/N] ", rightPrompt: nil, prefill: nil)
                else { return false }
                return answer.lowercased().hasPrefix("y")
            })
            lastJobID = job.id
            sayFromServer("created \(job.id) (\(job.status)); /watch to follow it")
        } catch {
            refuse(error)
        }
    }

    func listJobs() async {
        guard hasProvider, let provider else { return }
        do {
            let jobs = try await provider.listJobs(limit: 10)
            if jobs.isEmpty { return say("no jobs yet; /train creates one") }
            for job in jobs { sayFromServer("\(job.id)  \(job.status)  \(job.model)  \(job.fineTunedModel ?? "")") }
        } catch {
            fail(error.localizedDescription)
        }
    }

    /// Follows a job until it ends (Ctrl-C stops watching, not the job).
    func watch(_ id: String?) async {
        guard hasProvider, let provider else { return }
        guard let id else { return fail("usage: /watch JOB (no job created in this session)") }
        let output = self.output
        let style = self.style
        let watching = Task { () -> FineTuningJob? in
            var last: FineTuningJob?
            for try await update in JobWatcher(provider: provider, interval: configuration.watchInterval).watch(jobID: id) {
                switch update {
                case .status(let job): output.write("status: \(TerminalSafeText.neutralized("\(job.status)"))\n")
                case .event(let event):
                    if let metrics = event.metrics, let step = metrics.step {
                        output.write(style.dim("step \(step)\(metrics.totalSteps.map { "/\($0)" } ?? "")  train loss \(metrics.trainLoss.map { String(format: "%.4f", $0) } ?? "-")") + "\n")
                    } else {
                        output.write(style.dim(TerminalSafeText.neutralized(event.message)) + "\n")
                    }
                case .finished(let job): last = job
                }
            }
            return last
        }
        let interrupt = interrupts.map { source in Task { await source.next(); watching.cancel() } }
        let result = await watching.result
        interrupt?.cancel()
        switch result {
        case .success(let job?) where job.status == .succeeded:
            let model = job.fineTunedModel ?? "?"
            sayFromServer("fine-tuned model: \(model)")
            sayFromServer("/use \(model) to chat with it; \(provider.howToChat(with: model))")
        case .success(let job?):
            fail("job \(job.id) \(job.status)\(job.error.map { ": \($0)" } ?? "")")
        case .success(nil):
            break
        case .failure where watching.isCancelled:
            note("stopped watching; the job goes on (/watch \(id) to follow it again)")
        case .failure(let error):
            fail(error.localizedDescription)
        }
    }

    func cancel(_ id: String) async {
        guard hasProvider, let provider else { return }
        do {
            sayFromServer("\(id): \(try await provider.cancelJob(id: id).status)")
        } catch {
            fail(error.localizedDescription)
        }
    }
}
