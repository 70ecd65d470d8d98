import Foundation
import ProviderKit
import Workflows

/// /watch [JOB]: follows a job until it ends (Ctrl-C stops watching, not the job).
struct WatchCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "watch", usage: "/watch [JOB]", summary: "follow a job until it ends", completion: .jobID)
    static var needsProvider: Bool { true }
    /// nil: the job this session created, else the newest job still going.
    let job: String?
    init(_ arguments: CommandArguments) { job = arguments.words.first }

    func run(_ session: inout Session, _ shell: ShellContext) async {
        guard let provider = session.provider else { return }
        var named = job ?? session.lastJobID
        if named == nil {
            do {
                named = try await RunningJob.newest(with: provider)?.id
            } catch {
                return shell.fail(error.localizedDescription)
            }
            guard let found = named else { return shell.fail("no \(provider.displayName) job is still going; name one: /watch JOB (/jobs lists them)") }
            shell.note("following \(found), the newest job still going")
        }
        guard let id = named else { return }
        let output = shell.output
        let style = shell.style
        let interval = shell.configuration.watchInterval
        let watching = Task { () -> FineTuningJob? in
            var last: FineTuningJob?
            for try await update in JobWatcher(provider: provider, interval: interval).watch(jobID: id) {
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
        let interrupt = shell.interrupts.map { source in Task { await source.next(); watching.cancel() } }
        let result = await watching.result
        interrupt?.cancel()
        switch result {
        case .success(let job?) where job.status == .succeeded:
            let model = job.fineTunedModel ?? "?"
            shell.sayFromServer("fine-tuned model: \(model)")
            shell.sayFromServer("/use \(model) to chat with it; \(provider.howToChat(with: model))")
        case .success(let job?):
            shell.fail("job \(job.id) \(job.status)\(job.error.map { ": \($0)" } ?? "")")
        case .success(nil):
            break
        case .failure where watching.isCancelled:
            shell.note("stopped watching; the job goes on (/watch \(id) to follow it again)")
        case .failure(let error):
            shell.fail(error.localizedDescription)
        }
    }
}
