import Dataset
extension Session {
    /// Message number `k` (1-based as /show numbers them), defaulting to the last assistant reply.
    func assistantIndex(_ k: Int?, _ shell: ShellContext) -> Int? {
        guard let k else {
            if let index = draft.lastAssistantIndex { return index }
            shell.fail("there is no reply yet")
            return nil
        }
        guard let index = draft.index(ofNumber: k), draft.messages[index].isAssistant else {
            shell.fail("message \(k) is not an assistant reply; /show numbers them")
            return nil
        }
        return index
    }

    mutating func judge(_ k: Int?, _ judgement: Judgement, _ shell: ShellContext) {
        guard let index = assistantIndex(k, shell) else { return }
        draft.messages[index].judgement = judgement
        shell.say("reply \(draft.number(ofIndex: index)) \(judgement == .kept ? "kept: trained on" : "rejected: kept as context with weight 0")")
    }

    /// /edit and /edit!: message `k` (default: the last reply) on the line, or in the editor.
    mutating func edit(_ k: Int?, inEditor: Bool, _ shell: ShellContext) {
        let index: Int
        if let k, draft.system != nil, k == 1 {
            return editSystem(nil, shell)
        } else if let k {
            guard let found = draft.index(ofNumber: k) else { return shell.fail("there is no message \(k); /show numbers them") }
            index = found
        } else {
            guard let found = assistantIndex(nil, shell) else { return }
            index = found
        }
        let old = draft.messages[index].text
        let new: String?
        if inEditor || old.contains("\n") {
            guard let editor = shell.editor else { return shell.fail("no editor; set $EDITOR, or use /edit on a one-line message") }
            do { new = try editor.edit(old) } catch { return shell.fail(error.message) }
        } else {
            switch shell.reader.readLine(prompt: shell.isInteractive ? "edit \(draft.number(ofIndex: index))> " : "", rightPrompt: nil,
                                         prefill: shell.isInteractive ? old : nil) {
            case .line(let line): new = line
            default: new = nil
            }
        }
        guard let new, !new.isEmpty else { return shell.note("unchanged") }
        guard new != old else { return shell.note("unchanged") }
        if draft.messages[index].isAssistant && draft.messages[index].original == nil { draft.messages[index].original = old }
        draft.messages[index].text = new
        shell.say("message \(draft.number(ofIndex: index)) edited (\(Numbers.grouped(shell.tokens.count(draft.messages[index]))) tok)")
    }

    /// /system TEXT sets it; /system alone edits it in the editor, or shows it.
    mutating func editSystem(_ text: String?, _ shell: ShellContext) {
        if let text {
            draft.system = text
            return shell.say("system message set (\(Numbers.grouped(shell.tokens.count(DraftMessage(role: .system, text: text)))) tok)")
        }
        if let editor = shell.editor, shell.isInteractive {
            let saved: String?
            do { saved = try editor.edit(draft.system ?? "") } catch { return shell.fail(error.message) }
            guard let edited = saved, edited != draft.system ?? "" else { return shell.note("unchanged") }
            draft.system = edited.isEmpty ? nil : edited
            return shell.say(edited.isEmpty ? "system message removed" : "system message set")
        }
        shell.say(draft.system.map(TerminalSafeText.neutralized) ?? "(no system message; /system TEXT sets one)")
    }
}
