import ArgumentParser
import Foundation
import ProviderKit
import Shell
import Workflows

struct JobsWatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Follow a job live until it ends, then print the new model's name.",
        discussion: "Exit status: 0 when the job succeeded, 1 when it failed or was cancelled."
    )

    @Argument(help: "The job id (default: the newest job that is still going).") var id: String?
    @Option(help: "Seconds between polls.") var interval: Double = 10
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let provider = try connection.fineTuning()
        let id: String
        if let named = self.id {
            id = named
        } else {
            guard let newest = try await RunningJob.newest(with: provider) else {
                throw CommandFailure("no \(provider.displayName) job is still going; name one: tunesmith jobs watch ID (`tunesmith jobs list` shows them)")
            }
            id = newest.id
            Terminal.writeError(TerminalSafeText.neutralized("following \(id), the newest job still going\n"))
        }
        var out = OutputBuffer()
        for try await update in JobWatcher(provider: provider, interval: interval).watch(jobID: id) {
            switch update {
            case .status(let job):
                out.write("\(JobText.time(Date()))  status: \(TerminalSafeText.neutralized("\(job.status)"))\n")
            case .event(let event):
                out.write(JobText.line(for: event) + "\n")
            case .finished(let job):
                switch job.status {
                case .succeeded:
                    let model = job.fineTunedModel ?? "(no model name given)"
                    out.write("fine-tuned model: \(TerminalSafeText.neutralized(model))\n")
                    out.flush()
                    Terminal.writeError(TerminalSafeText.neutralized(provider.howToChat(with: model)) + "\n")
                default:
                    out.flush()
                    throw CommandFailure("job \(job.id) \(job.status)\(job.error.map { ": \($0)" } ?? "")")
                }
            }
            out.flush()
        }
    }
}
