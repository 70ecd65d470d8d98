import Foundation
import ProviderKit
import Workflows

/// /upload [FILE]
struct UploadCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "upload", usage: "/upload [FILE]", summary: "validate and upload FILE (default: the dataset)", completion: .path,
                                  unconfirmedEffect: "sends the file to the provider")
    /// nil: the dataset.
    let path: String?
    init(_ arguments: CommandArguments) throws(CommandUsage) { path = try arguments.optionalWord(for: Self.self).map(localPath) }
    func run(_ session: inout Session, _ shell: ShellContext) async { await session.upload(path, shell) }
}

/// /train [--epochs N] [--suffix S] [--method dpo] [--lora-rank N | --full] [--whole]
struct TrainCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(
        name: "train", usage: "/train [--epochs N] [--suffix S] [--method dpo] [--lora-rank N | --full] [--whole]",
        summary: "create a fine-tuning job after showing the cost (after /split: on its files; --whole: on the whole file)", completion: .text,
        unconfirmedEffect: "creates a paid fine-tuning job")
    static var needsProvider: Bool { true }
    /// The options; the model and files are filled in when it runs.
    let options: JobRequest
    /// Train on the whole dataset even after /split.
    var whole = false

    init(_ arguments: CommandArguments) throws(CommandUsage) {
        let words = arguments.words
        var request = JobRequest(model: "", trainingFile: "")
        var k = 0
        while k < words.count {
            let value = k + 1 < words.count ? words[k + 1] : nil
            switch (words[k], value) {
            case ("--epochs", let v?) where Int(v) != nil: request.epochs = .value(Int(v)!)
            case ("--suffix", let v?): request.suffix = v
            case ("--method", let v?) where JobRequest.Method(rawValue: v) != nil: request.method = JobRequest.Method(rawValue: v)!
            case ("--lora-rank", let v?) where Int(v) != nil: request.loraRank = Int(v)!
            case ("--full", _): request.lora = false; k -= 1
            case ("--whole", _): whole = true; k -= 1
            default: throw CommandUsage(Self.self)
            }
            k += 2
        }
        options = request
    }

    func run(_ session: inout Session, _ shell: ShellContext) async {
        guard let provider = session.provider else { return }
        var request = options
        guard let model = session.targetID(shell) else { return shell.fail("not trained: " + (session.notTrainedHere(shell) ?? "")) }
        request.model = model
        let preferencePath = Session.preferencePath(shell.configuration)
        guard FileManager.default.fileExists(atPath: request.method == .dpo ? preferencePath : shell.configuration.datasetPath) else {
            return shell.fail(request.method == .dpo ? "no preference pairs yet; /prefer saves them" : "no examples yet; /save writes the first")
        }
        let files = request.method == .dpo ? (preferencePath, nil) : whole ? (shell.configuration.datasetPath, nil) : Session.trainingFiles(shell)
        guard let (path, validationPath) = files else { return }
        let launch = JobLaunch(provider: provider, check: session.fileCheck(shell),
                               uploads: UploadRecord(path: shell.configuration.stateDirectory + "/uploads.json"))
        let question = "create the \(provider.displayName) job for \(model)? [y/N] "
        let output = shell.output
        do {
            // The steps are said from the workflow's task; the question hops back to the shell's actor.
            let job = try await launch.run(request, trainingPath: path, validationPath: validationPath, step: { @Sendable step in
                func sayFromServer(_ text: String) { output.write(TerminalSafeText.neutralized(text) + "\n") }
                switch step {
                case .uploaded(let path, let file): sayFromServer("uploaded \(fileName(path)) as \(file.id)")
                case .reused(let path, let file): sayFromServer("\(fileName(path)) is already uploaded as \(file.id); using it")
                case .estimated(let estimate): sayFromServer(String(format: "estimated cost: $%.2f (%@)", estimate.usd, estimate.basis))
                case .noEstimate(let reason): sayFromServer("estimated cost: unknown (\(reason))")
                case .checked, .uploading: break
                }
            }, confirmUpload: { @Sendable [shell] paths in
                let names = paths.map(fileName).joined(separator: " and ")
                return await shell.confirm("\(provider.displayName) prices a job only once its files are uploaded: upload \(names) (no job is created yet)? [y/N] ")
            }, confirm: { @Sendable [shell] _, _ in await shell.confirm(question) })
            session.lastJobID = job.id
            shell.sayFromServer("created \(job.id) (\(job.status)); /watch to follow it")
        } catch {
            Session.refuse(error, shell)
        }
    }
}

/// /jobs
struct JobsCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "jobs", usage: "/jobs", summary: "recent fine-tuning jobs", completion: .none)
    static var needsProvider: Bool { true }
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async {
        guard let provider = session.provider else { return }
        do {
            let jobs = try await provider.listJobs(limit: 10)
            if jobs.isEmpty { return shell.say("no jobs yet; /train creates one") }
            for job in jobs { shell.sayFromServer("\(job.id)  \(job.status)  \(job.model)  \(job.fineTunedModel ?? "")") }
        } catch {
            shell.fail(error.localizedDescription)
        }
    }
}

/// /cancel JOB (default: the job this session created)
struct CancelCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "cancel", usage: "/cancel JOB", summary: "cancel a job", completion: .jobID,
                                  unconfirmedEffect: "stops a fine-tuning job")
    let job: String?
    init(_ arguments: CommandArguments) { job = arguments.words.first }
    func run(_ session: inout Session, _ shell: ShellContext) async {
        guard let id = job ?? session.lastJobID else { return shell.fail(CommandUsage(Self.self).message) }
        guard session.hasProvider(shell), let provider = session.provider else { return }
        do {
            shell.sayFromServer("\(id): \(try await provider.cancelJob(id: id).status)")
        } catch {
            shell.fail(error.localizedDescription)
        }
    }
}
