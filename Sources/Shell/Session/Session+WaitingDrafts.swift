import Dataset
import Foundation

extension Session {
    /// At the start: the drafts of this file left by sessions that are gone. A script never gets
    /// one back unasked (its lines would land in the wrong turns); it is told how. A person is
    /// asked about each: restore it, keep it for later, or discard it.
    mutating func offerWaitingDrafts(_ shell: ShellContext) {
        let waiting = WaitingDrafts.find(stateDirectory: shell.configuration.stateDirectory, datasetPath: shell.configuration.datasetPath)
        let name = fileName(shell.configuration.datasetPath)
        if shell.configuration.restoreDraft {
            guard let newest = waiting.first else { return shell.fail("no unsaved draft of \(name) is waiting; start without --restore-draft") }
            restore(newest, shell)
            if waiting.count > 1 {
                shell.note("\(Numbers.plural(waiting.count - 1, "more draft")) of \(name) still waiting; --restore-draft again brings the next back")
            }
            return
        }
        guard !waiting.isEmpty else { return }
        guard shell.reader.isInteractive else {
            let drafts = waiting.count == 1 ? "an unsaved draft of \(name) (\(Numbers.plural(waiting[0].draft.numbered.count, "message"))) is"
                : "\(waiting.count) unsaved drafts of \(name) are"
            return shell.warn("\(drafts) waiting from a session that ended; this run starts a new one. "
                + "`tunesmith \(ShellQuoting.path(shell.configuration.datasetPath)) --restore-draft` brings \(waiting.count == 1 ? "it" : "the newest") back")
        }
        for (k, candidate) in waiting.enumerated() {
            shell.say("an unsaved draft of \(name) from a session that ended: \(Self.describe(candidate))")
            let answer = shell.reader.readLine(prompt: "restore it (r), keep it for later (k), or discard it (d)? ", rightPrompt: nil, prefill: nil)
            switch answer {
            case .line(let text) where text.lowercased().hasPrefix("r"):
                restore(candidate, shell)
                let rest = waiting.count - k - 1
                if rest > 0 { shell.note("\(Numbers.plural(rest, "more draft")) kept for later; they are offered next time") }
                return
            case .line(let text) where text.lowercased().hasPrefix("d"):
                candidate.discard()
                shell.note("discarded")
            default:
                shell.note("kept for later; it is offered next time (or start with --restore-draft)")
            }
        }
    }

    /// Whether the draft holds work that is not in the file.
    var hasUnsavedWork: Bool {
        !draft.isEmpty && draft != draftAsLoaded
    }

    /// Before /open or /new replace the draft: unsaved work is never dropped unasked. A person
    /// chooses to set it aside, discard it, or cancel; a script's is set aside. False: cancelled.
    mutating func makeRoomForNewDraft(_ shell: ShellContext) -> Bool {
        guard hasUnsavedWork else { return true }
        let what = "the draft (\(Numbers.plural(draft.numbered.count, "message"))) is not saved"
        if shell.isInteractive {
            let answer = shell.reader.readLine(prompt: "\(what): set it aside for later (k), discard it (d), or cancel (c)? ", rightPrompt: nil, prefill: nil)
            switch answer {
            case .line(let text) where text.lowercased().hasPrefix("d"):
                shell.note("discarded")
                return true
            case .line(let text) where text.lowercased().hasPrefix("k"):
                break
            default:
                shell.note("nothing changed; /save saves the draft")
                return false
            }
        }
        do {
            try keeper.autosave.setAside(draft)
        } catch {
            shell.fail("\(what), and it cannot be set aside (\(error.localizedDescription)); nothing changed: /save it, or /new again in a terminal to discard it")
            return false
        }
        shell.note("\(what); it is set aside: `tunesmith \(ShellQuoting.path(shell.configuration.datasetPath)) --restore-draft` brings it back")
        return true
    }

    mutating func restore(_ waiting: WaitingDraft, _ shell: ShellContext) {
        guard let restored = keeper.autosave.adopt(waiting) else {
            return shell.fail("another session took that draft first; start again to see the drafts still waiting")
        }
        draft = restored
        awaitingReply = !isOnline && draft.messages.last?.chatRole == .user
        shell.note("restored the unsaved draft (\(Numbers.plural(draft.numbered.count, "message"))); /show to see it, /new to discard it")
    }

    /// "3 messages, last changed 16:40: "What's the capital…""
    static func describe(_ waiting: WaitingDraft) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = Calendar.current.isDateInToday(waiting.modified) ? "HH:mm" : "yyyy-MM-dd HH:mm"
        let first = waiting.draft.messages.first?.text.replacingOccurrences(of: "\n", with: " ") ?? ""
        let preview = first.count > 50 ? String(first.prefix(49)) + "…" : first
        return "\(Numbers.plural(waiting.draft.numbered.count, "message")), last changed \(formatter.string(from: waiting.modified))"
            + (preview.isEmpty ? "" : ": \"\(TerminalSafeText.neutralized(preview))\"")
    }
}
