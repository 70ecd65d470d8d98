import ArgumentParser
import Foundation
import ProviderKit
import Shell
import Workflows

struct JobsWatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Follow a job live until it ends, charting its loss, then print the new model's name.",
        discussion: "Exit status: 0 when the job succeeded, 1 when it failed or was cancelled, 130 when you stop watching (Ctrl-C; the job goes on)."
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
        let display = JobWatchDisplay(columns: Terminal.columns, live: Terminal.standardOutputIsTerminal)
        switch await JobFollowing.follow(id, provider: provider, interval: interval, display: display, interrupts: CtrlC(),
                                         write: { FileHandle.standardOutput.write(Data($0.utf8)) }) {
        case .finished(let job) where job.status == .succeeded:
            let model = job.fineTunedModel ?? "(no model name given)"
            print("fine-tuned model: \(TerminalSafeText.neutralized(model))")
            Terminal.writeError(TerminalSafeText.neutralized(provider.howToChat(with: model, in: .commandLine)) + "\n")
        case .finished(let job):
            throw CommandFailure("job \(job.id) \(job.status)\(job.error.map { ": \($0)" } ?? "")")
        case .stopped:
            Terminal.writeError(TerminalSafeText.neutralized("stopped watching; the job goes on (\(id)); `tunesmith jobs watch \(id)` follows it again\n"))
            throw ExitCode(130)
        case .failed(let error):
            throw error
        }
    }
}
