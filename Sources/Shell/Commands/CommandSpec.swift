/// One shell command as /help and Tab know it.
struct CommandSpec: Sendable {
    enum Argument: Sendable {
        case none, text, model, persona, number, setting, jobID, provider, path, command
    }

    let name: String
    let usage: String
    let summary: String
    let argument: Argument

    static let all: [CommandSpec] = [
        .init(name: "system", usage: "/system [TEXT]", summary: "show or set the system message (no text: edit it in $EDITOR)", argument: .text),
        .init(name: "persona", usage: "/persona NAME | /persona save NAME", summary: "load a persona, or save the current one", argument: .persona),
        .init(name: "personas", usage: "/personas", summary: "list the personas", argument: .none),
        .init(name: "model", usage: "/model M", summary: "the chat model", argument: .model),
        .init(name: "target", usage: "/target M", summary: "the model to fine-tune (encoding, limit, price)", argument: .model),
        .init(name: "set", usage: "/set KEY VALUE", summary: "temperature, top_p, max_tokens, n, seed", argument: .setting),
        .init(name: "retry", usage: "/retry [N]", summary: "regenerate the last reply, or ask for N candidates", argument: .number),
        .init(name: "pick", usage: "/pick K", summary: "use candidate K as the reply", argument: .number),
        .init(name: "keep", usage: "/keep [K]", summary: "mark reply K (default: last) good: trained on", argument: .number),
        .init(name: "reject", usage: "/reject [K]", summary: "mark reply K bad: kept as context, weight 0", argument: .number),
        .init(name: "edit", usage: "/edit [K]", summary: "edit message K (default: last reply) on the line", argument: .number),
        .init(name: "edit!", usage: "/edit! [K]", summary: "edit message K in $EDITOR", argument: .number),
        .init(name: "reply", usage: "/reply TEXT", summary: "write or replace the last reply by hand", argument: .text),
        .init(name: "undo", usage: "/undo", summary: "drop the last message", argument: .none),
        .init(name: "show", usage: "/show", summary: "the draft, numbered, with marks and tokens", argument: .none),
        .init(name: "tokens", usage: "/tokens", summary: "the token count, message by message, against the limit", argument: .none),
        .init(name: "save", usage: "/save", summary: "validate the draft and append it to the file", argument: .none),
        .init(name: "prefer", usage: "/prefer", summary: "save the last edited reply as a preference pair", argument: .none),
        .init(name: "new", usage: "/new", summary: "discard the draft", argument: .none),
        .init(name: "list", usage: "/list [N]", summary: "the last N examples (default 10)", argument: .number),
        .init(name: "open", usage: "/open K", summary: "load example K; /save then replaces it", argument: .number),
        .init(name: "delete", usage: "/delete K", summary: "delete example K", argument: .number),
        .init(name: "validate", usage: "/validate [FILE]", summary: "the validation report of FILE (default: the dataset)", argument: .path),
        .init(name: "split", usage: "/split [F]", summary: "write train and validation files (F: validation share, 0.2)", argument: .number),
        .init(name: "upload", usage: "/upload [FILE]", summary: "validate and upload FILE (default: the dataset)", argument: .path),
        .init(name: "train", usage: "/train [--epochs N] [--suffix S] [--method dpo] [--lora-rank N | --full]", summary: "create a fine-tuning job after showing the cost (after /split: on its files)", argument: .text),
        .init(name: "jobs", usage: "/jobs", summary: "recent fine-tuning jobs", argument: .none),
        .init(name: "watch", usage: "/watch [JOB]", summary: "follow a job until it ends", argument: .jobID),
        .init(name: "cancel", usage: "/cancel JOB", summary: "cancel a job", argument: .jobID),
        .init(name: "use", usage: "/use MODEL", summary: "chat with a (fine-tuned) model through the provider", argument: .model),
        .init(name: "provider", usage: "/provider NAME", summary: "fine-tune with another provider (Tab lists them)", argument: .provider),
        .init(name: "compare", usage: "/compare MODEL_A MODEL_B", summary: "the last user turn to two models, side by side", argument: .model),
        .init(name: "help", usage: "/help [CMD]", summary: "this list, or one command", argument: .command),
        .init(name: "quit", usage: "/quit", summary: "leave (the draft is kept)", argument: .none),
    ]

    static func named(_ name: String) -> CommandSpec? { all.first { $0.name == name } }

    /// The command a mistyped name most likely meant.
    static func closest(to name: String) -> CommandSpec {
        all.min { distance($0.name, name) < distance($1.name, name) }!
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
