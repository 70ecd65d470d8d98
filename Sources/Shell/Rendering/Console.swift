/// Where the shell speaks: its output, in its style, remembering whether any error was said (a
/// script's run then exits 1).
@ShellActor
final class Console {
    let output: ShellOutput
    let style: Style
    /// A command failed or was refused.
    private(set) var failed = false

    init(output: ShellOutput, style: Style) {
        self.output = output
        self.style = style
    }

    func say(_ text: String) { output.write(text + "\n") }
    /// Errors, notes and warnings often carry a server's words (its error messages, a job's
    /// error), so they are always neutralised; `say` lines are styled, so theirs are at the call.
    func fail(_ text: String) {
        failed = true
        output.writeError(style.red("error:") + " " + TerminalSafeText.neutralized(text) + "\n")
    }
    func note(_ text: String) { output.write(style.dim(TerminalSafeText.neutralized(text)) + "\n") }
    /// A note that is not the script's output (standard error when piped).
    func warn(_ text: String) { output.writeError(style.dim("note: " + TerminalSafeText.neutralized(text)) + "\n") }
    /// A line that holds a server's words (names, ids, statuses, event messages).
    func sayFromServer(_ text: String) { say(TerminalSafeText.neutralized(text)) }
}
