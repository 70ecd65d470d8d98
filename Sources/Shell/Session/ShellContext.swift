import Models
import Dataset
import ProviderKit
import Tokenizers

/// The shell's fixed parts, as the commands see them: how it was started, where it reads and
/// speaks, the dataset file, the personas, the token counts and the targets. Nothing here is the
/// author's state (that is `Session`). A class isolated to the shell's actor, so a closure that
/// hops back to it (a confirmation asked in the middle of a workflow) can hold it.
@ShellActor
final class ShellContext {
    let configuration: ShellConfiguration
    let reader: LineReader
    let console: Console
    let file: DatasetFile
    let personas: PersonaStore
    /// Counts for the session's target; /target switches its counting.
    let tokens: TokenCache
    let targets: TargetResolver
    let editor: TextEditing?
    let interrupts: InterruptSource?
    /// The chat API for /model; /use may switch the session to the provider's.
    let defaultChatClient: (any ChatProvider)?
    let providerFactory: (@Sendable (String) throws -> any FineTuningProvider)?
    /// The provider's recent jobs, for Tab after /use, /compare, /watch and /cancel.
    let jobsCache = ProviderJobsCache()
    /// Shows /eval's side-by-side view; nil: it is printed.
    let pager: TextPaging?

    init(configuration: ShellConfiguration, reader: LineReader, console: Console, file: DatasetFile, personas: PersonaStore,
         tokens: TokenCache, targets: TargetResolver, editor: TextEditing?, interrupts: InterruptSource?,
         defaultChatClient: (any ChatProvider)?, providerFactory: (@Sendable (String) throws -> any FineTuningProvider)?, pager: TextPaging? = nil) {
        self.configuration = configuration
        self.reader = reader
        self.console = console
        self.file = file
        self.personas = personas
        self.tokens = tokens
        self.targets = targets
        self.editor = editor
        self.interrupts = interrupts
        self.defaultChatClient = defaultChatClient
        self.providerFactory = providerFactory
        self.pager = pager
    }

    var output: ShellOutput { console.output }
    var style: Style { console.style }
    var isInteractive: Bool { reader.isInteractive }

    func say(_ text: String) { console.say(text) }
    func fail(_ text: String) { console.fail(text) }
    func note(_ text: String) { console.note(text) }
    func warn(_ text: String) { console.warn(text) }
    func sayFromServer(_ text: String) { console.sayFromServer(text) }

    /// A yes/no question; a script's answer is yes (it runs such commands only with --yes).
    func confirm(_ question: String) -> Bool {
        guard isInteractive else { return true }
        guard case .line(let answer) = reader.readLine(prompt: question, rightPrompt: nil, prefill: nil) else { return false }
        return answer.lowercased().hasPrefix("y")
    }
}
