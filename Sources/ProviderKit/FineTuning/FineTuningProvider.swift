/// Everything after "save", provider-neutral: files, jobs, their events and checkpoints, and how
/// to chat with the result. The shell and the commands see fine-tuning only through this.
public protocol FineTuningProvider: Sendable {
    /// For messages: "OpenAI", "Together".
    var displayName: String { get }

    /// Uploads a training or validation file; `progress` gets (bytes sent, total).
    func uploadFile(path: String, progress: (@Sendable (Int64, Int64) -> Void)?) async throws -> ProviderFile
    func listFiles() async throws -> [ProviderFile]
    func file(id: String) async throws -> ProviderFile
    func deleteFile(id: String) async throws

    /// Problems the provider's own file rules find, as "line N: ..." (checked before upload).
    func localFileProblems(path: String) throws -> [String]

    /// What exactly this request would cost: the same epochs, method and files as the job it
    /// creates. `autoEpochs` is the validation report's count for providers that resolve "auto"
    /// the way OpenAI does. Throws, saying why, when no estimate can be made.
    func estimatePrice(_ request: JobRequest, trainingTokens: Int?, autoEpochs: Int?) async throws -> PriceEstimate
    /// Checks a request against the model's limits before anything is sent.
    func checkLimits(_ request: JobRequest) async throws
    func createJob(_ request: JobRequest) async throws -> FineTuningJob
    func listJobs(limit: Int) async throws -> [FineTuningJob]
    func job(id: String) async throws -> FineTuningJob
    func cancelJob(id: String) async throws -> FineTuningJob
    func pauseJob(id: String) async throws -> FineTuningJob
    func resumeJob(id: String) async throws -> FineTuningJob
    /// The job's events, oldest first.
    func events(jobID: String) async throws -> [JobEvent]
    func checkpoints(jobID: String) async throws -> [JobCheckpoint]

    /// Deletes a fine-tuned model the account owns.
    func deleteModel(_ name: String) async throws

    /// After a job succeeded: one plain sentence on how to chat with `model` from `place`.
    func howToChat(with model: String, in place: ChatPlace) -> String

    /// The chat API that serves this provider's models, fine-tuned ones included (for /use).
    var chat: any ChatProvider { get }
}

/// Where the author goes on to chat with a model: the shell (`/use MODEL`) or the command line
/// (`tunesmith chat --model MODEL`). Each says only its own way, once.
public enum ChatPlace: Sendable {
    case shell
    case commandLine
}
