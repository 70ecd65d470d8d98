import Dataset
import Models
import ProviderKit
import Tokenizers

/// The author's state: the draft and what it is written for (persona, chat model, target,
/// providers, settings), and what the session remembers (example count, last file and job). A
/// value: the shell owns one, and a command gets it `inout` beside the shell's fixed parts.
@ShellActor
struct Session {
    /// Every change is autosaved at once, so a crash mid-command loses nothing.
    var draft: Draft {
        didSet { keeper.keep(draft) }
    }
    let keeper: DraftKeeper
    var persona: Persona?
    var chatModel: String
    /// nil: offline (the author writes the replies).
    var chatClient: (any ChatProvider)?
    var targetModel: String
    /// The target with its counting loaded: the catalog's entry, and the encoding or chat format.
    var target: ResolvedTarget
    var provider: (any FineTuningProvider)?
    var settings = ChatSettings()
    var exampleCount = 0
    /// Offline, the next line is the assistant's reply.
    var awaitingReply = false
    var lastFileID: String?
    var lastJobID: String?
    /// The draft as /open loaded it (or empty after a save): a draft still equal to it holds no
    /// unsaved work, so it may be replaced without asking.
    var draftAsLoaded = Draft()
    /// The last save, replacement or deletion, which /undo takes back.
    var lastFileChange: FileChange?
    /// /quit or the end of input.
    var finished = false

    var isOnline: Bool { chatClient != nil }

    /// The longest example the target trains (supervised, LoRA where there is a choice).
    var limit: Int { target.limit() ?? ModelCatalog.info(for: targetModel)?.maxTokensPerExample ?? 65_536 }

    static func counting(_ target: ResolvedTarget) -> ExampleCounting {
        switch target.counting {
        case .openAI(let encoding): .cookbook(encoding)
        case .chatFormat(let format): .rendered(RenderedCounting(format))
        }
    }

    mutating func apply(_ persona: Persona, _ shell: ShellContext) {
        self.persona = persona
        draft.system = persona.system
        if let model = persona.model, shell.configuration.chatModel == ShellConfiguration.defaultTarget { chatModel = model }
        if let temperature = persona.temperature { settings.temperature = temperature }
    }

    /// Says once per target when its provider stops training or serving it within 30 days.
    func warnAboutDeadline(_ shell: ShellContext) {
        guard let model = target.model, let warning = shell.targets.catalog.deadlineWarning(for: model, today: shell.configuration.today) else { return }
        shell.warn(warning)
    }

    mutating func leave(_ shell: ShellContext) {
        finished = true
        if draft.isEmpty {
            if shell.isInteractive { shell.say("") }
        } else if let failure = keeper.failure {
            shell.fail("the draft is not saved (\(Numbers.plural(draft.numbered.count, "message"))) and could not be kept (\(failure)); it is lost")
        } else {
            let back = shell.isInteractive ? "and comes back next time" : "(`tunesmith \(ShellQuoting.path(shell.configuration.datasetPath)) --restore-draft` brings it back)"
            shell.say("\nthe draft is not saved (\(Numbers.plural(draft.numbered.count, "message"))); it is kept \(back)")
        }
    }
}
