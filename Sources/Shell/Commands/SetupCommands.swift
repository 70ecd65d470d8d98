import Dataset
import Models
import Tokenizers

/// /persona NAME | /persona save NAME
struct PersonaCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "persona", usage: "/persona NAME | /persona save NAME", summary: "load a persona, or save the current one", completion: .persona)
    enum Action { case load(String), save(String) }
    let action: Action
    init(_ arguments: CommandArguments) throws(CommandUsage) {
        let words = arguments.words
        if words.first == "save", words.count == 2 {
            action = .save(words[1])
        } else if words.count == 1 {
            action = .load(words[0])
        } else {
            throw CommandUsage(Self.self)
        }
    }

    func run(_ session: inout Session, _ shell: ShellContext) async {
        switch action {
        case .load(let name):
            guard let found = shell.personas.load(name) else {
                return shell.fail("no persona \"\(name)\"; known: \(shell.personas.names.joined(separator: ", "))")
            }
            session.apply(found, shell)
            shell.say("persona \(found.name): \(TerminalSafeText.neutralized(found.system))")
        case .save(let name):
            guard PersonaStore.isValidName(name) else { return shell.fail("a persona name is letters, digits, - and _") }
            guard let system = session.draft.system else { return shell.fail("set a system message first (/system TEXT)") }
            let saved = Persona(name: name, system: system, examples: session.persona?.examples ?? [], model: session.chatModel,
                                temperature: session.settings.temperature)
            do {
                try shell.personas.save(saved)
                session.persona = saved
                shell.say("saved persona \(name)")
            } catch {
                shell.fail("cannot save the persona: \(error.localizedDescription)")
            }
        }
    }
}

/// /personas
struct PersonasCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "personas", usage: "/personas", summary: "list the personas", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async {
        shell.say(shell.personas.names.map { $0 == session.persona?.name ? "\($0) (in use)" : $0 }.joined(separator: "\n"))
    }
}

/// /target M
struct TargetCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "target", usage: "/target M", summary: "the model to fine-tune (encoding, limit, price)", completion: .trainableModel)
    let model: String
    init(_ arguments: CommandArguments) throws(CommandUsage) { model = try arguments.exactly(1, for: Self.self)[0] }
    func run(_ session: inout Session, _ shell: ShellContext) async { await session.retarget(model, shell) }
}

/// /provider NAME, or /provider alone for the one in use.
struct ProviderCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "provider", usage: "/provider NAME", summary: "fine-tune with another provider (Tab lists them)", completion: .provider)
    /// nil: say which provider is in use.
    let name: String?
    init(_ arguments: CommandArguments) { name = arguments.words.count == 1 ? arguments.words[0] : nil }
    func run(_ session: inout Session, _ shell: ShellContext) async {
        guard let name else { return shell.say("fine-tuning with \(session.provider?.displayName ?? "no provider")") }
        guard let providerFactory = shell.providerFactory else { return shell.fail("no providers are configured") }
        do {
            let provider = try providerFactory(name)
            session.provider = provider
            shell.say("fine-tuning with \(provider.displayName): /upload, /train, /jobs, /watch and /cancel go there")
            await session.followProvider(shell)
        } catch {
            shell.fail(error.localizedDescription)
        }
    }
}
