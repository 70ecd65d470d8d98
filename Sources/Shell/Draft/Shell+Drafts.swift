import Dataset
import Foundation

extension Shell {
    /// At the start: the drafts of this file left by sessions that are gone. A script never gets
    /// one back unasked (its lines would land in the wrong turns); it is told how. A person is
    /// asked about each: restore it, keep it for later, or discard it.
    func offerWaitingDrafts() {
        let waiting = WaitingDrafts.find(stateDirectory: configuration.stateDirectory, datasetPath: configuration.datasetPath)
        let name = fileName(configuration.datasetPath)
        if configuration.restoreDraft {
            guard let newest = waiting.first else { return fail("no unsaved draft of \(name) is waiting; start without --restore-draft") }
            restore(newest)
            if waiting.count > 1 {
                note("\(Numbers.plural(waiting.count - 1, "more draft")) of \(name) still waiting; --restore-draft again brings the next back")
            }
            return
        }
        guard !waiting.isEmpty else { return }
        guard reader.isInteractive else {
            let drafts = waiting.count == 1 ? "an unsaved draft of \(name) (\(Numbers.plural(waiting[0].draft.numbered.count, "message"))) is"
                : "\(waiting.count) unsaved drafts of \(name) are"
            return warn("\(drafts) waiting from a session that ended; this run starts a new one. "
                + "`tunesmith \(ShellQuoting.path(configuration.datasetPath)) --restore-draft` brings \(waiting.count == 1 ? "it" : "the newest") back")
        }
        for (k, candidate) in waiting.enumerated() {
            say("an unsaved draft of \(name) from a session that ended: \(describe(candidate))")
            let answer = reader.readLine(prompt: "restore it (r), keep it for later (k), or discard it (d)? ", rightPrompt: nil, prefill: nil)
            switch answer {
            case .line(let text) where text.lowercased().hasPrefix("r"):
                restore(candidate)
                let rest = waiting.count - k - 1
                if rest > 0 { note("\(Numbers.plural(rest, "more draft")) kept for later; they are offered next time") }
                return
            case .line(let text) where text.lowercased().hasPrefix("d"):
                candidate.discard()
                note("discarded")
            default:
                note("kept for later; it is offered next time (or start with --restore-draft)")
            }
        }
    }

    func restore(_ waiting: WaitingDraft) {
        guard let restored = autosave.adopt(waiting) else {
            return fail("another session took that draft first; start again to see the drafts still waiting")
        }
        draft = restored
        awaitingReply = !isOnline && draft.messages.last?.chatRole == .user
        note("restored the unsaved draft (\(Numbers.plural(draft.numbered.count, "message"))); /show to see it, /new to discard it")
    }

    /// "3 messages, last changed 16:40: "What's the capital…""
    func describe(_ waiting: WaitingDraft) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = Calendar.current.isDateInToday(waiting.modified) ? "HH:mm" : "yyyy-MM-dd HH:mm"
        let first = waiting.draft.messages.first?.text.replacingOccurrences(of: "\n", with: " ") ?? ""
        let preview = first.count > 50 ? String(first.prefix(49)) + "…" : first
        return "\(Numbers.plural(waiting.draft.numbered.count, "message")), last changed \(formatter.string(from: waiting.modified))"
            + (preview.isEmpty ? "" : ": \"\(TerminalSafeText.neutralized(preview))\"")
    }
}
