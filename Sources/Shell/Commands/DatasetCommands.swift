import Dataset
/// /save
struct SaveCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "save", usage: "/save", summary: "validate the draft and append it to the file", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.save(shell) }
}

/// /save!
struct SaveOverLimitCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "save!", usage: "/save!", summary: "save even over the target's limit (the trainer cuts it short)", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.save(insisting: true, shell) }
}

/// /prefer
struct PreferCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "prefer", usage: "/prefer", summary: "save the last edited reply as a preference pair", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.prefer(shell) }
}

/// /list [N]
struct ListCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "list", usage: "/list [N]", summary: "the last N examples (default 10)", completion: .number)
    let count: Int
    init(_ arguments: CommandArguments) throws(CommandUsage) { count = try arguments.optionalNumber(for: Self.self) ?? 10 }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.list(count, shell) }
}

/// /open K
struct OpenCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "open", usage: "/open K", summary: "load example K; /save then replaces it", completion: .exampleNumber)
    let example: Int
    init(_ arguments: CommandArguments) throws(CommandUsage) { example = try arguments.number(for: Self.self) }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.open(example, shell) }
}

/// /delete K
struct DeleteCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "delete", usage: "/delete K", summary: "delete example K", completion: .exampleNumber,
                                  unconfirmedEffect: "deletes an example from the file")
    let example: Int
    init(_ arguments: CommandArguments) throws(CommandUsage) { example = try arguments.number(for: Self.self) }
    func run(_ session: inout Session, _ shell: ShellContext) async { session.delete(example, shell) }
}

/// /validate [FILE]
struct ValidateCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "validate", usage: "/validate [FILE]", summary: "the validation report of FILE (default: the dataset)", completion: .path)
    /// nil: the dataset.
    let path: String?
    init(_ arguments: CommandArguments) throws(CommandUsage) { path = try arguments.optionalWord(for: Self.self).map(localPath) }
    func run(_ session: inout Session, _ shell: ShellContext) async { await session.validateFile(path, shell) }
}

/// /split [F]
struct SplitCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "split", usage: "/split [F]", summary: "write train and validation files (F: validation share, 0.2)", completion: .number)
    let validationFraction: Double
    init(_ arguments: CommandArguments) throws(CommandUsage) {
        guard let word = try arguments.optionalWord(for: Self.self) else {
            validationFraction = 0.2
            return
        }
        guard let fraction = Double(word) else { throw CommandUsage(Self.self) }
        validationFraction = fraction
    }

    func run(_ session: inout Session, _ shell: ShellContext) async { session.split(validationFraction, shell) }
}
