import Models
import Dataset
import ProviderKit
import Tokenizers

/// The shell's fixed parts, as the commands see them: how it was started, where it reads and
/// speaks, the dataset file, the personas, the token counts and the targets. Nothing here is the
/// author's state (that is `Session`).
struct ShellContext {
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

    var output: ShellOutput { console.output }
    var style: Style { console.style }
    var isInteractive: Bool { reader.isInteractive }

    func say(_ text: String) { console.say(text) }
    func fail(_ text: String) { console.fail(text) }
    func note(_ text: String) { console.note(text) }
    func warn(_ text: String) { console.warn(text) }
    func sayFromServer(_ text: String) { console.sayFromServer(text) }
}
