import Models
import ProviderKit

/// How a shell starts.
public struct ShellConfiguration: Sendable {
    public var datasetPath: String
    public var chatModel: String
    /// The model to fine-tune; nil: the chat model when it is fine-tunable, else `defaultTarget`.
    public var targetModel: String?
    public var persona: String?
    public var system: String?
    /// No chatting: the author writes the assistant replies.
    public var offline: Bool
    /// `$XDG_STATE_HOME/tunesmith`: autosaved drafts.
    public var stateDirectory: String
    /// `$XDG_CONFIG_HOME/tunesmith`: personas.
    public var configDirectory: String
    /// Strings that must never reach the history (API keys).
    public var secrets: [String]
    /// Colour in prompts and output.
    public var color: Bool
    /// Seconds between polls in /watch.
    public var watchInterval: Double
    /// Columns for /compare.
    public var columns: Int
    /// `--yes`: a script may run the commands that spend money or delete data (/train, /upload,
    /// /cancel, /delete); without it a script is refused them.
    public var assumeYes: Bool
    /// `--restore-draft`: start with the newest draft a gone session left, without asking.
    public var restoreDraft: Bool
    /// The day deadlines are measured from (pinned by tests).
    public var today: CalendarDay = .today
    /// The providers `/provider` offers, whose keys never reach the history.
    public var providers = ProviderRegistry([])

    public static let defaultTarget = "gpt-4.1-mini"
    public static let firstGoal = 50

    public init(datasetPath: String, chatModel: String, targetModel: String? = nil, persona: String? = nil, system: String? = nil,
                offline: Bool, stateDirectory: String, configDirectory: String, secrets: [String] = [], color: Bool = false,
                watchInterval: Double = 10, columns: Int = 100, assumeYes: Bool = false, restoreDraft: Bool = false) {
        self.datasetPath = datasetPath
        self.chatModel = chatModel
        self.targetModel = targetModel
        self.persona = persona
        self.system = system
        self.offline = offline
        self.stateDirectory = stateDirectory
        self.configDirectory = configDirectory
        self.secrets = secrets
        self.color = color
        self.watchInterval = watchInterval
        self.columns = columns
        self.assumeYes = assumeYes
        self.restoreDraft = restoreDraft
    }
}
