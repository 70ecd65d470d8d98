/// Every command the shell has. /help lists these, Tab completes them, and a `/name` line runs
/// the one whose name (or alias) it is: one list, so they cannot drift apart.
@ShellActor
enum CommandTable {
    static let commands: [any SlashCommand.Type] = [
        SystemCommand.self, PersonaCommand.self, PersonasCommand.self, ModelCommand.self, TargetCommand.self, SetCommand.self,
        RetryCommand.self, PickCommand.self, KeepCommand.self, RejectCommand.self, EditCommand.self, EditInEditorCommand.self,
        ReplyCommand.self, UndoCommand.self, ShowCommand.self, TokensCommand.self, SaveCommand.self, SaveOverLimitCommand.self, PreferCommand.self,
        NewCommand.self, ListCommand.self, OpenCommand.self, DeleteCommand.self, ValidateCommand.self, SplitCommand.self,
        UploadCommand.self, TrainCommand.self, JobsCommand.self, WatchCommand.self, CancelCommand.self, UseCommand.self,
        ProviderCommand.self, CompareCommand.self, ImportCommand.self, NextCommand.self, SkipCommand.self, QueueCommand.self,
        EvalCommand.self, HelpCommand.self, QuitCommand.self,
    ]

    static var specs: [CommandSpec] { commands.map { $0.spec } }

    /// The command `name` runs (its name or an alias).
    static func command(named name: String) -> (any SlashCommand.Type)? {
        commands.first { $0.spec.name == name || $0.spec.aliases.contains(name) }
    }

    static func spec(named name: String) -> CommandSpec? { command(named: name)?.spec }

    /// Runs one `/command args` line.
    static func run(_ line: String, _ session: inout Session, _ shell: ShellContext) async {
        let body = String(line.dropFirst())
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        // Offline, a reply that starts with / reads as a command; say how to write it as text.
        let asReply = session.awaitingReply ? "; if the line was the reply, write it as /\(line)" : ""
        guard let command = command(named: name) else {
            let guess = closest(to: name)
            return shell.fail("unknown command /\(name); did you mean /\(guess.name)? usage: \(guess.usage)\(asReply)")
        }
        if let effect = command.spec.unconfirmedEffect, !shell.isInteractive, !shell.configuration.assumeYes {
            return shell.fail("/\(name) \(effect), so a script runs it only when tunesmith is started with --yes\(asReply)")
        }
        if command.needsProvider, !session.hasProvider(shell) { return }
        do throws(CommandUsage) {
            let parsed = try command.init(CommandArguments(argument))
            await parsed.run(&session, shell)
        } catch {
            shell.fail(error.message)
        }
    }

    /// The command a mistyped name most likely meant.
    static func closest(to name: String) -> CommandSpec {
        specs.min { distance($0.name, name) < distance($1.name, name) }!
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
