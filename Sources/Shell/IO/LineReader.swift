import Synchronization

/// What reading one line gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C at the prompt: the line is dropped; `typed` is what it held.
    case interrupted(typed: String)
    /// Ctrl-D or the end of piped input.
    case endOfInput
}

/// The shell's only way to read from the person: a line editor on a terminal, a plain reader on
/// a pipe, a script in tests.
public protocol LineReader: AnyObject {
    /// Whether a person is typing (prompts, colour and the live count are shown only then).
    var isInteractive: Bool { get }
    /// Reads a line. `rightPrompt` gets the text typed so far and returns the right prompt;
    /// `prefill` is put on the line first, ready to edit.
    func readLine(prompt: String, rightPrompt: ((String) -> String)?, prefill: String?) -> LineInput
    /// Remembers a line in the history.
    func addHistory(_ line: String)
    /// Tab completion: gets the text before the cursor, returns candidate replacements of its last word.
    var completer: ((String) -> [String])? { get set }
}

/// Where the shell's text goes (stdout in the product, a string in tests).
public protocol ShellOutput: AnyObject, Sendable {
    func write(_ text: String)
    /// Errors and notes that are not the output itself (stderr in the product).
    func writeError(_ text: String)
}

/// Output kept in memory, for tests and for rendering into a string.
public final class CapturedOutput: ShellOutput {
    private let captured = Mutex((text: "", errors: ""))
    public init() {}
    /// Everything, in order.
    public var text: String { captured.withLock { $0.text } }
    /// What went to the error stream.
    public var errors: String { captured.withLock { $0.errors } }
    public func write(_ text: String) { captured.withLock { $0.text += text } }
    public func writeError(_ text: String) {
        captured.withLock {
            $0.text += text
            $0.errors += text
        }
    }
}

/// Opens text in the person's editor ($VISUAL / $EDITOR) and returns what they saved, or nil when
/// the editor failed; throws `EditedTextRefused` when what was saved cannot be taken as it is.
public protocol TextEditing: Sendable {
    func edit(_ text: String) throws(EditedTextRefused) -> String?
}

/// Why an edit was not taken (its text is not UTF-8, say), in words that say what to do.
public struct EditedTextRefused: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Ctrl-C while the shell is busy (a reply streaming, a job being watched).
public protocol InterruptSource: Sendable {
    /// Waits for the next interrupt.
    func next() async
}
