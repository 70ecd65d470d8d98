/// One `/command` of the shell: what /help and Tab know of it, how it reads its words, and what
/// it does. `CommandTable` lists the types, and help, completion and dispatch all come from that
/// list, so a command cannot be listed and not run, or run and not listed.
@ShellActor
protocol SlashCommand: Sendable {
    nonisolated static var spec: CommandSpec { get }
    /// Whether the command is refused before its words are read when no fine-tuning provider is set.
    static var needsProvider: Bool { get }
    /// Reads the words after the name; throws `CommandUsage` when they do not fit.
    init(_ arguments: CommandArguments) throws(CommandUsage)
    func run(_ session: inout Session, _ shell: ShellContext) async
}

extension SlashCommand {
    static var needsProvider: Bool { false }
}

/// One shell command as /help and Tab know it.
struct CommandSpec: Sendable {
    /// What Tab offers for the command's words.
    enum Completion: Sendable {
        case none, text, model, trainableModel, persona, number, exampleNumber, setting, jobID, provider, path, command
        /// The author's own fine-tuned models (from the provider's jobs) and the chat model.
        case fineTunedModel
        /// Those, and the catalog's models.
        case chatModel
    }

    let name: String
    let usage: String
    let summary: String
    let completion: Completion
    /// Other names that run it (not listed by /help or Tab).
    var aliases: [String] = []
    /// What the command does that a script may do only with --yes: spend money, or delete what
    /// cannot be got back. (A person is asked, or sees the command they typed.)
    var unconfirmedEffect: String?
}

/// The words after a command's name.
struct CommandArguments {
    /// Everything after the name, trimmed (for commands that take text).
    let text: String
    /// `text` split at spaces.
    let words: [String]

    init(_ text: String) {
        self.text = text
        words = text.split(separator: " ").map(String.init)
    }

    /// The first word as an optional number: nil when there is none, a usage error when it is not one.
    func optionalNumber<Command: SlashCommand>(for command: Command.Type) throws(CommandUsage) -> Int? {
        guard let first = words.first else { return nil }
        guard let number = Int(first) else { throw CommandUsage(command) }
        return number
    }

    /// The first word as a number, which must be there.
    func number<Command: SlashCommand>(for command: Command.Type) throws(CommandUsage) -> Int {
        guard let number = words.first.flatMap({ Int($0) }) else { throw CommandUsage(command) }
        return number
    }

    /// Exactly `count` words, else a usage error.
    func exactly<Command: SlashCommand>(_ count: Int, for command: Command.Type) throws(CommandUsage) -> [String] {
        guard words.count == count else { throw CommandUsage(command) }
        return words
    }

    /// At most one word.
    func optionalWord<Command: SlashCommand>(for command: Command.Type) throws(CommandUsage) -> String? {
        guard words.count <= 1 else { throw CommandUsage(command) }
        return words.first
    }
}

/// A command's words do not fit it: "usage: /pick K".
struct CommandUsage: Error {
    let message: String
    init(_ message: String) { self.message = message }
    init<Command: SlashCommand>(_ command: Command.Type) { message = "usage: \(command.spec.usage)" }
}
