import Foundation

/// /help [CMD]
struct HelpCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "help", usage: "/help [CMD]", summary: "this list, or one command", completion: .command)
    /// nil: every command.
    let command: String?
    init(_ arguments: CommandArguments) { command = arguments.text.isEmpty ? nil : arguments.text }

    func run(_ session: inout Session, _ shell: ShellContext) async {
        if let command {
            let key = command.hasPrefix("/") ? String(command.dropFirst()) : command
            guard let spec = CommandTable.specs.first(where: { $0.name == key }) else { return shell.fail("no command /\(key); /help lists them") }
            return shell.say("\(spec.usage)\n  \(spec.summary)")
        }
        shell.say("Type a message to add a user turn" + (session.isOnline ? " (the reply streams in)." : "; then write the ideal reply."))
        shell.say("\"\"\" opens a multi-line block, closed by \"\"\". Tab completes commands and their arguments.")
        shell.say("A line that starts with / is a command; write // for text that starts with / (//etc/hosts is the text /etc/hosts).")
        shell.say("A draft left by a shell that ended is offered at the start; `tunesmith FILE --restore-draft` restores the newest.")
        for spec in CommandTable.specs {
            shell.say("  " + spec.usage.padding(toLength: 48, withPad: " ", startingAt: 0) + shell.style.dim(spec.summary))
        }
    }
}

/// /quit (or /exit, /q)
struct QuitCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "quit", usage: "/quit", summary: "leave (the draft is kept)", completion: .none, aliases: ["exit", "q"])
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.leave(shell) }
}
