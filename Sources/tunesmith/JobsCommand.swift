import ArgumentParser
import Foundation
import ProviderKit
import Shell

struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "Create, follow and manage fine-tuning jobs.",
        subcommands: [JobsCreateCommand.self, List.self, Show.self, Events.self, Checkpoints.self, Cancel.self, Pause.self,
                      Resume.self, JobsWatchCommand.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List recent jobs, newest first.")
        @Option(help: "How many jobs.") var limit = 20
        @Flag(help: "Print the server's objects as JSON.") var json = false
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let jobs = try await connection.fineTuning().listJobs(limit: limit)
            if json { return JSONOutput.printList(jobs.map(\.raw)) }
            Table(["ID", "STATUS", "MODEL", "CREATED", "FINE-TUNED MODEL"], jobs.map {
                [$0.id, "\($0.status)", $0.model, Table.date($0.createdAt), $0.fineTunedModel ?? ""]
            }).print()
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one job.")
        @Argument(help: "The job id.") var id: String
        @Flag(help: "Print the server's object as JSON.") var json = false
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let job = try await connection.fineTuning().job(id: id)
            if json { return JSONOutput.print(job.raw) }
            JobText.printDetails(job)
        }
    }

    struct Events: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A job's events, oldest first.")
        @Argument(help: "The job id.") var id: String
        @Flag(help: "Print the server's objects as JSON.") var json = false
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let events = try await connection.fineTuning().events(jobID: id)
            if json { return JSONOutput.printList(events.map(\.raw)) }
            var out = OutputBuffer()
            for event in events { out.write(JobWatchDisplay.line(for: event) + "\n") }
            out.flush()
        }
    }

    struct Checkpoints: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A job's checkpoints.")
        @Argument(help: "The job id.") var id: String
        @Flag(help: "Print the server's objects as JSON.") var json = false
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let checkpoints = try await connection.fineTuning().checkpoints(jobID: id)
            if json { return JSONOutput.printList(checkpoints.map(\.raw)) }
            Table(["STEP", "TRAIN LOSS", "VALID LOSS", "MODEL"], checkpoints.map {
                [$0.step.map(String.init) ?? "", JobText.number($0.trainLoss), JobText.number($0.validLoss), $0.model ?? $0.id]
            }).print()
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a job.")
        @Argument(help: "The job id.") var id: String
        @OptionGroup var connection: ConnectionOptions
        func run() async throws { print(TerminalSafeText.neutralized("\(id)  \(try await connection.fineTuning().cancelJob(id: id).status)")) }
    }

    struct Pause: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pause a running job.")
        @Argument(help: "The job id.") var id: String
        @OptionGroup var connection: ConnectionOptions
        func run() async throws { print(TerminalSafeText.neutralized("\(id)  \(try await connection.fineTuning().pauseJob(id: id).status)")) }
    }

    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Resume a paused job.")
        @Argument(help: "The job id.") var id: String
        @OptionGroup var connection: ConnectionOptions
        func run() async throws { print(TerminalSafeText.neutralized("\(id)  \(try await connection.fineTuning().resumeJob(id: id).status)")) }
    }
}

/// How jobs and their events read as text.
enum JobText {
    static func number(_ value: Double?) -> String { JobWatchDisplay.number(value) }

    static func printDetails(_ job: FineTuningJob) {
        let rows: [(String, String?)] = [
            ("id", job.id), ("status", "\(job.status)"), ("model", job.model), ("fine-tuned", job.fineTunedModel),
            ("training", job.trainingFile), ("validation", job.validationFile), ("epochs", job.epochs.map(String.init)),
            ("tokens", job.trainedTokens.map(String.init)), ("created", Table.date(job.createdAt)),
            ("finished", job.finishedAt.map { Table.date($0) }), ("error", job.error),
        ]
        for (key, value) in rows where value != nil && value != "" {
            print("\(key.padding(toLength: 11, withPad: " ", startingAt: 0)) \(TerminalSafeText.neutralized(value!))")
        }
    }
}
