import Dataset
import Foundation
import Interchange

extension Session {
    /// `/import SOURCE [--from F] [--columns C]`: the source's conversations become the queue.
    mutating func importQueue(_ source: String, format: ImportSource?, columns: CSVColumns?, _ shell: ShellContext) {
        let previous = ImportQueue.load(shell.configuration)
        do {
            let importer = try ConversationImporter(path: localPath(source), source: format, columns: columns)
            let (queue, summary) = try ImportQueue.create(from: importer, source: source, shell.configuration)
            for skipped in summary.skipped.prefix(20) { shell.warn("skipped \(TerminalSafeText.neutralized(skipped.description))") }
            if summary.skipped.count > 20 { shell.warn("… and \(summary.skipped.count - 20) more skipped records") }
            for line in summary.lines { shell.say(line) }
            if let previous, previous.next < previous.total {
                shell.note("this replaces the queue from \(fileName(previous.source)) (it was at \(previous.next) of \(previous.total))")
            }
            guard queue.total > 0 else { return shell.fail("nothing to review from \(source); check the file, or --from") }
            shell.say("\(Numbers.plural(queue.total, "conversation")) queued; /next loads the first, /skip passes one over, /queue shows where you are")
        } catch {
            shell.fail(error.localizedDescription)
        }
    }

    /// `/next` (and `/skip`, which counts the conversation in the draft as skipped): loads the
    /// queue's next conversation as the draft, asking first when the draft has unsaved changes.
    mutating func loadNextQueued(skipping: Bool, _ shell: ShellContext) {
        guard var queue = ImportQueue.load(shell.configuration) else {
            return shell.fail("no import queue for \(fileName(shell.configuration.datasetPath)); /import SOURCE first")
        }
        let isLoaded = queue.current != nil && queue.loaded == draft
        if !isLoaded {
            guard makeRoomForNewDraft(shell) else { return }
        }
        if skipping {
            guard queue.current != nil, queue.loaded != nil else { return shell.fail("no queued conversation is in the draft; /next loads one") }
            queue.skipped += 1
        }
        guard queue.next < queue.total else {
            queue.current = nil
            queue.loaded = nil
            try? queue.save(shell.configuration)
            if skipping || isLoaded { draft = Draft(system: persona?.system) }
            return shell.say("the queue is done: all \(Numbers.plural(queue.total, "conversation")) from \(fileName(queue.source)) seen (\(queue.skipped) skipped); /import another source")
        }
        do {
            let loaded = ImportQueue.draft(of: try queue.conversation(queue.next, shell.configuration))
            queue.next += 1
            queue.current = queue.next
            queue.loaded = loaded
            try queue.save(shell.configuration)
            draft = loaded
            draftAsLoaded = loaded
            awaitingReply = false
            shell.say("conversation \(queue.next) of \(queue.total): \(Numbers.plural(loaded.numbered.count, "message")); /show it, /keep or /reject the replies, /save it, or /skip")
        } catch {
            shell.fail("\(error.localizedDescription)")
        }
    }

    func showQueue(_ shell: ShellContext) {
        guard let queue = ImportQueue.load(shell.configuration) else {
            return shell.say("no import queue for \(fileName(shell.configuration.datasetPath)); /import SOURCE makes one")
        }
        shell.say(queue.status)
    }
}
