import Dataset
/// /system [TEXT]
struct SystemCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "system", usage: "/system [TEXT]", summary: "show or set the system message (no text: edit it in $EDITOR)", completion: .text)
    let text: String?
    init(_ arguments: CommandArguments) { text = arguments.text.isEmpty ? nil : arguments.text }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.editSystem(text, shell) }
}

/// /keep [K]
struct KeepCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "keep", usage: "/keep [K]", summary: "mark reply K (default: last) good: trained on", completion: .number)
    let message: Int?
    init(_ arguments: CommandArguments) throws(CommandUsage) { message = try arguments.optionalNumber(for: Self.self) }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.judge(message, .kept, shell) }
}

/// /reject [K]
struct RejectCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "reject", usage: "/reject [K]", summary: "mark reply K bad: kept as context, weight 0", completion: .number)
    let message: Int?
    init(_ arguments: CommandArguments) throws(CommandUsage) { message = try arguments.optionalNumber(for: Self.self) }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.judge(message, .rejected, shell) }
}

/// /edit [K]
struct EditCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "edit", usage: "/edit [K]", summary: "edit message K (default: last reply) on the line", completion: .number)
    let message: Int?
    init(_ arguments: CommandArguments) throws(CommandUsage) { message = try arguments.optionalNumber(for: Self.self) }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.edit(message, inEditor: false, shell) }
}

/// /edit! [K]
struct EditInEditorCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "edit!", usage: "/edit! [K]", summary: "edit message K in $EDITOR", completion: .number)
    let message: Int?
    init(_ arguments: CommandArguments) throws(CommandUsage) { message = try arguments.optionalNumber(for: Self.self) }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.edit(message, inEditor: true, shell) }
}

/// /reply TEXT
struct ReplyCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "reply", usage: "/reply TEXT", summary: "write or replace the last reply by hand", completion: .text)
    let text: String
    init(_ arguments: CommandArguments) throws(CommandUsage) {
        guard !arguments.text.isEmpty else { throw CommandUsage(Self.self) }
        text = arguments.text
    }

    func run(_ session: inout Session, _ shell: ShellContext) async {
        session.awaitingReply = false
        if let last = session.draft.messages.last, last.isAssistant {
            var message = last
            if message.original == nil { message.original = message.text }
            message.text = text
            session.draft.messages[session.draft.messages.count - 1] = message
            shell.say("reply replaced")
        } else if session.draft.messages.last?.chatRole == .user {
            session.draft.messages.append(DraftMessage(role: .assistant, text: text))
        } else {
            shell.fail("there is no user message to reply to; type one first")
        }
    }
}

/// /undo
struct UndoCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "undo", usage: "/undo", summary: "take back the last /save, /delete or replacement, else drop the last message", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.undo(shell) }
}

/// /show
struct ShowCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "show", usage: "/show", summary: "the draft, numbered, with marks and tokens", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.renderDraft(shell) }
}

/// /tokens
struct TokensCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "tokens", usage: "/tokens", summary: "the token count, message by message, against the limit", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.renderTokens(shell) }
}

/// /new
struct NewCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "new", usage: "/new", summary: "start a new draft (an unsaved one is set aside or discarded, as you choose)", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async {
        guard session.makeRoomForNewDraft(shell) else { return }
        session.draftAsLoaded = Draft()
        session.draft = Draft(system: session.persona?.system ?? session.draft.system)
        session.awaitingReply = false
        shell.say("new draft")
    }
}
