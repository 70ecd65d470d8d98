/// /queue
struct QueueCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "queue", usage: "/queue", summary: "where you are in the import queue", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.showQueue(shell) }
}
