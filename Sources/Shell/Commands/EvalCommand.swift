/// /eval [MODEL ...] [--judge M]
struct EvalCommand: SlashCommand {
    nonisolated static let spec = CommandSpec(
        name: "eval", usage: "/eval [MODEL ...] [--judge M]",
        summary: "compare replies with /split's validation half: the /use model and its base, or the models named", completion: .model,
        unconfirmedEffect: "sends every validation example to each model, and each request is billed")
    let models: [String]
    let judge: String?

    init(_ arguments: CommandArguments) throws(CommandUsage) {
        var words = arguments.words
        if let flag = words.firstIndex(of: "--judge") {
            guard flag + 1 < words.count else { throw CommandUsage(Self.self) }
            judge = words[flag + 1]
            words.removeSubrange(flag...(flag + 1))
        } else {
            judge = nil
        }
        guard !words.contains(where: { $0.hasPrefix("--") }) else { throw CommandUsage(Self.self) }
        models = words
    }

    func run(_ session: inout Session, _ shell: ShellContext) async { await session.evaluate(models, judge: judge, shell) }
}
