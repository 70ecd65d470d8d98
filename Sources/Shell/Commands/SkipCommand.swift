/// /skip
struct SkipCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "skip", usage: "/skip", summary: "pass over the queued conversation in the draft and load the next", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.loadNextQueued(skipping: true, shell) }
}
