/// /next
struct NextCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(name: "next", usage: "/next", summary: "load the import queue's next conversation as the draft", completion: .none)
    init(_ arguments: CommandArguments) {}
    func run(_ session: inout Session, _ shell: ShellContext) async { session.loadNextQueued(skipping: false, shell) }
}
