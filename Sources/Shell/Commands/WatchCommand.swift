import Foundation
import ProviderKit
import Workflows

/// /watch [JOB]: follows a job until it ends, with the loss charted as it falls (Ctrl-C stops
/// watching, not the job).
struct WatchCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "watch", usage: "/watch [JOB]", summary: "follow a job until it ends, charting its loss", completion: .jobID)
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
        let display = JobWatchDisplay(columns: shell.configuration.columns, live: shell.isInteractive)
        switch await JobFollowing.follow(id, provider: provider, interval: shell.configuration.watchInterval, display: display,
                                         interrupts: shell.interrupts, write: { output.write($0) }) {
        case .finished(let job) where job.status == .succeeded:
            let model = job.fineTunedModel ?? "?"
            shell.sayFromServer("fine-tuned model: \(model)")
            shell.sayFromServer(provider.howToChat(with: model, in: .shell))
        case .finished(let job):
            shell.fail("job \(job.id) \(job.status)\(job.error.map { ": \($0)" } ?? "")")
        case .stopped:
            shell.note("stopped watching; the job goes on (\(id)); /watch \(id) follows it again")
        case .failed(let error):
            shell.fail(error.localizedDescription)
        }
    }
}
