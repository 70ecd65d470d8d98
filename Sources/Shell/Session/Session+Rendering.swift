import Dataset
import Tokenizers

extension Session {
    func banner(_ shell: ShellContext) -> String {
        let name = fileName(shell.configuration.datasetPath)
        let target = "target \(targetModel) (\(shell.tokens.countedWith), \(Numbers.grouped(limit))/example)"
        let chat = isOnline ? "chat \(chatModel)" : "offline: you write the replies"
        return "\(shell.style.bold("tunesmith"))  \(name): \(Numbers.plural(exampleCount, "example"))  \(target)  \(chat)  " + shell.style.dim("/help")
    }

    /// `#13 2 msgs 41 tok> `, amber near the target's limit and red over it; `? tok` in red when
    /// the target's chat format refuses the draft (/tokens says why).
    func promptText(_ shell: ShellContext) -> String {
        let number = draft.replacingExample.map { "#\($0)*" } ?? "#\(exampleCount + 1)"
        guard let total = shell.tokens.total(draft) else {
            return "\(number) \(draft.numbered.count) msgs \(shell.style.red("? tok", inPrompt: true))> "
        }
        var count = "\(Numbers.grouped(total)) tok"
        if total > limit {
            count = shell.style.red(count, inPrompt: true)
        } else if total * 10 >= limit * 9 {
            count = shell.style.amber(count, inPrompt: true)
        }
        return "\(number) \(draft.numbered.count) msgs \(count)> "
    }

    /// The live count of the line being typed: what it adds as a user message.
    nonisolated static func rightPrompt(_ typed: String, after draft: Draft, _ tokens: TokenCache) -> String {
        let typed = Shell.unfenced(typed) ?? typed  // a block brought back from the history
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        // A command, or the `"""` that opens a block (the block's own lines are counted), adds no turn.
        if trimmed.isEmpty || trimmed == "\"\"\"" || trimmed.hasPrefix("/") && !trimmed.hasPrefix("//") { return " " }
        return tokens.countTyped(typed, after: draft).map { "+\(Numbers.grouped($0)) tok" } ?? "+? tok"
    }

    /// In a `"""` block: what the line being typed adds, and the block's total so far, both as
    /// the one user message the block becomes.
    nonisolated static func blockRightPrompt(_ typed: String, after lines: [String], in draft: Draft, _ tokens: TokenCache) -> String {
        if typed.trimmingCharacters(in: .whitespaces) == "\"\"\"" { return " " }  // the closing fence
        let before = lines.isEmpty ? 0 : tokens.countTyped(lines.joined(separator: "\n"), after: draft)
        guard let total = tokens.countTyped((lines + [typed]).joined(separator: "\n"), after: draft) else { return "+? tok" }
        let added = total - (before ?? 0)
        return "+\(Numbers.grouped(added)) tok, block \(Numbers.grouped(total)) tok"
    }

    /// /show: every message, numbered, with its marks and tokens.
    func renderDraft(_ shell: ShellContext) {
        guard !draft.numbered.isEmpty else { return shell.note("the draft is empty; type a message to start") }
        for (k, message) in draft.numbered.enumerated() {
            var marks: [String] = []
            if message.isAssistant {
                switch message.judgement {
                case .kept: marks.append(shell.style.green("kept"))
                case .rejected: marks.append(shell.style.red("rejected"))
                case .unjudged: marks.append(shell.style.dim("unjudged"))
                }
                if message.original != nil { marks.append("edited") }
                if !message.alternatives.isEmpty { marks.append("+\(message.alternatives.count) alternatives") }
            }
            let head = "\(k + 1) \(message.role) \(Numbers.grouped(shell.tokens.count(message, number: k + 1, in: draft))) tok" + (marks.isEmpty ? "" : " [\(marks.joined(separator: ", "))]")
            shell.say(shell.style.bold(head))
            shell.say(Self.indent(TerminalSafeText.neutralized(message.text)))
        }
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    /// /tokens: the count, message by message, against the limit.
    func renderTokens(_ shell: ShellContext) {
        let messages = draft.numbered
        if let problem = shell.tokens.problem(draft) {
            return shell.fail("\(targetModel)'s chat format refuses the draft: \(problem); change it, or /target another model")
        }
        for (k, message) in messages.enumerated() {
            let text = message.text.replacingOccurrences(of: "\n", with: " ")
            let preview = text.count > 50 ? String(text.prefix(49)) + "…" : text
            shell.say("  \(String(k + 1).leftPad(3)) \(message.role.padding(toLength: 9, withPad: " ", startingAt: 0)) \(Numbers.grouped(shell.tokens.count(message, number: k + 1, in: draft)).leftPad(7))  \(TerminalSafeText.neutralized(preview))")
        }
        let templateLabel = shell.tokens.isRendered ? "template       " : "reply priming  "
        shell.say("      \(templateLabel)\(Numbers.grouped(shell.tokens.templateTokens(draft) ?? 0).leftPad(5))")
        let total = shell.tokens.total(draft) ?? 0
        let share = Double(total) * 100 / Double(limit)
        shell.say("      total         \(Numbers.grouped(total).leftPad(7))  of \(Numbers.grouped(limit)) for \(targetModel) (\(String(format: "%.1f", share))%, \(shell.tokens.countedWith))")
        shell.say(shell.style.dim(shell.tokens.isRendered
            ? "      each message as the chat template renders it (its header and end tokens included); the template adds the rest"
            : "      each message costs 3 tokens plus its role and text; every reply is primed with 3"))
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

import Foundation
