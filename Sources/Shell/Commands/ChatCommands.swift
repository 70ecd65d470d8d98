import Dataset
/// /retry [N]
struct RetryCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "retry", usage: "/retry [N]", summary: "regenerate the last reply, or ask for N candidates", completion: .number)
    let count: Int?
    init(_ arguments: CommandArguments) throws(CommandUsage) { count = try arguments.optionalNumber(for: Self.self) }
    func run(_ session: inout Session, _ shell: ShellContext) async { await session.retry(count, shell) }
}

/// /pick K
struct PickCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "pick", usage: "/pick K", summary: "use candidate K as the reply", completion: .number)
    let candidate: Int
    init(_ arguments: CommandArguments) throws(CommandUsage) { candidate = try arguments.number(for: Self.self) }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.pick(candidate, shell) }
}

/// /compare MODEL_A MODEL_B
struct CompareCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "compare", usage: "/compare MODEL_A MODEL_B", summary: "the last user turn to two models, side by side", completion: .chatModel)
    let models: (String, String)
    init(_ arguments: CommandArguments) throws(CommandUsage) {
        let words = try arguments.exactly(2, for: Self.self)
        models = (words[0], words[1])
    }

    func run(_ session: inout Session, _ shell: ShellContext) async { await session.compare(models.0, models.1, shell) }
}

/// /model M
struct ModelCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "model", usage: "/model M", summary: "the chat model", completion: .model)
    let model: String
    init(_ arguments: CommandArguments) throws(CommandUsage) { model = try arguments.exactly(1, for: Self.self)[0] }
    func run(_ session: inout Session, _ shell: ShellContext) async {
        session.chatModel = model
        session.chatClient = shell.defaultChatClient
        shell.say("chatting with \(model)" + (session.isOnline ? "" : " (offline: start without --offline and with a key to chat)"))
    }
}

/// /use MODEL: chats with it through the fine-tuning provider's chat API (a fine-tuned model, or
/// a Together endpoint), else through the default one.
struct UseCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "use", usage: "/use MODEL", summary: "chat with a (fine-tuned) model through the provider", completion: .fineTunedModel)
    let model: String
    init(_ arguments: CommandArguments) throws(CommandUsage) { model = try arguments.exactly(1, for: Self.self)[0] }
    func run(_ session: inout Session, _ shell: ShellContext) async {
        session.chatModel = model
        if !shell.configuration.offline, let provider = session.provider {
            session.chatClient = provider.chat
        }
        shell.say("chatting with \(model)" + (session.provider.map { " through \($0.displayName)" } ?? "") + (session.isOnline ? "" : " (offline)"))
    }
}

/// /set KEY VALUE, or /set alone for the settings.
struct SetCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "set", usage: "/set KEY VALUE", summary: "temperature, top_p, max_tokens, n, seed", completion: .setting)
    /// nil: show the settings.
    let change: (key: String, value: String)?
    init(_ arguments: CommandArguments) throws(CommandUsage) {
        if arguments.words.isEmpty {
            change = nil
        } else {
            let words = try arguments.exactly(2, for: Self.self)
            change = (words[0], words[1])
        }
    }

    func run(_ session: inout Session, _ shell: ShellContext) async {
        guard let change else { return shell.say(session.settings.summary) }
        if let problem = session.settings.set(change.key, change.value) { shell.fail(problem) } else { shell.say(session.settings.summary) }
    }
}
